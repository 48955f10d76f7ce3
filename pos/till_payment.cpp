// The end of a basket (see till_panel.hpp): validation with one request id per basket, the
// plain "recorded / NOT recorded" answer, then the receipt, printed only for a recorded sale.
#include "pos/receipt_printing.hpp"
#include "pos/till_panel.hpp"
#include "pos/ui_support.hpp"

#include <wx/time.h>

namespace cabas::ui {

using services::till::MessageLevel;

std::string TillPanel::request_id() {
    if (m_request_id.empty()) {
        static long counter = 0;
        m_request_id = m_till.till_id() + "-" + from_wx(wxString::Format("%lld-%ld", wxGetUTCTimeMillis().GetValue(), ++counter));
    }
    return m_request_id;
}

void TillPanel::pay(const std::vector<services::till::PaymentInput>& payments) {
    if (m_busy) return;  // a second Enter while the first validation runs
    m_busy = true;
    services::till::ValidationResult result;
    const bool ran = guarded([&] { result = m_till.validate(payments, request_id()); },
                             [this](const wxString& text) {
                                 show_message(MessageLevel::Refusal, wxString::Format(_("Sale NOT recorded: %s"), text));
                             });
    m_busy = false;
    if (!ran) return;
    refresh();
    if (!result.recorded) {
        // Nothing was written: a new attempt is a new request. Except when the server could not
        // be reached: it may have stored the sale just before the connection broke, and the same
        // request id makes the next attempt find it instead of selling twice.
        if (!result.server_unreachable) {
            m_request_id.clear();
            m_retry.stop();
            show_message(MessageLevel::Refusal, to_wx(result.message));
            return;
        }
        // The household has paid: the till tries again on its own until the server answers.
        m_retry.start(payments, m_till.amount_due(), m_till.lines().size());
        m_retry_timer.StartOnce(static_cast<int>(m_retry.next_delay().count() * 1000));
        show_message(MessageLevel::Refusal,
                     to_wx(result.message) + ".  " +
                         wxString::Format(_("Next automatic try in %d s (try %d); F12 tries at once."),
                                          static_cast<int>(m_retry.next_delay().count()), m_retry.tries() + 1));
        return;
    }
    const bool after_retry = m_retry.active();
    m_retry_timer.Stop();
    m_retry.stop();
    m_request_id.clear();
    m_refused_card.clear();
    m_last_sale_id = result.sale_id;
    wxString text = after_retry ? _("Server reachable again.") + "  " + to_wx(result.message) : to_wx(result.message);
    if (!result.change.is_zero()) text << "    " << wxString::Format(_("Change: %s"), money(result.change));
    show_message(MessageLevel::Success, text);
    print_receipt_of(result.sale_id, false, text);
}

void TillPanel::retry_validation() {
    if (!m_retry.active()) return;
    if (m_till.lines().empty()) {  // the sale was cancelled meanwhile
        m_retry.stop();
        return;
    }
    if (!m_retry.same_basket(m_till.amount_due(), m_till.lines().size())) {
        m_retry.stop();
        show_message(MessageLevel::Warning,
                     _("The basket changed since the payment: the sale is NOT recorded. Press F12 to take the payment again."));
        return;
    }
    if (m_busy) {
        m_retry_timer.StartOnce(1000);
        return;
    }
    m_retry.tried();
    const std::vector<services::till::PaymentInput> payments = m_retry.payments();
    pay(payments);
}

void TillPanel::print_receipt_of(std::int64_t sale_id, bool duplicate, const wxString& recorded_text) {
    PrintOutcome printed;
    guarded([&] { printed = print_receipt(m_store, m_till.receipt(sale_id, duplicate)); },
            [&](const wxString& text) { printed = PrintOutcome{false, from_wx(text), {}}; });
    if (!printed.ok && duplicate)
        show_message(MessageLevel::Warning,
                     wxString::Format(_("The duplicate could not be printed: %s"), to_wx(printed.message)));
    else if (!printed.ok)
        show_message(MessageLevel::Warning,
                     wxString::Format(_("Sale recorded, but the receipt could not be printed: %s"), to_wx(printed.message)));
    else if (duplicate)
        show_message(MessageLevel::Info, printed.pdf_path.empty()
                                             ? _("Duplicate receipt printed.")
                                             : wxString::Format(_("Duplicate saved (PDF): %s"), to_wx(printed.pdf_path)));
    else  // "printed" only when paper came out; a PDF says where it is
        show_message(MessageLevel::Success,
                     recorded_text + "    " +
                         (printed.pdf_path.empty() ? _("Receipt printed.")
                                                   : wxString::Format(_("Receipt saved (PDF): %s"), to_wx(printed.pdf_path))));
}

} // namespace cabas::ui
