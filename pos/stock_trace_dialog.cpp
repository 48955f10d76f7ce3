// Lot and period traceability shown as text (see stock_trace_dialog.hpp).
#include "pos/stock_trace_dialog.hpp"

#include "pos/stock_widgets.hpp"
#include "pos/ui_support.hpp"
#include "services/stock/product_service.hpp"
#include "services/stock/traceability.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

namespace {

std::string q(core::SaleUnit unit, std::int64_t n) { return services::stock::quantity_label(unit, n); }

wxString movement_line(const storage::MovementRecord& m, core::SaleUnit unit) {
    wxString what;
    switch (m.kind) {
    case core::MovementKind::Reception: what = _("reception"); break;
    case core::MovementKind::Sale:
        what = wxString::Format(_("sale no. %lld"), static_cast<long long>(m.sale_sequence.value_or(0)));
        break;
    case core::MovementKind::Correction: what = _("corrected sale"); break;
    case core::MovementKind::Loss: what = _("loss: ") + to_wx(m.reason); break;
    case core::MovementKind::Adjustment: what = _("adjustment: ") + to_wx(m.reason); break;
    }
    return to_wx(m.occurred_at.substr(0, 10)) + "   " + (m.quantity > 0 ? "+" : "") + to_wx(q(unit, m.quantity)) + "   " +
           what + "\n";
}

} // namespace

StockTraceDialog::StockTraceDialog(wxWindow* parent, storage::Store& store, services::LoggedUser user, const services::Clock& clock)
    : wxDialog(parent, wxID_ANY, _("Traceability"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_store(store), m_user(std::move(user)) {
    use_font(this, 12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* lot_row = new wxBoxSizer(wxHORIZONTAL);
    lot_row->Add(new wxStaticText(this, wxID_ANY, _("Lot (supplier code or #number)")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
    m_lot = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(220, -1), wxTE_PROCESS_ENTER);
    lot_row->Add(m_lot, 0, wxRIGHT, 8);
    auto* lot_button = tall_button(this, _("Trace the lot"));
    lot_row->Add(lot_button, 0);
    sizer->Add(lot_row, 0, wxALL, 10);
    auto* period_row = new wxBoxSizer(wxHORIZONTAL);
    period_row->Add(new wxStaticText(this, wxID_ANY, _("FSE+ and food bank from")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
    m_from = new wxTextCtrl(this, wxID_ANY, to_wx(clock.today().month_start().french()), wxDefaultPosition, wxSize(120, -1));
    period_row->Add(m_from, 0, wxRIGHT, 8);
    period_row->Add(new wxStaticText(this, wxID_ANY, _("to")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
    m_to = new wxTextCtrl(this, wxID_ANY, to_wx(clock.today().french()), wxDefaultPosition, wxSize(120, -1));
    period_row->Add(m_to, 0, wxRIGHT, 8);
    auto* period_button = tall_button(this, _("Period summary"));
    period_row->Add(period_button, 0);
    sizer->Add(period_row, 0, wxLEFT | wxRIGHT, 10);
    m_output = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(820, 420), wxTE_MULTILINE | wxTE_READONLY);
    m_output->SetFont(wxFont(11, wxFONTFAMILY_TELETYPE, wxFONTSTYLE_NORMAL, wxFONTWEIGHT_NORMAL));
    sizer->Add(m_output, 1, wxALL | wxEXPAND, 10);
    sizer->Add(tall_button(this, _("Esc  Close"), wxID_CANCEL), 0, wxALL | wxALIGN_RIGHT, 10);
    SetSizerAndFit(sizer);
    CentreOnParent();
    auto lot = [this] { show_lot(from_wx(m_lot->GetValue())); };
    m_lot->Bind(wxEVT_TEXT_ENTER, [lot](wxCommandEvent&) { lot(); });
    lot_button->Bind(wxEVT_BUTTON, [lot](wxCommandEvent&) { lot(); });
    period_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { show_period(from_wx(m_from->GetValue()), from_wx(m_to->GetValue())); });
    m_lot->SetFocus();
}

void StockTraceDialog::show_lot(const std::string& text) {
    guarded(
        [&] {
            const auto lots = services::stock::find_lots(m_store, m_user, text);
            if (lots.empty()) return m_output->SetValue(wxString::Format(_("No lot \"%s\""), to_wx(text)));
            wxString out;
            for (const auto& found : lots) {
                const auto t = services::stock::trace_lot(m_store, m_user, found.lot_id);
                const auto unit = t.product.unit;
                out += wxString::Format(_("Lot #%lld \"%s\": %s\n"), static_cast<long long>(t.lot.lot_id),
                                        to_wx(t.lot.lot_code), to_wx(t.product.name));
                out += wxString::Format(_("Delivery note: %s, %s, ref. %s of %s\n"), to_wx(core::label_of(t.reception.origin)),
                                        to_wx(t.reception.supplier), to_wx(t.reception.reference),
                                        to_wx(t.reception.received_on.french()));
                for (const auto& m : t.movements) out += "  " + movement_line(m, unit);
                out += wxString::Format(_("Received %s, distributed %s, lost %s, adjusted %s, left %s\n\n"),
                                        to_wx(q(unit, t.totals.received)), to_wx(q(unit, t.totals.distributed)),
                                        to_wx(q(unit, t.totals.lost)), to_wx(q(unit, t.totals.adjusted)),
                                        to_wx(q(unit, t.totals.remaining)));
            }
            m_output->SetValue(out);
        },
        [&](const wxString& message) { m_output->SetValue(message); });
}

void StockTraceDialog::show_period(const std::string& from, const std::string& to) {
    guarded(
        [&] {
            const auto p = services::stock::trace_period(m_store, m_user, core::parse_date(from, "du"), core::parse_date(to, "au"));
            wxString out = wxString::Format(_("From %s to %s\n"), to_wx(p.from.french()), to_wx(p.to.french()));
            for (const auto& t : p.totals) {
                out += wxString::Format(_("\n%s: %d lots\n"), to_wx(core::label_of(t.origin)), t.lots);
                auto row = [&](const wxString& label, std::int64_t units, std::int64_t grams) {
                    out += wxString::Format("  %-24s %8lld u. %14s\n", label, static_cast<long long>(units),
                                            to_wx(q(core::SaleUnit::Weight, grams)));
                };
                row(_("opening stock"), t.units.opening, t.grams.opening);
                row(_("received"), t.units.received, t.grams.received);
                row(_("distributed"), t.units.distributed, t.grams.distributed);
                row(_("lost"), t.units.lost, t.grams.lost);
                row(_("inventory adjustments"), t.units.adjusted, t.grams.adjusted);
                row(_("left"), t.units.remaining, t.grams.remaining);
            }
            m_output->SetValue(out);
        },
        [&](const wxString& message) { m_output->SetValue(message); });
}

} // namespace cabas::ui
