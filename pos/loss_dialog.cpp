// The loss screen (see loss_dialog.hpp).

#include "pos/loss_dialog.hpp"

#include "core/error.hpp"
#include "pos/list_view.hpp"
#include "pos/stock_widgets.hpp"
#include "pos/ui_support.hpp"
#include "services/stock/product_service.hpp"
#include "services/stock/loss_service.hpp"
#include "services/stock/traceability.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

namespace {
const std::vector<services::stock::LossReason> k_reasons = {
    services::stock::LossReason::Expired, services::stock::LossReason::Broken, services::stock::LossReason::Recalled,
    services::stock::LossReason::Other};
}

LossDialog::LossDialog(wxWindow* parent, storage::Store& store, const services::Clock& clock, services::LoggedUser user)
    : wxDialog(parent, wxID_ANY, _("Record a loss"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_store(store), m_clock(clock), m_user(std::move(user)) {
    use_font(this, 12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(this, wxID_ANY, _("Scan the product, or type a lot code, then Enter")), 0, wxALL, 10);
    m_scan = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, target_height), wxTE_PROCESS_ENTER);
    m_scan->SetFont(till_font(large_points));
    sizer->Add(m_scan, 0, wxLEFT | wxRIGHT | wxEXPAND, 10);
    m_table = make_table(this, {{_("Product"), 260}, {_("Lot"), 150}, {_("Origin"), 150}, {_("Expiry"), 150}, {_("Left"), 100}}, 220);
    sizer->Add(m_table, 1, wxALL | wxEXPAND, 10);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(new wxStaticText(this, wxID_ANY, _("Quantity (g if weighed)")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    m_quantity = new wxTextCtrl(this, wxID_ANY, "1", wxDefaultPosition, wxSize(90, -1));
    row->Add(m_quantity, 0, wxRIGHT, 12);
    row->Add(new wxStaticText(this, wxID_ANY, _("Reason")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    m_reason = new wxChoice(this, wxID_ANY);
    m_reason->Append(_("Expired"));
    m_reason->Append(_("Broken"));
    m_reason->Append(_("Recalled"));
    m_reason->Append(_("Other"));
    m_reason->SetSelection(0);
    row->Add(m_reason, 0, wxRIGHT, 12);
    row->Add(new wxStaticText(this, wxID_ANY, _("Note")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    m_note = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(220, -1));
    row->Add(m_note, 1);
    sizer->Add(row, 0, wxLEFT | wxRIGHT | wxEXPAND, 10);
    m_strip = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, 36), wxST_NO_AUTORESIZE);
    m_strip->SetFont(till_font(base_points, true));
    sizer->Add(m_strip, 0, wxALL | wxEXPAND, 10);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(tall_button(this, _("Esc  Close"), wxID_CANCEL), 1, wxRIGHT, 8);
    auto* save = tall_button(this, _("F12  Record the loss"));
    buttons->Add(save, 1);
    sizer->Add(buttons, 0, wxALL | wxEXPAND, 10);
    SetSizerAndFit(sizer);
    CentreOnParent();
    show_in_strip(m_strip, _("Choose the lot, the quantity and the reason"), StripLevel::Info);

    m_scan->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { find(from_wx(m_scan->GetValue().Strip(wxString::both))); });
    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { record(); });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_F12) return static_cast<void>(record());
        event.Skip();
    });
    m_scan->SetFocus();
}

void LossDialog::find(const std::string& code) {
    m_lots.clear();
    if (const auto product = services::stock::product_by_barcode(m_store, m_user, code)) m_lots = services::stock::lots_of_product(m_store, m_user, product->id);
    else m_lots = services::stock::find_lots(m_store, m_user, code);
    refresh();
    if (m_lots.empty()) show_in_strip(m_strip, wxString::Format(_("No lot with stock for %s"), to_wx(code)), StripLevel::Refusal);
    else show_in_strip(m_strip, _("Choose the lot, the quantity and the reason"), StripLevel::Info);
}

void LossDialog::refresh() {
    m_table->clear();
    for (const auto& lot : m_lots) {
        const auto product = services::stock::product(m_store, m_user, lot.product_id);
        const auto unit = product ? product->unit : core::SaleUnit::Piece;
        wxString expiry;
        if (lot.expiry_on)
            expiry = (lot.expiry_kind == core::ExpiryKind::Ddm ? "DDM " : "DLC ") + to_wx(lot.expiry_on->french());
        m_table->append_row({product ? to_wx(product->name) : wxString(), to_wx(lot.lot_code) + " #" + wxString::Format("%lld", static_cast<long long>(lot.lot_id)),
                          to_wx(core::label_of(lot.origin)), expiry, quantity_wx(unit, lot.remaining)});
    }
    if (!m_lots.empty()) m_table->select_row(0);
}

bool LossDialog::record() {
    const long row = m_table->selected_row();
    if (row < 0 || row >= static_cast<long>(m_lots.size())) {
        show_in_strip(m_strip, _("Choose a lot first"), StripLevel::Refusal);
        return false;
    }
    bool done = false;
    guarded(
        [&] {
            const std::string text = from_wx(m_quantity->GetValue().Strip(wxString::both));
            if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 9)
                throw ValidationError("", "quantité : nombre entier attendu, pas « " + text + " »");
            services::stock::LossRequest request{m_lots[static_cast<std::size_t>(row)].lot_id, std::stoll(text),
                                                 k_reasons[static_cast<std::size_t>(std::max(0, m_reason->GetSelection()))],
                                                 from_wx(m_note->GetValue())};
            services::stock::record_loss(m_store, m_user, request, m_clock);
            const auto lot = *services::stock::lot(m_store, m_user, request.lot_id);
            m_lots[static_cast<std::size_t>(row)] = lot;
            refresh();
            show_in_strip(m_strip, wxString::Format(_("Loss recorded (%s) on lot #%lld"),
                                                    to_wx(services::stock::label_of(request.reason)),
                                                    static_cast<long long>(lot.lot_id)),
                          StripLevel::Success);
            done = true;
        },
        [&](const wxString& message) { show_in_strip(m_strip, message, StripLevel::Refusal); });
    m_scan->SetFocus();
    return done;
}

} // namespace cabas::ui
