// The editable household file (social workers and admins): identity, referral, situation,
// referrer, project and FSE+ flags on one page; members, resources and charges line by line with the
// eligibility working beside them on another. Each field is checked as it changes and its
// reason is shown beside it; the eligibility is recomputed at every change.
#pragma once

#include "core/household_file.hpp"
#include "services/households/household_service.hpp"

#include <wx/string.h>

#include <functional>
#include <map>
#include <string>

class wxBookCtrlBase;
class wxCheckBox;
class wxChoice;
class wxStaticText;
class wxTextCtrl;
class wxWindow;

namespace cabas::ui {

class ListView;

class HouseholdForm {
public:
    /// Adds the form's two pages to `book`. `changed` is called after every check with whether
    /// the form may be saved.
    HouseholdForm(wxBookCtrlBase* book, services::households::HouseholdService& service,
                  std::function<void(bool)> changed);

    void load(const core::HouseholdFile& file);
    /// The file as typed (only meaningful when problems() is empty).
    core::HouseholdFile file() const;
    /// Every problem, one per line, empty when the form may be saved.
    const std::map<std::string, wxString>& problems() const { return m_problems; }

    /// Re-reads every field, shows the reasons and recomputes the eligibility.
    void check_all();

    wxTextCtrl* file_number() const { return m_file_number; }
    wxTextCtrl* referred_on() const { return m_referred_on; }
    wxTextCtrl* referred_by() const { return m_referred_by; }
    wxTextCtrl* referral_reason() const { return m_referral_reason; }
    wxStaticText* identity_reasons() const { return m_identity_reasons; }
    wxChoice* fse_nationality() const { return m_fse_nationality; }
    ListView* members() const { return m_members; }
    ListView* resources() const { return m_resources; }
    ListView* charges() const { return m_charges; }
    wxStaticText* eligibility() const { return m_eligibility; }
    wxStaticText* band() const { return m_band; }
    wxStaticText* working() const { return m_working; }
    wxStaticText* reasons() const { return m_reasons; }

private:
    wxWindow* build_identity(wxBookCtrlBase* book);
    wxWindow* build_lines(wxBookCtrlBase* book);
    void read_members(core::HouseholdFile& f);
    void read_lines(core::HouseholdFile& f);
    void read_identity(core::HouseholdFile& f);
    void show_eligibility(const core::HouseholdFile& f);
    void mark(ListView* grid, int row, int col, const std::string& key, const std::string& reason);
    void problem(const std::string& key, const wxString& reason);

    services::households::HouseholdService& m_service;
    std::function<void(bool)> m_changed;
    core::HouseholdFile m_loaded;
    core::HouseholdFile m_current;
    std::map<std::string, wxString> m_problems;

    wxTextCtrl* m_file_number = nullptr;
    wxTextCtrl* m_pseudonym = nullptr;
    wxChoice* m_type = nullptr;
    wxTextCtrl* m_neighbourhood = nullptr;
    wxTextCtrl* m_address = nullptr;
    wxChoice* m_housing = nullptr;
    wxChoice* m_main_resource = nullptr;
    wxTextCtrl* m_referrer_org = nullptr;
    wxTextCtrl* m_referrer_worker = nullptr;
    wxTextCtrl* m_referrer_kind = nullptr;
    wxTextCtrl* m_qf = nullptr;
    wxTextCtrl* m_referred_on = nullptr;
    wxTextCtrl* m_referred_by = nullptr;
    wxTextCtrl* m_referral_reason = nullptr;
    wxChoice* m_project_type = nullptr;
    wxTextCtrl* m_project_description = nullptr;
    wxTextCtrl* m_project_target = nullptr;
    wxChoice* m_fse_nationality = nullptr;
    wxCheckBox* m_fse_disability = nullptr;
    wxCheckBox* m_fse_homeless = nullptr;
    wxTextCtrl* m_notes = nullptr;
    ListView* m_members = nullptr;
    ListView* m_resources = nullptr;
    ListView* m_charges = nullptr;
    wxStaticText* m_eligibility = nullptr;
    wxStaticText* m_band = nullptr;
    wxStaticText* m_working = nullptr;
    wxStaticText* m_reasons = nullptr;
    wxStaticText* m_identity_reasons = nullptr;
};

} // namespace cabas::ui
