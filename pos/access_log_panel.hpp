// The access log screen, for admins: who opened, changed or exported which household file and
// when, newest first, and its CSV export (itself logged). Other roles see a refusal.
#pragma once

#include "services/card_service.hpp"
#include "services/clock.hpp"
#include "services/households/household_service.hpp"
#include "services/till/till_service.hpp"

#include <wx/panel.h>

#include <string>

class wxStaticText;

namespace cabas::storage { class Store; }

namespace cabas::ui {

class ListView;

class AccessLogPanel : public wxPanel {
public:
    AccessLogPanel(wxWindow* parent, storage::Store& store, const services::Clock& clock,
                   const services::LoggedUser& user);

    void refresh();
    /// Writes the whole log as CSV to `path`.
    bool export_csv(const std::string& path);

    ListView* list() const { return m_list; }
    wxStaticText* message() const { return m_message; }

private:
    services::RandomSerialSource m_serials;
    services::households::HouseholdService m_service;
    ListView* m_list = nullptr;
    wxStaticText* m_message = nullptr;
};

} // namespace cabas::ui
