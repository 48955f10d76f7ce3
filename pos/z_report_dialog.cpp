// The Z report dialog (see z_report_dialog.hpp).
#include "pos/z_report_dialog.hpp"
#include "pos/screen_fit.hpp"

#include "pos/palette.hpp"
#include "pos/ui_support.hpp"

#include <wx/button.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace cabas::ui {

std::vector<std::pair<wxString, wxString>> z_report_rows(const reports::ZReportModel& z) {
    std::vector<std::pair<wxString, wxString>> rows{
        {_("Till"), to_wx(z.till_id)},
        {_("Opened"), to_wx(z.opened_at) + "  (" + to_wx(z.opened_by) + ")"},
        {_("Closed"), to_wx(z.closed_at) + "  (" + to_wx(z.closed_by) + ")"},
        {_("Sales"), wxString::Format("%d", z.sales_count)},
        {_("Corrections"), wxString::Format("%d", z.corrections_count)},
        {_("Retail value"), money(z.total_value)},
        {_("Paid"), money(z.total_paid)},
        {_("Savings"), money(z.savings)},
    };
    for (const reports::ZPaymentTotal& payment : z.by_payment)
        rows.emplace_back(to_wx(payment.method) + wxString::Format(" (%d)", payment.count), money(payment.amount));
    rows.emplace_back(_("Cash float"), money(z.cash_float));
    rows.emplace_back(_("Expected cash"), money(z.cash_expected));
    rows.emplace_back(_("Counted cash"), money(z.cash_counted));
    rows.emplace_back(_("Difference"), money(z.difference));
    rows.emplace_back(_("Perpetual grand total"), money(z.perpetual_total));
    rows.emplace_back(_("Journal"), wxString::Format(_("No. %lld"), z.journal_sequence) + "  " + to_wx(z.short_hash));
    return rows;
}

ZReportDialog::ZReportDialog(wxWindow* parent, const reports::ZReportModel& report,
                             std::function<ZPrintStatus(bool duplicate)> print)
    : wxDialog(parent, wxID_ANY, _("Z report")), m_report(report), m_print(std::move(print)) {
    use_font(this, base_points);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(this, wxID_ANY, _("Session closed: Z report"));
    title->SetFont(till_font(large_points + 2, true));
    sizer->Add(title, 0, wxALL, 12);
    auto* grid = new wxFlexGridSizer(2, 4, 24);
    for (const auto& [label, value] : z_report_rows(report)) {
        grid->Add(new wxStaticText(this, wxID_ANY, label));
        auto* figure = new wxStaticText(this, wxID_ANY, value);
        figure->SetFont(till_font(base_points, true));
        const bool is_difference = label == _("Difference");
        if (is_difference && !report.difference.is_zero()) figure->SetForegroundColour(palette().ink(Tone::Refused));
        grid->Add(figure, 0, wxALIGN_RIGHT);
        m_figures << label << ": " << value << "\n";
    }
    sizer->Add(grid, 0, wxLEFT | wxRIGHT | wxEXPAND, 16);
    m_status_strip = new wxPanel(this);
    m_status_strip->SetBackgroundColour(palette().background(Tone::Neutral));
    m_status = new wxStaticText(m_status_strip, wxID_ANY, wxString());
    m_status->SetFont(till_font(base_points, true));
    auto* strip_sizer = new wxBoxSizer(wxHORIZONTAL);
    strip_sizer->Add(m_status, 1, wxALIGN_CENTER_VERTICAL | wxALL, 8);
    // A minimum on the sizer, not the panel, so a wrapped two-line message still grows the strip.
    strip_sizer->SetMinSize(wxSize(-1, target_height));
    m_status_strip->SetSizer(strip_sizer);
    sizer->Add(m_status_strip, 0, wxALL | wxEXPAND, 12);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    m_print_button = new wxButton(this, wxID_PRINT, _("F7  Print"), wxDefaultPosition, wxSize(-1, target_height));
    buttons->Add(m_print_button, 1, wxRIGHT, 8);
    buttons->Add(new wxButton(this, wxID_OK, _("Enter  Close"), wxDefaultPosition, wxSize(-1, target_height)), 1);
    sizer->Add(buttons, 0, wxALL | wxEXPAND, 12);
    SetSizerAndFit(sizer);
    CentreOnParent();
    keep_on_screen(this);
    m_print_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { this->print(); });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_F7) this->print();
        else event.Skip();
    });
    FindWindow(wxID_OK)->SetFocus();
}

void ZReportDialog::print() {
    if (!m_print) return;
    const bool duplicate = m_original_printed;
    const ZPrintStatus status = m_print(duplicate);
    if (status.ok) m_original_printed = true;
    m_print_button->SetLabel(m_original_printed ? _("F7  Reprint (duplicate)") : _("F7  Print"));
    const Tone tone = status.ok ? Tone::Ok : Tone::Warning;
    m_status_strip->SetBackgroundColour(palette().background(tone));
    m_status->SetForegroundColour(palette().text_on(tone));
    m_status->SetLabel((status.ok ? to_wx("✔ ") : to_wx("⚠ ")) + status.text);
    if (GetClientSize().x > 200) m_status->Wrap(GetClientSize().x - 40);
    m_status_strip->InvalidateBestSize();
    m_status_strip->Layout();
    m_status_strip->Refresh();
    GetSizer()->Fit(this);
    Layout();
}

wxString ZReportDialog::status_text() const {
    wxString text = m_status->GetLabel();
    text.Replace("\n", " ");  // the words, without the line breaks Wrap() put in for the screen
    return text;
}
wxColour ZReportDialog::status_colour() const { return m_status_strip->GetBackgroundColour(); }

} // namespace cabas::ui
