// The admin's accounts screen: who may log in, with which role; add an account (login, name,
// role, PIN), set a new PIN, deactivate or reactivate one, lift the lock that wrong PINs put on
// it. A thin view over services::user_service and services::login, which refuse anyone but an
// admin whatever this screen shows.
#pragma once

#include "pos/back_office_sections.hpp"

#include <wx/panel.h>

#include <string>
#include <vector>

class wxButton;
class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace cabas::ui {

class ListView;

class UsersPanel : public wxPanel {
public:
    UsersPanel(wxWindow* parent, const BackOfficeContext& context);

    ListView* list() const { return m_list; }
    /// Fills the new-account fields as typed (GUI tests), role by code ("manager").
    void fill_new_account(const wxString& login, const wxString& name, const std::string& role, const wxString& pin);
    void add_account();
    /// Sets the PIN of the selected account; `pin` empty asks it in a dialog.
    void change_selected_pin(const wxString& pin = wxString());
    void toggle_selected_active();
    /// Lifts the lock of the selected account (services::unlock_login).
    void unlock_selected();
    /// The State column of `login`'s row ("active", "locked until 18 h 01"...).
    wxString state_of(const std::string& login) const;
    void select_login(const std::string& login);
    wxString status_text() const;

private:
    void reload();
    void say(bool ok, const wxString& text);
    std::string selected_login() const;

    BackOfficeContext m_context;
    std::vector<std::string> m_logins;
    std::vector<wxString> m_states;
    ListView* m_list = nullptr;
    wxTextCtrl* m_login = nullptr;
    wxTextCtrl* m_name = nullptr;
    wxChoice* m_role = nullptr;
    wxTextCtrl* m_pin = nullptr;
    wxStaticText* m_status = nullptr;
};

} // namespace cabas::ui
