// The reports screen (see reports_panel.hpp). The build runs on the UI thread between progress
// updates: a monthly report takes well under a second on a year of data, and SQLite reads must
// stay on the connection's thread, so a worker thread would buy nothing but risk.
#include "pos/reports_panel.hpp"

#include "core/error.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "reports/csv_export.hpp"
#include "reports/report_pdf.hpp"
#include "services/reports/fse_report.hpp"
#include "services/reports/monthly_report.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/filepicker.h>
#include <wx/gauge.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <filesystem>

namespace cabas::ui {

ReportsPanel::ReportsPanel(wxWindow* parent, storage::Store& store, const services::Clock& clock,
                           const services::LoggedUser& user)
    : wxPanel(parent), m_store(store), m_clock(clock), m_user(user),
      // The screen shows what the capability table allows; the report builders check it again.
      m_allowed(services::may(user, services::Capability::BuildReports)),
      m_may_lift_suppression(services::may(user, services::Capability::MakeReportInternal)) {
    use_font(this, base_points);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(this, wxID_ANY, _("Reports"));
    title->SetFont(till_font(large_points, true));
    sizer->Add(title, 0, wxALL, 12);
    SetSizer(sizer);
    if (!m_allowed) {
        auto* refused = new wxStaticText(this, wxID_ANY, _("Reports are for managers, social workers and administrators."));
        refused->SetForegroundColour(palette().ink(Tone::Refused));
        sizer->Add(refused, 0, wxALL, 12);
        return;
    }
    build_controls();
    on_kind_changed();
}

void ReportsPanel::build_controls() {
    auto* grid = new wxFlexGridSizer(2, wxSize(12, 10));
    auto label = [&](const wxString& text) { grid->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL); };
    label(_("Report"));
    m_kind = new wxChoice(this, wxID_ANY);
    m_kind->Append(_("Monthly report to the CCAS"));
    m_kind->Append(_("Annual report"));
    m_kind->Append(_("FSE+ and food bank report"));
    m_kind->SetSelection(Monthly);
    grid->Add(m_kind, 0, wxEXPAND);
    label(_("Month"));
    // The last 24 months, the one before the current month first (the usual report).
    reports::Month m = reports::Month::of(m_clock.today());
    for (int i = 0; i < 24; ++i) {
        m_months.push_back(m);
        m = m.previous();
    }
    m_month = new wxChoice(this, wxID_ANY);
    for (const auto& month : m_months) m_month->Append(to_wx(month.french()));
    m_month->SetSelection(1);
    grid->Add(m_month, 0, wxEXPAND);
    label(_("Year"));
    m_year = new wxSpinCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 2000, 2100,
                            m_clock.today().year());
    grid->Add(m_year, 0, wxEXPAND);
    label(_("From (dd/mm/yyyy)"));
    m_from = new wxTextCtrl(this, wxID_ANY, to_wx(core::Date::from_ymd(m_clock.today().year(), 1, 1).french()));
    grid->Add(m_from, 0, wxEXPAND);
    label(_("To (dd/mm/yyyy)"));
    m_to = new wxTextCtrl(this, wxID_ANY, to_wx(m_clock.today().french()));
    grid->Add(m_to, 0, wxEXPAND);
    label(_("Folder"));
    m_folder = new wxDirPickerCtrl(this, wxID_ANY, wxGetHomeDir(), _("Folder for the report"), wxDefaultPosition,
                                   wxSize(420, -1), wxDIRP_USE_TEXTCTRL);
    grid->Add(m_folder, 0, wxEXPAND);
    grid->AddSpacer(0);
    m_csv = new wxCheckBox(this, wxID_ANY, _("Also save the tables as CSV (LibreOffice)"));
    m_csv->SetValue(true);
    grid->Add(m_csv);
    grid->AddSpacer(0);
    // Two lines: in the back office the panel is 1024 − the menu wide, and one line was cut.
    m_internal = new wxCheckBox(this, wxID_ANY, _("Internal document: show small counts\n(do not distribute)"));
    // Small counts can identify a household: only an admin may lift their suppression.
    m_internal->Enable(m_may_lift_suppression);
    grid->Add(m_internal);
    grid->AddGrowableCol(1);
    GetSizer()->Add(grid, 0, wxALL | wxEXPAND, 12);
    m_create = new wxButton(this, wxID_ANY, _("Create the report"), wxDefaultPosition, wxSize(-1, target_height));
    GetSizer()->Add(m_create, 0, wxLEFT | wxRIGHT, 12);
    m_gauge = new wxGauge(this, wxID_ANY, 6, wxDefaultPosition, wxSize(-1, 20));
    GetSizer()->Add(m_gauge, 0, wxALL | wxEXPAND, 12);
    m_step = new wxStaticText(this, wxID_ANY, wxEmptyString);
    GetSizer()->Add(m_step, 0, wxLEFT | wxRIGHT, 12);
    m_status = new wxStaticText(this, wxID_ANY, wxEmptyString);
    m_status->SetFont(till_font(base_points, true));
    GetSizer()->Add(m_status, 0, wxALL, 12);
    m_kind->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { on_kind_changed(); });
    m_create->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { generate(); });
}

void ReportsPanel::on_kind_changed() {
    const int kind = m_kind->GetSelection();
    m_month->Enable(kind == Monthly);
    m_year->Enable(kind == Annual);
    m_from->Enable(kind == Fse);
    m_to->Enable(kind == Fse);
}

void ReportsPanel::show_progress(int done, int total, const std::string& next) {
    m_gauge->SetRange(total);
    m_gauge->SetValue(done);
    m_step->SetLabel(to_wx(next));
    Update();
    wxYieldIfNeeded();
}

void ReportsPanel::say(const wxString& message, bool ok) {
    m_status->SetForegroundColour(palette().ink(ok ? Tone::Ok : Tone::Refused));
    m_status->SetLabel(message);
    m_status->Wrap(GetClientSize().GetWidth() - 24);
    Layout();
}

std::string ReportsPanel::write(const reports::ReportDocument& document, const std::string& stem) {
    const std::filesystem::path folder = from_wx(m_folder->GetPath());
    if (folder.empty() || !std::filesystem::is_directory(folder))
        throw ValidationError("dossier", "choisissez un dossier existant pour enregistrer le rapport");
    const std::string pdf = (folder / (stem + ".pdf")).string();
    reports::render_report_pdf(document, pdf);
    if (m_csv->GetValue()) reports::write_csv_tables(document, (folder / (stem + "-tableaux")).string());
    return pdf;
}

std::string ReportsPanel::generate() {
    if (!m_allowed) return {};
    std::string written;
    m_create->Disable();
    say(wxEmptyString, true);
    const bool ok = guarded(
        [&] {
            services::ReportOptions options;
            options.internal = m_may_lift_suppression && m_internal->GetValue();
            options.progress = [this](int done, int total, const std::string& next) { show_progress(done, total, next); };
            const int kind = m_kind->GetSelection();
            if (kind == Monthly) {
                const auto month = m_months.at(static_cast<std::size_t>(m_month->GetSelection()));
                written = write(services::build_monthly_report(m_store, m_user, month, options).document, "rapport-mensuel-" + month.iso());
            } else {
                const bool annual = kind == Annual;
                const core::Date from = annual ? core::Date::from_ymd(m_year->GetValue(), 1, 1)
                                               : core::parse_date(from_wx(m_from->GetValue()), "du");
                const core::Date to = annual ? core::Date::from_ymd(m_year->GetValue(), 12, 31)
                                             : core::parse_date(from_wx(m_to->GetValue()), "au");
                if (to < from) throw ValidationError("au", "la fin de la période précède son début");
                const auto report = services::build_fse_report(m_store, m_user, from, to, annual, options);
                written = write(report.document, annual ? "rapport-annuel-" + std::to_string(from.year())
                                                        : "rapport-fse-" + from.iso() + "-" + to.iso());
            }
        },
        [this](const wxString& message) { say(_("Report NOT saved: ") + message, false); });
    m_create->Enable();
    if (!ok) {
        // The gauge and the step must not say "done" beside a failure.
        m_gauge->SetValue(0);
        m_step->SetLabel(wxEmptyString);
        return {};
    }
    m_gauge->SetValue(m_gauge->GetRange());
    m_step->SetLabel(_("Done"));
    say(_("Report saved: ") + to_wx(written), true);
    return written;
}

void ReportsPanel::choose(Kind kind) {
    m_kind->SetSelection(kind);
    on_kind_changed();
}

void ReportsPanel::set_month(const reports::Month& month) {
    for (std::size_t i = 0; i < m_months.size(); ++i)
        if (m_months[i].iso() == month.iso()) m_month->SetSelection(static_cast<int>(i));
}

void ReportsPanel::set_folder(const std::string& folder) { m_folder->SetPath(to_wx(folder)); }
void ReportsPanel::set_csv(bool csv) { m_csv->SetValue(csv); }
void ReportsPanel::set_internal(bool internal) { m_internal->SetValue(internal); }
wxString ReportsPanel::status() const { return m_status ? m_status->GetLabel() : wxString(); }
int ReportsPanel::progress() const { return m_gauge ? m_gauge->GetValue() : 0; }

} // namespace cabas::ui
