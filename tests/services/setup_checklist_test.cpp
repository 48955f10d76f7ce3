// The admin's first steps tick themselves from the data, on both engines.
#include "household_fixtures.hpp"
#include "service_fixtures.hpp"

#include "core/error.hpp"
#include "services/clock.hpp"
#include "services/demo/demo_seeder.hpp"
#include "services/households/household_service.hpp"
#include "services/login.hpp"
#include "services/setup_checklist.hpp"
#include "services/user_service.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services;

namespace {

std::vector<bool> ticks(storage::Store& store, const LoggedUser& admin) {
    std::vector<bool> done;
    for (const SetupItem& item : setup_checklist(store, admin)) done.push_back(item.done);
    return done;
}

} // namespace

TEST_CASE("a new épicerie's first steps tick one by one as the data appears", "[setup]") {
    testing::TempStore store;
    const FixedClock clock(core::Date::from_ymd(2026, 12, 3));
    add_user(*store, std::nullopt, {"claire", "Claire", core::Role::Admin, "4821"});
    const auto claire = *log_in(*store, clock, "claire", "4821", LoginPlace::LoginScreen);
    CHECK(ticks(*store, claire) == std::vector<bool>{false, false, false, false, false});
    CHECK_FALSE(setup_complete(setup_checklist(*store, claire)));

    add_user(*store, claire, {"marie", "Marie", core::Role::Volunteer, "1111"});
    CHECK(ticks(*store, claire) == std::vector<bool>{true, false, false, false, false});
    set_user_active(*store, claire, "marie", false);
    CHECK(ticks(*store, claire)[0] == false);  // an account switched off is not a team

    CHECK_THROWS_AS(setup_checklist(*store, testing::acting(core::Role::Manager)), PermissionError);
}

TEST_CASE("households, products, a delivery and a printed card tick the rest", "[setup]") {
    testing::TempStore store;
    const core::Date today = core::Date::from_ymd(2026, 12, 3);
    demo::seed_demo(*store, today, 1);
    const auto admin = testing::acting(core::Role::Admin, "admin");
    const auto before = ticks(*store, admin);
    CHECK(before == std::vector<bool>{true, true, true, true, before[4]});

    const FixedClock clock(today);
    testing::CountingSerials serials;
    households::HouseholdService files(*store, clock, testing::user_with(core::Role::Manager), serials);
    for (const auto& household : store->households().list()) {
        if (!store->cards().active_card_of(household.id)) continue;
        files.card_to_print(household.id);
        break;
    }
    CHECK(ticks(*store, admin)[4]);
    CHECK(setup_complete(setup_checklist(*store, admin)));
}
