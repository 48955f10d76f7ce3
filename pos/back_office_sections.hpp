// The back office's sections (households, commission, stock, reports, access log...): one table
// saying which key opens which screen for which roles, read by the menu, its key dispatch and
// the F1 help alike. Screens themselves live in their own panels; this table only creates them.
#pragma once

#include "services/till/till_service.hpp"
#include "services/access_control.hpp"

#include <wx/string.h>

#include <functional>
#include <vector>

class wxWindow;

namespace cabas::storage { class Store; }
namespace cabas::services { class Clock; }

namespace cabas::ui {

/// What every back-office screen is built from: the database, the clock and who is logged in
/// (the services enforce the role again; the menu only hides what a role may not open).
struct BackOfficeContext {
    storage::Store& store;
    const services::Clock& clock;
    services::LoggedUser user;
};

struct BackOfficeSection {
    int key_code;        ///< WXK_F2 ...
    wxString key_name;   ///< "F2"
    wxString label;      ///< translated name on the menu button
    services::Capability capability;   ///< who may open it (services/access_control.hpp)
    std::function<wxWindow*(wxWindow* parent, const BackOfficeContext&)> create;
};

/// Every section, in menu order.
std::vector<BackOfficeSection> back_office_sections();

/// The sections `user` may open.
std::vector<BackOfficeSection> back_office_sections_for(const services::LoggedUser& user);

} // namespace cabas::ui
