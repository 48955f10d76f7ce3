// The reports screen of the manager menu: choose a report (monthly CCAS, annual, FSE+ / food
// bank) and its period, build it with progress shown, save the PDF and the CSV tables in a
// chosen folder. Only managers and admins may use it; others see why not.
#pragma once

#include "reports/monthly_report.hpp"
#include "services/clock.hpp"
#include "services/till/till_service.hpp"

#include <wx/panel.h>

#include <string>

class wxButton;
class wxCheckBox;
class wxChoice;
class wxDirPickerCtrl;
class wxGauge;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace cabas::storage { class Store; }

namespace cabas::ui {

class ReportsPanel : public wxPanel {
public:
    enum Kind { Monthly = 0, Annual = 1, Fse = 2 };

    ReportsPanel(wxWindow* parent, storage::Store& store, const services::Clock& clock,
                 const services::LoggedUser& user);

    /// True when the logged user may build reports (manager or admin).
    bool allowed() const { return m_allowed; }

    /// Builds the chosen report and writes its files, as the "Create" button does. Returns the
    /// PDF path, or "" when something went wrong (the status line says what).
    std::string generate();

    // For tests and the manager menu: set the choices without the mouse.
    void choose(Kind kind);
    void set_month(const reports::Month& month);
    void set_folder(const std::string& folder);
    void set_csv(bool csv);
    void set_internal(bool internal);
    wxString status() const;
    int progress() const;

private:
    void build_controls();
    void on_kind_changed();
    std::string write(const reports::ReportDocument& document, const std::string& stem);
    void show_progress(int done, int total, const std::string& next);
    void say(const wxString& message, bool ok);

    storage::Store& m_store;
    const services::Clock& m_clock;
    bool m_allowed = false;
    bool m_may_lift_suppression = false;
    wxChoice* m_kind = nullptr;
    wxChoice* m_month = nullptr;
    wxSpinCtrl* m_year = nullptr;
    wxTextCtrl* m_from = nullptr;
    wxTextCtrl* m_to = nullptr;
    wxDirPickerCtrl* m_folder = nullptr;
    wxCheckBox* m_csv = nullptr;
    wxCheckBox* m_internal = nullptr;
    wxButton* m_create = nullptr;
    wxGauge* m_gauge = nullptr;
    wxStaticText* m_step = nullptr;
    wxStaticText* m_status = nullptr;
    std::vector<reports::Month> m_months;
};

} // namespace cabas::ui
