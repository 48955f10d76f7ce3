// The till's function-key actions (see till_panel.hpp): each asks what it needs in a small
// dialog when it must, calls the service once, redraws and gives the focus back to the scan.
#include "pos/confirm_dialog.hpp"
#include "pos/entry_dialog.hpp"
#include "pos/help_dialog.hpp"
#include "pos/override_dialog.hpp"
#include "pos/payment_dialog.hpp"
#include "pos/receipt_printing.hpp"
#include "pos/search_dialog.hpp"
#include "pos/till_panel.hpp"
#include "pos/ui_support.hpp"
#include "pos/z_report_dialog.hpp"

#include <wx/msgdlg.h>
#include <wx/textctrl.h>

namespace cabas::ui {

using services::till::MessageLevel;

void TillPanel::run(TillAction action) {
    if (m_busy) return;
    guarded([&] {
        switch (action) {
        case TillAction::Help: show_help(); break;
        case TillAction::Quantity: change_quantity(); break;
        case TillAction::Search: search_product(); break;
        case TillAction::Weight: ask_weight(); break;
        case TillAction::ManagerMenu:
            if (on_manager_menu) on_manager_menu();
            break;
        case TillAction::Override: override_refusal(); break;
        case TillAction::Reprint: reprint_last(); break;
        case TillAction::RemoveLine: remove_line(); break;
        case TillAction::CancelSale: cancel_sale(false); break;
        case TillAction::NewCard: cancel_sale(true); break;
        case TillAction::CloseSession: close_session(); break;
        case TillAction::Pay: open_payment(); break;
        case TillAction::BackToScan: m_scan->Clear(); break;
        }
    }, [this](const wxString& text) { report_error(text); });
    if (IsShown()) focus_scan();
}

void TillPanel::show_help() {
    HelpDialog dialog(this);
    dialog.ShowModal();
}

void TillPanel::change_quantity() {
    const auto line = selected_line();
    if (!line) {
        show_message(MessageLevel::Info, _("Choose a line with the arrows first."));
        return;
    }
    const auto& basket_line = m_till.lines().at(*line);
    if (basket_line.unit == core::SaleUnit::Weight) {
        ask_weight();
        return;
    }
    EntryDialog dialog(this, _("Quantity"), to_wx(basket_line.name),
                       wxString::Format("%lld", static_cast<long long>(basket_line.quantity)), check_count);
    if (dialog.ShowModal() != wxID_OK) return;
    long quantity = 0;
    dialog.value().ToLong(&quantity);
    const auto outcome = m_till.set_quantity(*line, quantity);
    refresh();
    select_line(*line);
    show_message(outcome.message.level, to_wx(outcome.message.text));
}

void TillPanel::search_product() {
    SearchDialog dialog(this, [this](const std::string& text) { return m_till.search_products(text); });
    if (dialog.ShowModal() != wxID_OK || !dialog.chosen()) return;
    const core::Product product = *dialog.chosen();
    if (product.unit == core::SaleUnit::Weight) {
        ask_weight_for(product.id, to_wx(product.name));
        return;
    }
    show_outcome(m_till.add_product(product.id, 1));
}

void TillPanel::ask_weight() {
    if (m_pending_weight_product != 0) {
        const std::int64_t product = m_pending_weight_product;
        m_pending_weight_product = 0;
        ask_weight_for(product, _("Weighed product"));
        return;
    }
    const auto line = selected_line();
    if (!line || m_till.lines().at(*line).unit != core::SaleUnit::Weight) {
        show_message(MessageLevel::Info, _("Scan a product sold by weight, or choose its line."));
        return;
    }
    const auto& basket_line = m_till.lines().at(*line);
    EntryDialog dialog(this, _("Weight"), to_wx(basket_line.name) + "\n" + _("Weight in grams"),
                       wxString::Format("%lld", static_cast<long long>(basket_line.quantity)), check_count);
    if (dialog.ShowModal() != wxID_OK) return;
    long grams = 0;
    dialog.value().ToLong(&grams);
    const auto outcome = m_till.set_quantity(*line, grams);
    refresh();
    show_message(outcome.message.level, to_wx(outcome.message.text));
}

void TillPanel::ask_weight_for(std::int64_t product_id, const wxString& name) {
    EntryDialog dialog(this, _("Weight"), name + "\n" + _("Weight in grams"), wxString(), check_count);
    if (dialog.ShowModal() != wxID_OK) {
        show_message(MessageLevel::Info, _("Weighed product not added."));
        return;
    }
    long grams = 0;
    dialog.value().ToLong(&grams);
    show_outcome(m_till.add_weighed(product_id, grams));
}

void TillPanel::override_refusal() {
    const auto& last = m_till.last_message();
    if (!last.override_possible) {
        show_message(MessageLevel::Info, _("There is no refusal to override."));
        return;
    }
    OverrideDialog dialog(this, to_wx(last.text));
    if (dialog.ShowModal() != wxID_OK) return;
    const auto result = m_till.override_last_refusal(dialog.manager(), dialog.pin(), dialog.reason());
    if (result.granted) m_refused_card.clear();
    refresh();
    // Granted: amber like the banner (shopping past a refusal); refused: red.
    show_message(result.granted ? m_till.last_message().level : MessageLevel::Refusal, to_wx(result.message));
}

void TillPanel::reprint_last() {
    if (m_last_sale_id == 0) {
        show_message(MessageLevel::Info, _("No receipt to reprint yet."));
        return;
    }
    print_receipt_of(m_last_sale_id, true, wxString());
}

void TillPanel::remove_line() {
    const auto line = selected_line();
    if (!line) {
        show_message(MessageLevel::Info, _("Choose a line with the arrows first."));
        return;
    }
    const wxString name = to_wx(m_till.lines().at(*line).name);
    m_till.remove_line(*line);
    refresh();
    show_message(MessageLevel::Info, wxString::Format(_("Line removed: %s"), name));
}

void TillPanel::cancel_sale(bool new_card) {
    if (!m_till.lines().empty()) {
        // F9 cancels; F10 (next card) cancels too, so either key asks and the same key confirms.
        const int key = new_card ? WXK_F10 : WXK_F9;
        ConfirmDialog confirm(this, _("Cancel the sale"), _("Cancel this sale? Nothing will be recorded."), key,
                              new_card ? "F10" : "F9", _("Yes, cancel"), _("No, go on"));
        if (confirm.ShowModal() != wxID_YES) return;
    }
    m_till.cancel_sale();
    m_retry_timer.Stop();
    m_retry.stop();
    m_request_id.clear();
    m_refused_card.clear();
    refresh();
    show_message(MessageLevel::Info, new_card ? _("Ready for the next card.") : _("Sale cancelled: nothing recorded."));
}

void TillPanel::open_payment() {
    if (!m_till.card() || m_till.lines().empty()) {
        show_message(MessageLevel::Info, _("Nothing to pay: scan a card and products first."));
        return;
    }
    // F12 while an automatic try waits: the volunteer's own try replaces it.
    m_retry_timer.Stop();
    m_retry.stop();
    PaymentDialog dialog(this, m_till.amount_due());
    if (dialog.ShowModal() != wxID_OK) {
        show_message(MessageLevel::Info, _("Payment not done: the basket is still open."));
        return;
    }
    pay(dialog.payments());
}

void TillPanel::close_session() {
    if (!m_till.current_session()) {
        show_message(MessageLevel::Info, _("No session is open."));
        return;
    }
    if (!m_till.lines().empty()) {
        show_message(MessageLevel::Warning, _("Finish or cancel the sale before closing the session."));
        return;
    }
    EntryDialog dialog(this, _("Close the session"), _("Counted cash in the drawer"), wxString(), check_amount);
    if (dialog.ShowModal() != wxID_OK) return;
    const reports::ZReportModel report = m_till.close_session(core::parse_amount(from_wx(dialog.value())));
    // The session is closed: from here on nothing may throw the report away unseen.
    ZReportDialog z(this, report, [this, &report](bool duplicate) {
        reports::ZReportModel copy = report;
        copy.duplicate = duplicate;
        PrintOutcome printed;
        guarded([&] { printed = print_z_report(m_store, copy); },
                [&](const wxString& text) { printed = PrintOutcome{false, from_wx(text), {}}; });
        if (printed.ok && !printed.pdf_path.empty())
            return ZPrintStatus{true, wxString::Format(duplicate ? _("Duplicate Z report saved (PDF): %s")
                                                                 : _("Z report saved (PDF): %s"),
                                                       to_wx(printed.pdf_path))};
        if (printed.ok) return ZPrintStatus{true, duplicate ? _("Duplicate Z report printed.") : _("Z report printed.")};
        return ZPrintStatus{false, wxString::Format(duplicate ? _("The duplicate Z report could not be printed: %s")
                                                              : _("Z report NOT printed: %s. F7 to try again."),
                                                    to_wx(printed.message))};
    });
    z.print();
    z.ShowModal();
    // The backup ran after the close was committed; a failure is said, never a reason to reopen.
    if (const auto& backup = m_till.closing_backup(); backup.attempted && !backup.written)
        wxMessageBox(wxString::Format(_("The automatic backup failed: %s.\nThe session is closed all the same; tell the administrator."),
                                      to_wx(backup.failure)),
                     _("Automatic backup"), wxOK | wxICON_WARNING, this);
    m_session_opened_at.clear();
    if (on_session_closed) CallAfter([this] { on_session_closed(); });
}

} // namespace cabas::ui
