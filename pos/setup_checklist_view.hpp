// The admin's "first steps" on the back-office home: the five things a new épicerie does
// after the first run, each with the key of the screen where it is done, ticked from the data
// (services::setup_checklist) every time the home is shown. Gone once all are done.
#pragma once

#include "services/access_control.hpp"

#include <wx/panel.h>

#include <vector>

class wxStaticText;

namespace cabas::storage { class Store; }

namespace cabas::ui {

class SetupChecklistView : public wxPanel {
public:
    SetupChecklistView(wxWindow* parent, storage::Store& store, services::LoggedUser user);
    /// Reads the data again; hides the list when everything is done.
    void refresh();
    /// The rows as shown ("Fait — …", "À faire — … (F9)").
    wxString text() const;
    bool complete() const { return m_complete; }

private:
    storage::Store& m_store;
    services::LoggedUser m_user;
    std::vector<wxStaticText*> m_rows;
    bool m_complete = false;
};

} // namespace cabas::ui
