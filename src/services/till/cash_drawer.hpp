// Opening the cash drawer without a sale: a manager's key (F11 in the back office). Drawers
// open by themselves on a cash payment (reports/receipt_printer.hpp); opening one otherwise is
// what a till's audit looks at first, so each opening is written to the access log.
#pragma once

#include "services/access_control.hpp"

#include <string>

namespace cabas::storage { class Store; }

namespace cabas::services::till {

struct DrawerOutcome {
    bool opened = false;
    std::string message;  ///< French, for the screen: "Tiroir-caisse ouvert" or why not
};

/// OpenDrawer (manager, admin); logged as "drawer_open" whether the printer answered or not.
DrawerOutcome open_cash_drawer(storage::Store&, const LoggedUser& by);

} // namespace cabas::services::till
