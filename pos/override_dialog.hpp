// The manager's override of a refusal or a limit: manager login, PIN (masked) and a reason,
// all three required. Storing it with the sale is the service's job.
#pragma once

#include <wx/dialog.h>

#include <string>

class wxStaticText;
class wxTextCtrl;

namespace cabas::ui {

class OverrideDialog : public wxDialog {
public:
    OverrideDialog(wxWindow* parent, const wxString& refusal);

    std::string manager() const;
    std::string pin() const;
    std::string reason() const;
    wxTextCtrl* manager_field() const { return m_manager; }
    wxTextCtrl* pin_field() const { return m_pin; }
    wxTextCtrl* reason_field() const { return m_reason; }
    void submit();

private:
    wxTextCtrl* m_manager = nullptr;
    wxTextCtrl* m_pin = nullptr;
    wxTextCtrl* m_reason = nullptr;
    wxStaticText* m_error = nullptr;
};

} // namespace cabas::ui
