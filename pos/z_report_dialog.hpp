// The Z report at the close of a session: every figure of the model (sales, value, paid,
// savings, by payment type, expected vs counted cash, difference), with a key to print it.
#pragma once

#include "reports/receipt_model.hpp"

#include <wx/dialog.h>

#include <functional>

class wxStaticText;

namespace cabas::ui {

class ZReportDialog : public wxDialog {
public:
    /// `print` prints the report and returns a line saying how it went.
    ZReportDialog(wxWindow* parent, const reports::ZReportModel& report, std::function<wxString()> print);
    wxString figures_text() const { return m_figures; }
    const reports::ZReportModel& report() const { return m_report; }
    void print();

private:
    reports::ZReportModel m_report;
    wxString m_figures;
    std::function<wxString()> m_print;
    wxStaticText* m_status = nullptr;
};

/// The figures as "label: value" lines, in the order shown.
std::vector<std::pair<wxString, wxString>> z_report_rows(const reports::ZReportModel& report);

} // namespace cabas::ui
