// The inventory count screen (see inventory_dialog.hpp).

#include "pos/inventory_dialog.hpp"

#include "core/error.hpp"
#include "pos/list_view.hpp"
#include "pos/stock_widgets.hpp"
#include "pos/ui_support.hpp"
#include "services/stock/product_service.hpp"
#include "services/stock/inventory_service.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

InventoryDialog::InventoryDialog(wxWindow* parent, storage::Store& store, const services::Clock& clock, services::LoggedUser user)
    : wxDialog(parent, wxID_ANY, _("Inventory"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_store(store), m_clock(clock), m_user(std::move(user)) {
    use_font(this, 12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* scope = new wxBoxSizer(wxHORIZONTAL);
    scope->Add(new wxStaticText(this, wxID_ANY, _("Shelf or area")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
    m_scope = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(200, -1));
    scope->Add(m_scope, 0, wxRIGHT, 12);
    scope->Add(new wxStaticText(this, wxID_ANY, _("Category")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
    m_category = new wxChoice(this, wxID_ANY);
    m_category->Append(_("(any product scanned)"));
    m_category_ids.push_back(0);
    for (const auto& c : services::stock::categories(store, m_user)) {
        m_category->Append(to_wx(c.name));
        m_category_ids.push_back(c.id);
    }
    m_category->SetSelection(0);
    scope->Add(m_category, 0, wxRIGHT, 12);
    m_start = tall_button(this, _("Start counting"));
    scope->Add(m_start, 0);
    sizer->Add(scope, 0, wxALL, 10);

    auto* scan_row = new wxBoxSizer(wxHORIZONTAL);
    auto* scan_column = new wxBoxSizer(wxVERTICAL);
    scan_column->Add(new wxStaticText(this, wxID_ANY, _("Scan (one item per scan)")));
    m_scan = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(420, target_height), wxTE_PROCESS_ENTER);
    m_scan->SetFont(till_font(large_points));
    scan_column->Add(m_scan, 0, wxEXPAND);
    scan_row->Add(scan_column, 1, wxRIGHT, 12);
    auto* weight_column = new wxBoxSizer(wxVERTICAL);
    weight_column->Add(new wxStaticText(this, wxID_ANY, _("Weight (g) of a weighed product")));
    m_weight = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(200, target_height), wxTE_PROCESS_ENTER);
    m_weight->SetFont(till_font(large_points));
    weight_column->Add(m_weight, 0, wxEXPAND);
    scan_row->Add(weight_column, 0);
    sizer->Add(scan_row, 0, wxLEFT | wxRIGHT | wxEXPAND, 10);
    m_strip = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, 36), wxST_NO_AUTORESIZE);
    m_strip->SetFont(till_font(base_points, true));
    sizer->Add(m_strip, 0, wxALL | wxEXPAND, 10);
    m_sheet = make_table(this, {{_("Product"), 320}, {_("Counted"), 110}, {_("Expected"), 110}, {_("Difference"), 110},
                                {_("Sold without lot"), 150}}, 300);
    sizer->Add(m_sheet, 1, wxLEFT | wxRIGHT | wxEXPAND, 10);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(tall_button(this, _("Esc  Close (the count stays open)"), wxID_CANCEL), 1, wxRIGHT, 8);
    auto* close = tall_button(this, _("F12  End the count and adjust the stock"));
    buttons->Add(close, 1);
    sizer->Add(buttons, 0, wxALL | wxEXPAND, 10);
    SetSizerAndFit(sizer);
    CentreOnParent();
    m_scan->Disable();
    m_weight->Disable();
    show_in_strip(m_strip, _("Name the shelf or choose a category, then start counting"), StripLevel::Info);

    m_start->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { start(); });
    m_scan->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        const std::string code = from_wx(m_scan->GetValue().Strip(wxString::both));
        m_scan->Clear();
        scan(code);
    });
    m_weight->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { enter_weight(from_wx(m_weight->GetValue())); });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { close_and_adjust(); });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_F12) return static_cast<void>(close_and_adjust());
        event.Skip();
    });
    m_scope->SetFocus();
}

void InventoryDialog::start() {
    if (m_session != 0) return;
    guarded(
        [&] {
            const auto category = m_category_ids[static_cast<std::size_t>(std::max(0, m_category->GetSelection()))];
            m_session = services::stock::start_inventory(m_store, m_user, from_wx(m_scope->GetValue()),
                                                         category == 0 ? std::nullopt : std::optional(category),
                                                         m_clock);
            m_scope->Disable();
            m_category->Disable();
            m_start->Disable();
            m_scan->Enable();
            m_weight->Enable();
            SetTitle(wxString::Format(_("Inventory no. %lld"), static_cast<long long>(m_session)));
            show_in_strip(m_strip, _("Scan each item on the shelf"), StripLevel::Info);
            refresh_sheet();
            m_scan->SetFocus();
        },
        [&](const wxString& message) { show_in_strip(m_strip, message, StripLevel::Refusal); });
}

void InventoryDialog::scan(const std::string& code) {
    if (m_session == 0 || code.empty()) return;
    guarded(
        [&] {
            const auto result = services::stock::count_scan(m_store, m_user, m_session, code, m_clock);
            if (!result.known) {
                show_in_strip(m_strip, wxString::Format(_("Unknown barcode %s: not counted"), to_wx(code)), StripLevel::Refusal);
            } else if (result.needs_weight) {
                m_weighing = result.product_id;
                show_in_strip(m_strip, wxString::Format(_("%s: type its weight in grams, then Enter"), to_wx(result.name)),
                              StripLevel::Warning);
                m_weight->SetFocus();
                return;
            } else {
                show_in_strip(m_strip, wxString::Format(_("%s: %lld counted"), to_wx(result.name),
                                                        static_cast<long long>(result.counted)),
                              StripLevel::Success);
            }
            refresh_sheet();
        },
        [&](const wxString& message) { show_in_strip(m_strip, message, StripLevel::Refusal); });
    if (!m_weighing) m_scan->SetFocus();
}

void InventoryDialog::enter_weight(const std::string& grams) {
    if (!m_weighing) return m_scan->SetFocus();
    guarded(
        [&] {
            if (grams.empty() || grams.find_first_not_of("0123456789") != std::string::npos || grams.size() > 9)
                throw ValidationError("", "poids : nombre de grammes attendu, pas « " + grams + " »");
            services::stock::set_counted(m_store, m_user, m_session, *m_weighing, std::stoll(grams), m_clock);
            m_weighing.reset();
            m_weight->Clear();
            refresh_sheet();
            show_in_strip(m_strip, _("Weight recorded"), StripLevel::Success);
            m_scan->SetFocus();
        },
        [&](const wxString& message) { show_in_strip(m_strip, message, StripLevel::Refusal); });
}

void InventoryDialog::refresh_sheet() {
    m_sheet->clear();
    if (m_session == 0) return;
    for (const auto& line : services::stock::inventory_sheet(m_store, m_user, m_session)) {
        const auto d = line.difference();
        m_sheet->append_row({to_wx(line.name), line.counted ? quantity_wx(line.unit, *line.counted) : wxString(_("not counted")),
                          quantity_wx(line.unit, line.expected),
                          line.counted ? (d > 0 ? "+" : "") + quantity_wx(line.unit, d) : wxString(),
                          line.sold_without_lot ? quantity_wx(line.unit, line.sold_without_lot) : wxString()});
    }
}

bool InventoryDialog::close_and_adjust(bool confirm) {
    if (m_session == 0) return false;
    if (confirm && wxMessageBox(_("End the count and record the differences as stock adjustments? This cannot be undone."),
                                _("End the inventory"), wxYES_NO | wxICON_QUESTION, this) != wxYES)
        return false;
    bool done = false;
    guarded(
        [&] {
            const auto adjustments = services::stock::close_inventory(m_store, m_user, m_session, m_clock);
            refresh_sheet();
            m_scan->Disable();
            m_weight->Disable();
            show_in_strip(m_strip,
                          wxString::Format(_("Inventory no. %lld closed: %zu adjustments recorded"),
                                           static_cast<long long>(m_session), adjustments.size()),
                          StripLevel::Success);
            done = true;
        },
        [&](const wxString& message) { show_in_strip(m_strip, message, StripLevel::Refusal); });
    return done;
}

} // namespace cabas::ui
