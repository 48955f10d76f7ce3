// The totals beside the basket, always visible: retail value, TO PAY in large type, savings on
// this visit, and the credit left once this basket is paid.
#pragma once

#include "services/till/till_service.hpp"

#include <wx/panel.h>

class wxStaticText;

namespace cabas::ui {

class TotalsPanel : public wxPanel {
public:
    explicit TotalsPanel(wxWindow* parent);
    void show_totals(const services::till::BasketTotals& totals, bool has_card);

    wxString value_text() const;
    wxString to_pay_text() const;
    wxString savings_text() const;
    wxString credit_text() const;

private:
    wxStaticText* add_row(wxSizer* sizer, const wxString& label, int points, bool bold);
    wxStaticText* m_value = nullptr;
    wxStaticText* m_to_pay = nullptr;
    wxStaticText* m_savings = nullptr;
    wxStaticText* m_credit = nullptr;
    wxStaticText* m_week = nullptr;
};

} // namespace cabas::ui
