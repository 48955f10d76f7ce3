// Opening the drawer without a sale (see cash_drawer.hpp).
#include "services/till/cash_drawer.hpp"

#include "core/error.hpp"
#include "reports/receipt_printer.hpp"
#include "services/settings_service.hpp"
#include "storage/store.hpp"

namespace cabas::services::till {

DrawerOutcome open_cash_drawer(storage::Store& store, const LoggedUser& by) {
    require(store, by, Capability::OpenDrawer);
    reports::PrinterSettings printer;
    try {
        printer = reports::from_settings(current_settings(store));
    } catch (const ValidationError& e) {
        return {false, e.what()};
    }
    const reports::PrintResult sent = reports::open_drawer(printer);  // says so itself when no drawer is set
    if (printer.drawer_pin != 0)
        store.access_log().append(by.login, "drawer_open", std::nullopt,
                                  sent.ok ? "tiroir-caisse ouvert sans vente" : "tiroir-caisse : " + sent.message);
    return {sent.ok, sent.message};
}

} // namespace cabas::services::till
