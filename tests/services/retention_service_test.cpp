// Retention as a service: the cutoff is 24 months before the day, only an admin lists or
// applies it, and each anonymisation is written to the access log, all in one transaction.
#include "household_fixtures.hpp"

#include "services/retention_service.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services;
using namespace cabas::services::testing;
using core::Role;

TEST_CASE("the retention cutoff is the same day 24 months earlier", "[retention]") {
    struct Row {
        core::Date today;
        core::Date cutoff;
    };
    const Row rows[] = {
        {core::Date::from_ymd(2026, 11, 23), core::Date::from_ymd(2024, 11, 23)},
        {core::Date::from_ymd(2028, 2, 29), core::Date::from_ymd(2026, 2, 28)},
        {core::Date::from_ymd(2027, 1, 1), core::Date::from_ymd(2025, 1, 1)},
        {core::Date::from_ymd(2026, 12, 31), core::Date::from_ymd(2024, 12, 31)},
    };
    for (const auto& row : rows) {
        INFO(row.today.iso());
        CHECK(retention_cutoff(row.today) == row.cutoff);
    }
}

TEST_CASE("only an admin anonymises, each file is logged, and a recent file is left alone", "[retention]") {
    HouseholdWorld w;  // files created on 2026-11-23
    const auto old_file = w.referral("D-OLD");
    const core::Date later = core::Date::from_ymd(2029, 1, 10);  // cutoff 2027-01-10
    FixedClock recent_clock{core::Date::from_ymd(2027, 6, 1)};
    households::HouseholdService recent_service(*w.store, recent_clock, user_with(Role::SocialWorker), w.serials);
    recent_service.create(worked_check_file("D-RECENT"));

    for (const Role role : {Role::Volunteer, Role::Manager, Role::SocialWorker}) {
        CHECK_THROWS_AS(retention_due(*w.store, user_with(role), later), PermissionError);
        CHECK_THROWS_AS(apply_retention(*w.store, user_with(role), later), PermissionError);
    }
    const auto due = retention_due(*w.store, user_with(Role::Admin), later);
    REQUIRE(due.size() == 1);
    CHECK(due[0].file_number == "D-OLD");
    CHECK(due[0].last_contact == kHouseholdDay);
    CHECK(w.logged("anonymise") == 0);  // listing writes nothing

    const auto done = apply_retention(*w.store, user_with(Role::Admin), later);
    REQUIRE(done.size() == 1);
    CHECK(w.logged("anonymise") == 1);
    CHECK(w.store->households().get(old_file)->file_number == "ANONYME-" + std::to_string(old_file));
    CHECK(w.store->households().find_by_file_number("D-RECENT"));
    CHECK(apply_retention(*w.store, user_with(Role::Admin), later).empty());
}
