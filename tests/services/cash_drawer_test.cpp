// Opening the cash drawer without a sale: managers and admins only, each opening in the access
// log; the drawer setting needs a thermal printer.
#include "service_fixtures.hpp"

#include "core/error.hpp"
#include "services/settings_service.hpp"
#include "services/till/cash_drawer.hpp"
#include "storage/store.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace cabas;
using namespace cabas::services;

namespace {

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace

TEST_CASE("a manager opens the drawer without a sale, logged; a volunteer may not", "[drawer]") {
    testing::TempStore store;
    const auto paul = testing::acting(core::Role::Manager, "paul");
    CHECK_FALSE(till::open_cash_drawer(*store, paul).opened);
    CHECK(till::open_cash_drawer(*store, paul).message == "Aucun tiroir-caisse n'est réglé (Paramètres, F8)");

    const std::string device = store.file("lp0");
    std::ofstream(device).flush();
    save_settings(*store, paul, {{"printer.mode", "escpos-device"}, {"printer.device", device}, {"drawer.mode", "pin2"}});
    const auto opened = till::open_cash_drawer(*store, paul);
    CHECK(opened.opened);
    CHECK(read_all(device) == std::string("\x1B\x70\x00\x19\xFA", 5));
    storage::AccessLogFilter filter;
    filter.user_login = "paul";
    const auto log = store->access_log().list(filter);
    REQUIRE_FALSE(log.empty());
    CHECK(log.front().action == "drawer_open");
    CHECK(log.front().detail == "tiroir-caisse ouvert sans vente");

    CHECK_THROWS_AS(till::open_cash_drawer(*store, testing::acting(core::Role::Volunteer, "marie")), PermissionDenied);
}

TEST_CASE("the drawer setting is refused while tickets go to PDF files", "[drawer]") {
    testing::TempStore store;
    const auto paul = testing::acting(core::Role::Manager, "paul");
    CHECK_THROWS_WITH(save_settings(*store, paul, {{"drawer.mode", "pin2"}}),
                      Catch::Contains("drawer.mode") && Catch::Contains("choisissez d'abord une imprimante thermique"));
    CHECK(current_settings(*store).at("drawer.mode") == "none");
}
