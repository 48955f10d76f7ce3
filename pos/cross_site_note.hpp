// What the household screens add to "File saved." or "Access renewed": the adults already
// followed at another épicerie of the CCAS (services/households/cross_site_check.hpp), never
// that épicerie's name or file, and, once per run of the program, why the check is unavailable.
#pragma once

#include "services/households/household_service.hpp"

#include <wx/string.h>

namespace cabas::ui {

struct CrossSiteNote {
    wxString text;                    ///< starts with a line break; empty when nothing to say
    bool followed_elsewhere = false;  ///< the screen shows the message as an alert
};

CrossSiteNote cross_site_note(const services::households::HouseholdService&);

} // namespace cabas::ui
