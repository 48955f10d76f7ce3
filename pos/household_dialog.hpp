// One household file in a dialog: the editable file (social workers and admins), the access
// and card page, and the history of visits (social roles only). Opening it is logged by the
// service; a manager's dialog is built from the manager's view, so it never holds social data.
#pragma once

#include "services/households/household_service.hpp"

#include <wx/dialog.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

class wxButton;
class wxListBox;
class wxNotebook;
class wxStaticText;

namespace cabas::ui {

class HouseholdAccessPage;
class HouseholdForm;

class HouseholdDialog : public wxDialog {
public:
    /// `household_id` 0 opens an empty file (a new referral); the service refuses it to roles
    /// that may not create files.
    HouseholdDialog(wxWindow* parent, services::households::HouseholdService& service, std::int64_t household_id);
    ~HouseholdDialog() override;

    /// Stores the form (create or update); returns false and says why when refused.
    bool save();
    std::int64_t household_id() const { return m_id; }
    /// Writes everything held about the household as a PDF for it (social roles; logged).
    bool export_data(const std::string& path);

    HouseholdForm* form() const { return m_form.get(); }
    HouseholdAccessPage* access() const { return m_access; }
    wxButton* save_button() const { return m_save; }
    wxString header_text() const;
    /// F12 saves the file; the access page's F-keys act from any page. False when no key matched.
    bool handle_key(int key);
    wxStaticText* message() const { return m_message; }
    wxNotebook* book() const { return m_book; }

    /// Called after the household changed (saved, decided, card...): the list refreshes.
    void on_changed(std::function<void()> f) { m_changed = std::move(f); }

private:
    void refresh_view();

    services::households::HouseholdService& m_service;
    std::int64_t m_id;
    std::function<void()> m_changed;
    wxNotebook* m_book = nullptr;
    std::unique_ptr<HouseholdForm> m_form;
    HouseholdAccessPage* m_access = nullptr;
    wxListBox* m_visits = nullptr;
    wxButton* m_save = nullptr;
    wxStaticText* m_message = nullptr;
    wxStaticText* m_header = nullptr;
};

} // namespace cabas::ui
