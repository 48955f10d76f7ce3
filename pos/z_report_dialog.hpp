// The Z report at the close of a session: every figure of the model (sales, value, paid,
// savings, by payment type, expected vs counted cash, difference). The caller prints it once
// (print()) before showing it; F7 prints again, marked DUPLICATA once the original is out.
#pragma once

#include "reports/receipt_model.hpp"

#include <wx/dialog.h>

#include <functional>

class wxButton;
class wxPanel;
class wxStaticText;

namespace cabas::ui {

/// How one printing went: the words to show, green when printed, amber when not.
struct ZPrintStatus {
    bool ok = false;
    wxString text;
};

class ZReportDialog : public wxDialog {
public:
    /// `print(duplicate)` prints the report (marked DUPLICATA when asked) and says how it went.
    ZReportDialog(wxWindow* parent, const reports::ZReportModel& report,
                  std::function<ZPrintStatus(bool duplicate)> print);
    wxString figures_text() const { return m_figures; }
    const reports::ZReportModel& report() const { return m_report; }
    /// Prints the original, or a duplicate once the original has been printed (F7).
    void print();
    bool original_printed() const { return m_original_printed; }
    wxString status_text() const;
    wxColour status_colour() const;

private:
    reports::ZReportModel m_report;
    wxString m_figures;
    std::function<ZPrintStatus(bool)> m_print;
    bool m_original_printed = false;
    wxPanel* m_status_strip = nullptr;
    wxButton* m_print_button = nullptr;
    wxStaticText* m_status = nullptr;
};

/// The figures as "label: value" lines, in the order shown.
std::vector<std::pair<wxString, wxString>> z_report_rows(const reports::ZReportModel& report);

} // namespace cabas::ui
