// The stock home panel (see stock_panel.hpp).

#include "pos/stock_panel.hpp"

#include "pos/inventory_dialog.hpp"
#include "pos/list_view.hpp"
#include "pos/loss_dialog.hpp"
#include "pos/product_list_dialog.hpp"
#include "pos/reception_dialog.hpp"
#include "pos/stock_trace_dialog.hpp"
#include "pos/stock_widgets.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "reports/stock_report_pdf.hpp"
#include "services/stock/stock_alerts.hpp"
#include "services/stock/stock_report.hpp"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>

namespace cabas::ui {

StockPanel::StockPanel(wxWindow* parent, storage::Store& store, const services::Clock& clock,
                       const services::LoggedUser& user)
    : wxPanel(parent, wxID_ANY), m_store(store), m_clock(clock), m_user(user) {
    m_allowed = services::may(user, services::Capability::ManageStock);
    use_font(this, 12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(this, wxID_ANY, _("Stock"));
    title->SetFont(till_font(large_points, true));
    sizer->Add(title, 0, wxALL, 10);

    struct Action {
        wxString label;
        int key;
        void (StockPanel::*run)();
    };
    const std::vector<Action> actions = {{_("F2  Products"), WXK_F2, &StockPanel::open_products},
                                         {_("F3  Reception"), WXK_F3, &StockPanel::open_reception},
                                         {_("F4  Losses"), WXK_F4, &StockPanel::open_losses},
                                         {_("F5  Inventory"), WXK_F5, &StockPanel::open_inventory},
                                         {_("F6  Traceability"), WXK_F6, &StockPanel::open_trace},
                                         {_("F7  Stock report PDF"), WXK_F7, &StockPanel::choose_report_file}};
    auto* buttons = new wxGridSizer(2, 3, 8, 8);
    for (const auto& action : actions) {
        auto* button = tall_button(this, action.label);
        button->Enable(m_allowed);
        const auto run = action.run;
        button->Bind(wxEVT_BUTTON, [this, run](wxCommandEvent&) { (this->*run)(); });
        buttons->Add(button, 1, wxEXPAND);
    }
    sizer->Add(buttons, 0, wxLEFT | wxRIGHT | wxEXPAND, 10);
    m_strip = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, 36), wxST_NO_AUTORESIZE);
    m_strip->SetFont(till_font(base_points, true));
    sizer->Add(m_strip, 0, wxALL | wxEXPAND, 10);

    m_low_title = new wxStaticText(this, wxID_ANY, _("Low stock"));
    m_low_title->SetFont(till_font(base_points, true));
    sizer->Add(m_low_title, 0, wxLEFT | wxRIGHT, 10);
    m_low = make_table(this, {{_("Product"), 360}, {_("In stock"), 140}, {_("Threshold"), 140}}, 140);
    sizer->Add(m_low, 0, wxALL | wxEXPAND, 10);
    auto* expiring_row = new wxBoxSizer(wxHORIZONTAL);
    m_expiring_title = new wxStaticText(this, wxID_ANY, _("Expiring soon"));
    m_expiring_title->SetFont(till_font(base_points, true));
    expiring_row->Add(m_expiring_title, 1, wxALIGN_CENTER_VERTICAL);
    expiring_row->Add(new wxStaticText(this, wxID_ANY, _("Alert days before expiry")), 0,
                      wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
    m_days = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(160, -1), wxSP_ARROW_KEYS, 0, 365,
                            services::stock::expiry_alert_days(store));
    m_days->Enable(m_allowed);
    m_days->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent& e) { set_expiry_days(e.GetPosition()); });
    expiring_row->Add(m_days, 0);
    sizer->Add(expiring_row, 0, wxLEFT | wxRIGHT | wxEXPAND, 10);
    m_expiring = make_table(this, {{_("Date"), 150}, {_("When"), 140}, {_("Product"), 310}, {_("Lot"), 130},
                                   {_("Origin"), 170}, {_("Left"), 90}}, 260);
    sizer->Add(m_expiring, 1, wxALL | wxEXPAND, 10);
    SetSizer(sizer);

    Bind(wxEVT_CHAR_HOOK, [this, actions](wxKeyEvent& event) {
        for (const auto& action : actions)
            if (event.GetKeyCode() == action.key && m_allowed) return (this->*action.run)();
        event.Skip();
    });
    if (!m_allowed)
        show_in_strip(m_strip, _("Stock is reserved for managers and administrators"), StripLevel::Refusal);
    refresh_alerts();
}

void StockPanel::refresh_alerts() {
    m_low->clear();
    m_expiring->clear();
    if (!m_allowed) return;
    guarded(
        [&] {
            const auto alerts = services::stock::stock_alerts(m_store, m_user, m_clock.today());
            m_low_title->SetLabel(wxString::Format(_("Low stock (%zu)"), alerts.low_stock.size()));
            for (const auto& a : alerts.low_stock)
                m_low->append_row({to_wx(a.name), quantity_wx(a.unit, a.on_hand), quantity_wx(a.unit, a.threshold)});
            m_expiring_title->SetLabel(wxString::Format(_("Expiring within %d days (%zu lots)"), alerts.within_days,
                                                        alerts.expiring.size()));
            for (const auto& e : alerts.expiring) {
                const wxString when = e.days_left < 0    ? wxString::Format(_("past by %d days"), -e.days_left)
                                      : e.days_left == 0 ? wxString(_("today"))
                                                         : wxString::Format(_("in %d days"), e.days_left);
                m_expiring->append_row({(e.kind == core::ExpiryKind::Dlc ? "DLC " : "DDM ") + to_wx(e.expiry_on.french()),
                                     when, to_wx(e.name),
                                     to_wx(e.lot_code) + " #" + wxString::Format("%lld", static_cast<long long>(e.lot_id)),
                                     to_wx(core::label_of(e.origin)), quantity_wx(e.unit, e.remaining)});
                // Past a DLC the food must leave the shelf: the row says so in red as well as in words.
                if (e.days_left < 0 && e.kind == core::ExpiryKind::Dlc)
                    m_expiring->set_row_text_colour(m_expiring->row_count() - 1, palette().ink(Tone::Refused));
            }
            Layout();
        },
        [&](const wxString& message) { show_in_strip(m_strip, message, StripLevel::Refusal); });
}

void StockPanel::set_expiry_days(int days) {
    if (!m_allowed) return;
    guarded(
        [&] {
            services::stock::set_expiry_alert_days(m_store, m_user, days);
            if (m_days->GetValue() != days) m_days->SetValue(days);
            refresh_alerts();
        },
        [&](const wxString& message) { show_in_strip(m_strip, message, StripLevel::Refusal); });
}

void StockPanel::open_products() {
    ProductListDialog dialog(this, m_store, m_user);
    dialog.ShowModal();
    refresh_alerts();
}

void StockPanel::open_reception() {
    ReceptionDialog dialog(this, m_store, m_clock, m_user);
    dialog.ShowModal();
    refresh_alerts();
}

void StockPanel::open_losses() {
    LossDialog dialog(this, m_store, m_clock, m_user);
    dialog.ShowModal();
    refresh_alerts();
}

void StockPanel::open_inventory() {
    InventoryDialog dialog(this, m_store, m_clock, m_user);
    dialog.ShowModal();
    refresh_alerts();
}

void StockPanel::open_trace() {
    StockTraceDialog dialog(this, m_store, m_user, m_clock);
    dialog.ShowModal();
}

void StockPanel::choose_report_file() {
    const wxString name = "stock-" + to_wx(m_clock.today().iso().substr(0, 7)) + ".pdf";
    wxFileDialog dialog(this, _("Save the stock report"), wxString(), name, _("PDF files (*.pdf)|*.pdf"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK) write_report(from_wx(dialog.GetPath()));
}

bool StockPanel::write_report(const std::string& path) {
    return guarded(
        [&] {
            const auto model = services::stock::build_stock_report(m_store, m_user, m_clock.today(), m_clock);
            reports::write_stock_report_pdf(model, path);
            show_in_strip(m_strip, wxString::Format(_("Stock report saved: %s"), to_wx(path)), StripLevel::Success);
        },
        [&](const wxString& message) {
            show_in_strip(m_strip, _("Stock report NOT saved: ") + message, StripLevel::Refusal);
        });
}

} // namespace cabas::ui
