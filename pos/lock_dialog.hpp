// The screen shown after a while without use: it covers everything (a household's file or a
// basket must not stay in view of whoever walks by) and asks the PIN of the person whose screen
// it was. Enter with that PIN gives the screen back exactly as it was; F12 hands over to
// someone else (back to the login, nothing half-done is recorded). Escape does nothing.
#pragma once

#include "services/till/till_service.hpp"

#include <wx/dialog.h>

#include <vector>

class wxStaticText;
class wxTextCtrl;

namespace cabas::storage { class Store; }

namespace cabas::ui {

class LockDialog : public wxDialog {
public:
    /// `owners`: who may unlock (the user at the till, and the manager over it when the back
    /// office was opened from the till). The first is named on the screen.
    LockDialog(wxWindow* parent, storage::Store& store, const services::Clock& clock,
               std::vector<services::LoggedUser> owners, int minutes);

    wxTextCtrl* pin_field() const { return m_pin; }
    wxString error_text() const;
    /// Enter: unlocks (wxID_OK) when the PIN is one of the owners'.
    void submit();
    /// F12: wxID_CANCEL, the frame then logs out.
    void switch_user();

private:
    void finish(int code);

    storage::Store& m_store;
    const services::Clock& m_clock;
    std::vector<services::LoggedUser> m_owners;
    wxTextCtrl* m_pin = nullptr;
    wxStaticText* m_error = nullptr;
};

} // namespace cabas::ui
