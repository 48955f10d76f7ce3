// The login screen: user and PIN (masked), Enter to go on. Says only "wrong user or PIN",
// never which of the two was wrong, or until when the login is locked after wrong PINs.
#pragma once

#include <wx/panel.h>

#include <functional>
#include <string>

class wxStaticText;
class wxTextCtrl;

namespace cabas::ui {

class LoginPanel : public wxPanel {
public:
    /// `attempt(login, pin)` logs the user in and returns nothing, or returns why not.
    LoginPanel(wxWindow* parent, const wxString& shop_name,
               std::function<wxString(const std::string&, const std::string&)> attempt);

    wxTextCtrl* user_field() const { return m_user; }
    wxTextCtrl* pin_field() const { return m_pin; }
    wxString error_text() const;
    void focus_user();
    /// A standing notice under the fields, in red; `good` news in green (the épicerie is ready).
    void set_notice(const wxString& text, bool good = false);
    /// Fills the login (the administrator just created) and puts the cursor on the PIN.
    void expect_pin_of(const wxString& login);
    void set_shop_name(const wxString& shop_name);
    void submit();

private:
    static constexpr int kMessageWidth = 640;
    void show_message(const wxString& text);

    wxTextCtrl* m_user = nullptr;
    wxTextCtrl* m_pin = nullptr;
    wxStaticText* m_error = nullptr;
    wxStaticText* m_title = nullptr;
    std::function<wxString(const std::string&, const std::string&)> m_attempt;
};

} // namespace cabas::ui
