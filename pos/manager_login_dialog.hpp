// Who opens the back office from the till: a manager or admin types their login and PIN (the
// volunteer at the till stays logged in underneath). Wrong PIN or a role that may not open it
// is said in the dialog, which stays open.
#pragma once

#include "services/till/till_service.hpp"

#include <wx/dialog.h>

#include <optional>

class wxStaticText;
class wxTextCtrl;

namespace cabas::storage { class Store; }

namespace cabas::ui {

class ManagerLoginDialog : public wxDialog {
public:
    ManagerLoginDialog(wxWindow* parent, storage::Store& store, const services::Clock& clock);

    /// Set once a login succeeded with a role that may open the back office.
    const std::optional<services::LoggedUser>& user() const { return m_user; }
    wxTextCtrl* login_field() const { return m_login; }
    wxTextCtrl* pin_field() const { return m_pin; }
    wxString error_text() const;
    void submit();

private:
    storage::Store& m_store;
    const services::Clock& m_clock;
    wxTextCtrl* m_login = nullptr;
    wxTextCtrl* m_pin = nullptr;
    wxStaticText* m_error = nullptr;
    std::optional<services::LoggedUser> m_user;
};

} // namespace cabas::ui
