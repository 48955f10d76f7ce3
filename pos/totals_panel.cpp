// The totals panel (see totals_panel.hpp).
#include "pos/totals_panel.hpp"

#include "pos/palette.hpp"
#include "pos/ui_support.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>

namespace cabas::ui {

TotalsPanel::TotalsPanel(wxWindow* parent) : wxPanel(parent) {
    SetBackgroundColour(palette().panel());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_value = add_row(sizer, _("Total value"), large_points, false);
    m_to_pay = add_row(sizer, _("TO PAY"), total_points + 2, true);
    m_savings = add_row(sizer, _("Savings"), large_points, false);
    m_credit = add_row(sizer, _("Credit left"), large_points, false);
    m_week = add_row(sizer, _("Week left"), base_points, false);
    SetSizer(sizer);
    SetMinSize(wxSize(260, -1));
}

wxStaticText* TotalsPanel::add_row(wxSizer* sizer, const wxString& label, int points, bool bold) {
    auto* caption = new wxStaticText(this, wxID_ANY, label);
    caption->SetFont(till_font(bold ? large_points : base_points, bold));
    auto* figure = new wxStaticText(this, wxID_ANY, money(core::Money()), wxDefaultPosition, wxDefaultSize,
                                    wxALIGN_RIGHT | wxST_NO_AUTORESIZE);
    figure->SetFont(till_font(points, true));
    sizer->Add(caption, 0, wxLEFT | wxRIGHT | wxTOP, 12);
    sizer->Add(figure, 0, wxLEFT | wxRIGHT | wxEXPAND, 12);
    return figure;
}

void TotalsPanel::show_totals(const services::till::BasketTotals& totals, bool has_card) {
    m_value->SetLabel(money(totals.value));
    m_to_pay->SetLabel(money(totals.to_pay));
    m_savings->SetLabel(money(totals.savings));
    m_credit->SetLabel(has_card ? money(totals.month_left_after) : to_wx("—"));
    m_week->SetLabel(has_card && totals.week_left_after ? money(*totals.week_left_after) : to_wx("—"));
    Layout();
}

wxString TotalsPanel::value_text() const { return m_value->GetLabel(); }
wxString TotalsPanel::to_pay_text() const { return m_to_pay->GetLabel(); }
wxString TotalsPanel::savings_text() const { return m_savings->GetLabel(); }
wxString TotalsPanel::credit_text() const { return m_credit->GetLabel(); }

} // namespace cabas::ui
