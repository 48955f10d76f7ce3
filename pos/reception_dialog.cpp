// The scanning reception screen (see reception_dialog.hpp).
#include "pos/reception_dialog.hpp"

#include "core/error.hpp"
#include "pos/confirm_dialog.hpp"
#include "pos/list_view.hpp"
#include "pos/product_edit_dialog.hpp"
#include "pos/stock_widgets.hpp"
#include "pos/ui_support.hpp"
#include "services/stock/product_service.hpp"
#include "services/stock/reception_service.hpp"

#include <algorithm>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

namespace {

const std::vector<core::Origin> k_origins = {core::Origin::FoodBank, core::Origin::FsePlus,    core::Origin::Purchase,
                                             core::Origin::Donation, core::Origin::Collection, core::Origin::SupermarketPickup};

wxTextCtrl* labelled(wxWindow* parent, wxSizer* row, const wxString& label, const wxString& value, int width) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(new wxStaticText(parent, wxID_ANY, label));
    auto* field = new wxTextCtrl(parent, wxID_ANY, value, wxDefaultPosition, wxSize(width, -1));
    column->Add(field, 0, wxEXPAND);
    row->Add(column, 0, wxRIGHT, 10);
    return field;
}

wxChoice* labelled_choice(wxWindow* parent, wxSizer* row, const wxString& label, const wxArrayString& items) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(new wxStaticText(parent, wxID_ANY, label));
    auto* choice = new wxChoice(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, items);
    choice->SetSelection(0);
    column->Add(choice, 0, wxEXPAND);
    row->Add(column, 0, wxRIGHT, 10);
    return choice;
}

} // namespace

ReceptionDialog::ReceptionDialog(wxWindow* parent, storage::Store& store, const services::Clock& clock, services::LoggedUser user)
    : wxDialog(parent, wxID_ANY, _("Reception of a delivery note"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_store(store), m_clock(clock), m_user(std::move(user)) {
    use_font(this, 12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* note = new wxStaticBoxSizer(wxHORIZONTAL, this, _("Delivery note"));
    wxArrayString origins;
    for (auto o : k_origins) origins.Add(to_wx(core::label_of(o)));
    m_origin = labelled_choice(note->GetStaticBox(), note, _("Origin"), origins);
    m_supplier = labelled(note->GetStaticBox(), note, _("Supplier"), wxString(), 220);
    m_date = labelled(note->GetStaticBox(), note, _("Date"), to_wx(clock.today().french()), 110);
    m_reference = labelled(note->GetStaticBox(), note, _("Reference"), wxString(), 140);
    sizer->Add(note, 0, wxALL | wxEXPAND, 10);

    auto* line = new wxStaticBoxSizer(wxHORIZONTAL, this, _("Next scanned items"));
    m_lot = labelled(line->GetStaticBox(), line, _("Lot"), wxString(), 130);
    m_expiry = labelled(line->GetStaticBox(), line, _("Expiry date"), wxString(), 110);
    wxArrayString kinds;
    kinds.Add(_("DLC (use by)"));
    kinds.Add(_("DDM (best before)"));
    m_kind = labelled_choice(line->GetStaticBox(), line, _("Kind"), kinds);
    m_quantity = labelled(line->GetStaticBox(), line, _("Quantity (g if weighed)"), "1", 120);
    m_cost = labelled(line->GetStaticBox(), line, _("Unit cost (purchase)"), wxString(), 110);
    sizer->Add(line, 0, wxLEFT | wxRIGHT | wxEXPAND, 10);

    sizer->Add(new wxStaticText(this, wxID_ANY, _("Scan")), 0, wxLEFT | wxTOP, 10);
    m_scan = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, target_height), wxTE_PROCESS_ENTER);
    m_scan->SetFont(till_font(large_points));
    sizer->Add(m_scan, 0, wxLEFT | wxRIGHT | wxEXPAND, 10);
    m_strip = new wxStaticText(this, wxID_ANY, _("Scan the items of the delivery note"), wxDefaultPosition,
                               wxSize(-1, 36), wxST_NO_AUTORESIZE);
    m_strip->SetFont(till_font(base_points, true));
    sizer->Add(m_strip, 0, wxALL | wxEXPAND, 10);
    m_table = make_table(this, {{_("Product"), 300}, {_("Lot"), 120}, {_("Quantity"), 100}, {_("Expiry"), 150},
                                {_("Unit cost"), 150}}, 240);  // wide enough for its heading at 1024 px
    sizer->Add(m_table, 1, wxLEFT | wxRIGHT | wxEXPAND, 10);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(tall_button(this, _("Esc  Close"), wxID_CANCEL), 1, wxRIGHT, 8);
    auto* remove = tall_button(this, _("F8  Remove line"));
    buttons->Add(remove, 1, wxRIGHT, 8);
    auto* save_button = tall_button(this, _("F12  Save the note"));
    buttons->Add(save_button, 1);
    sizer->Add(buttons, 0, wxALL | wxEXPAND, 10);
    SetSizerAndFit(sizer);
    CentreOnParent();
    show_in_strip(m_strip, _("Scan the items of the delivery note"), StripLevel::Info);

    m_scan->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        const std::string code = from_wx(m_scan->GetValue().Strip(wxString::both));
        m_scan->Clear();
        scan(code);
    });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove_selected_line(); });
    save_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_F12) return static_cast<void>(save());
        if (event.GetKeyCode() == WXK_F8) return remove_selected_line();
        if (event.GetKeyCode() == WXK_ESCAPE) return static_cast<void>(close_asking());
        event.Skip();
    });
    // Escape, the Close button and the window's own close all ask before lines are lost.
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { close_asking(); }, wxID_CANCEL);
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        if (event.CanVeto() && !close_asking()) event.Veto();
        else event.Skip();
    });
    m_scan->SetFocus();
}

bool ReceptionDialog::close_asking() {
    if (!m_lines.empty()) {
        ConfirmDialog confirm(this, _("Close the delivery note"),
                              wxString::Format(wxPLURAL("%zu line is not saved. Close and lose it?",
                                                        "%zu lines are not saved. Close and lose them?", m_lines.size()),
                                               m_lines.size()),
                              WXK_F9, "F9", _("Yes, lose them"), _("No, go on"));
        if (confirm.ShowModal() != wxID_YES) {
            m_scan->SetFocus();
            return false;
        }
        m_lines.clear();
    }
    if (IsModal()) EndModal(wxID_CANCEL);
    else SetReturnCode(wxID_CANCEL);
    return true;
}

void ReceptionDialog::scan(const std::string& code) {
    if (code.empty()) return m_scan->SetFocus();
    const auto product = services::stock::product_by_barcode(m_store, m_user, code);
    if (product) {
        add_product_line(product->id);
    } else {
        const int answer = wxMessageBox(wxString::Format(_("Unknown barcode %s. Create the product now?"), to_wx(code)),
                                        _("Unknown barcode"), wxYES_NO | wxICON_QUESTION, this);
        if (answer == wxYES) {
            core::Product fresh;
            fresh.barcodes = {code};
            ProductEditDialog dialog(this, m_store, m_user, fresh);
            if (dialog.ShowModal() == wxID_OK) add_product_line(dialog.product().id);
        } else {
            show_in_strip(m_strip, wxString::Format(_("Unknown barcode %s: nothing added"), to_wx(code)), StripLevel::Refusal);
        }
    }
    m_scan->SetFocus();
}

void ReceptionDialog::add_product_line(std::int64_t product_id) {
    guarded(
        [&] {
            const auto product = *services::stock::product(m_store, m_user, product_id);
            storage::ReceptionLine l;
            l.product_id = product_id;
            l.lot_code = from_wx(m_lot->GetValue().Strip(wxString::both));
            const std::string quantity = from_wx(m_quantity->GetValue().Strip(wxString::both));
            if (quantity.empty() || quantity.find_first_not_of("0123456789") != std::string::npos || quantity.size() > 9)
                throw ValidationError("", "quantité : nombre entier attendu, pas « " + quantity + " »");
            l.quantity = std::stoll(quantity);
            const std::string expiry = from_wx(m_expiry->GetValue().Strip(wxString::both));
            if (!expiry.empty()) l.expiry_on = core::parse_date(expiry, "date limite");
            l.expiry_kind = m_kind->GetSelection() == 1 ? core::ExpiryKind::Ddm : core::ExpiryKind::Dlc;
            const std::string cost = from_wx(m_cost->GetValue().Strip(wxString::both));
            if (!cost.empty()) l.unit_cost = core::parse_amount(cost);
            auto same = std::find_if(m_lines.begin(), m_lines.end(), [&](const storage::ReceptionLine& x) {
                return x.product_id == l.product_id && x.lot_code == l.lot_code && x.expiry_on == l.expiry_on &&
                       x.expiry_kind == l.expiry_kind && x.unit_cost == l.unit_cost;
            });
            std::int64_t total = l.quantity;
            if (same != m_lines.end()) total = same->quantity += l.quantity;
            else m_lines.push_back(l);
            refresh_table();
            show_in_strip(m_strip,
                          wxString::Format(_("%s: %s on this note"), to_wx(product.name), quantity_wx(product.unit, total)),
                          StripLevel::Success);
        },
        [&](const wxString& message) { show_in_strip(m_strip, message, StripLevel::Refusal); });
}

void ReceptionDialog::refresh_table() {
    m_table->clear();
    for (const auto& l : m_lines) {
        const auto product = services::stock::product(m_store, m_user, l.product_id);
        const auto unit = product ? product->unit : core::SaleUnit::Piece;
        wxString expiry;
        if (l.expiry_on) expiry = (l.expiry_kind == core::ExpiryKind::Dlc ? "DLC " : "DDM ") + to_wx(l.expiry_on->french());
        m_table->append_row({product ? to_wx(product->name) : wxString("?"), to_wx(l.lot_code), quantity_wx(unit, l.quantity),
                          expiry, l.unit_cost ? money(*l.unit_cost) : wxString()});
    }
}

void ReceptionDialog::remove_selected_line() {
    const long row = m_table->selected_row();
    if (row >= 0 && row < static_cast<long>(m_lines.size())) {
        m_lines.erase(m_lines.begin() + row);
        refresh_table();
    }
    m_scan->SetFocus();
}

storage::Reception ReceptionDialog::read_note() const {
    storage::Reception r;
    r.origin = k_origins[static_cast<std::size_t>(std::max(0, m_origin->GetSelection()))];
    r.supplier = from_wx(m_supplier->GetValue().Strip(wxString::both));
    r.received_on = core::parse_date(from_wx(m_date->GetValue()), "date du bon");
    r.reference = from_wx(m_reference->GetValue().Strip(wxString::both));
    r.created_by = m_user.login;
    r.lines = m_lines;
    return r;
}

bool ReceptionDialog::save() {
    bool saved = false;
    guarded(
        [&] {
            const auto outcome = services::stock::receive(m_store, m_user, read_note(), m_clock.today());
            if (!outcome.ok()) {
                show_in_strip(m_strip, _("Note NOT saved: ") + to_wx(services::stock::to_string(outcome.problems)),
                              StripLevel::Refusal);
                return;
            }
            m_last_reception = outcome.reception_id;
            show_in_strip(m_strip,
                          wxString::Format(_("Reception no. %lld saved: %zu lots"), static_cast<long long>(outcome.reception_id),
                                           m_lines.size()),
                          StripLevel::Success);
            m_lines.clear();
            refresh_table();
            saved = true;
        },
        [&](const wxString& message) { show_in_strip(m_strip, _("Note NOT saved: ") + message, StripLevel::Refusal); });
    Fit();
    m_scan->SetFocus();
    return saved;
}

} // namespace cabas::ui
