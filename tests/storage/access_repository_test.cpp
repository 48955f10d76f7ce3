// Tests of access periods, suspensions, exits and commission decisions in SQLite.
#include "fixtures.hpp"
#include "test_store.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::storage;
using core::Decision, core::ExpiryKind, core::MovementKind, core::PaymentMethod, core::Role;
using core::to_code, core::decision_from_code, core::role_from_code, core::payment_method_from_code;
using core::expiry_kind_from_code, core::movement_kind_from_code;
using namespace cabas::storage::testing;
using core::Date;

TEST_CASE("access periods come back with their suspensions and exit", "[storage]") {
    TestStore store;
    const auto household = add_household(store, "D-1");
    auto& repo = store.access();

    core::AccessPeriod renewal;
    renewal.start = Date::from_ymd(2026, 12, 1);
    renewal.end = Date::from_ymd(2027, 2, 28);
    renewal.renewal = true;
    renewal.rule_override = true;
    renewal.override_reason = "Décision de la commission du 25/11";
    renewal.suspensions = {{Date::from_ymd(2027, 1, 5), Date::from_ymd(2027, 1, 20), "Hospitalisation"}};
    renewal.exit = core::PeriodExit{Date::from_ymd(2027, 2, 10), core::ExitReason::GoalReached, "Permis obtenu"};

    core::AccessPeriod first;
    first.start = Date::from_ymd(2026, 9, 1);
    first.end = Date::from_ymd(2026, 11, 30);

    const auto renewal_id = repo.add_period(household, renewal);  // stored out of order on purpose
    const auto first_id = repo.add_period(household, first);
    const auto later = repo.add_suspension(first_id, {Date::from_ymd(2026, 10, 1), std::nullopt, "Absence"});
    CHECK(later > 0);

    auto periods = repo.periods_of(household);
    REQUIRE(periods.size() == 2);
    CHECK(periods[0].id == first_id);
    CHECK(periods[0].start == first.start);
    CHECK(periods[0].end == first.end);
    CHECK_FALSE(periods[0].renewal);
    CHECK_FALSE(periods[0].exit.has_value());
    REQUIRE(periods[0].suspensions.size() == 1);
    CHECK_FALSE(periods[0].suspensions[0].until.has_value());

    const auto& r = periods[1];
    CHECK(r.id == renewal_id);
    CHECK(r.renewal);
    CHECK(r.rule_override);
    CHECK(r.override_reason == renewal.override_reason);
    REQUIRE(r.suspensions.size() == 1);
    CHECK(r.suspensions[0].from == Date::from_ymd(2027, 1, 5));
    CHECK(r.suspensions[0].until == Date::from_ymd(2027, 1, 20));
    CHECK(r.suspensions[0].reason == "Hospitalisation");
    REQUIRE(r.exit);
    CHECK(r.exit->on == Date::from_ymd(2027, 2, 10));
    CHECK(r.exit->reason == core::ExitReason::GoalReached);
    CHECK(r.exit->note == "Permis obtenu");
    CHECK(repo.periods_of(household + 1).empty());
}

TEST_CASE("an open suspension is lifted on a date, and only once", "[storage]") {
    TestStore store;
    auto& repo = store.access();
    const auto household = add_household(store, "D-1");
    const auto period = repo.add_period(household, {0, Date::from_ymd(2026, 9, 1), Date::from_ymd(2026, 11, 30), false,
                                                    false, "", {}, std::nullopt});
    repo.add_suspension(period, {Date::from_ymd(2026, 10, 1), std::nullopt, "Absence"});
    CHECK_THROWS_AS(repo.lift_suspension(period, Date::from_ymd(2026, 9, 15)), ValidationError);
    repo.lift_suspension(period, Date::from_ymd(2026, 10, 15));
    CHECK(repo.periods_of(household).front().suspensions.front().until == Date::from_ymd(2026, 10, 15));
    CHECK_THROWS_AS(repo.lift_suspension(period, Date::from_ymd(2026, 10, 20)), ValidationError);
}

TEST_CASE("an exit is recorded once per period", "[storage]") {
    TestStore store;
    auto& repo = store.access();
    const auto household = add_household(store, "D-1");
    const auto period = repo.add_period(household, {0, Date::from_ymd(2026, 9, 1), Date::from_ymd(2026, 11, 30), false,
                                                    false, "", {}, std::nullopt});
    repo.record_exit(period, {Date::from_ymd(2026, 10, 31), core::ExitReason::Moved, "Déménagement à Lyon"});
    CHECK(repo.periods_of(household).front().exit->reason == core::ExitReason::Moved);
    CHECK_THROWS_AS(repo.record_exit(period, {Date::from_ymd(2026, 11, 1), core::ExitReason::DroppedOut, ""}),
                    ValidationError);
    CHECK_THROWS_AS(repo.record_exit(999, {Date::from_ymd(2026, 11, 1), core::ExitReason::DroppedOut, ""}),
                    ValidationError);
}

TEST_CASE("a period that ends before it starts, or for an unknown household, is refused", "[storage]") {
    TestStore store;
    auto& repo = store.access();
    const auto household = add_household(store, "D-1");
    CHECK_THROWS_AS(repo.add_period(household, {0, Date::from_ymd(2026, 9, 1), Date::from_ymd(2026, 8, 31), false,
                                                false, "", {}, std::nullopt}),
                    ValidationError);
    CHECK_THROWS_AS(repo.add_period(household + 1, {0, Date::from_ymd(2026, 9, 1), Date::from_ymd(2026, 11, 30),
                                                    false, false, "", {}, std::nullopt}),
                    ValidationError);
    CHECK_THROWS_AS(repo.add_suspension(42, {Date::from_ymd(2026, 10, 1), std::nullopt, ""}), ValidationError);
}

TEST_CASE("commission decisions come back in date order with their barème version", "[storage]") {
    TestStore store;
    auto& repo = store.access();
    const auto household = add_household(store, "D-1");
    const int version = store.baremes().add(core::Bareme::defaults(), "{}");
    repo.add_decision({0, household, Date::from_ymd(2026, 11, 25), Decision::Accepted, "RAV 8,63 €", "marie", version});
    repo.add_decision({0, household, Date::from_ymd(2026, 10, 28), Decision::Postponed, "Pièces manquantes", "marie",
                       std::nullopt});
    auto decisions = repo.decisions_of(household);
    REQUIRE(decisions.size() == 2);
    CHECK(decisions[0].decision == Decision::Postponed);
    CHECK_FALSE(decisions[0].bareme_version.has_value());
    CHECK(decisions[1].decision == Decision::Accepted);
    CHECK(decisions[1].reason == "RAV 8,63 €");
    CHECK(decisions[1].decided_by == "marie");
    CHECK(decisions[1].bareme_version == version);
    CHECK_THROWS_AS(repo.add_decision({0, household, Date::from_ymd(2026, 11, 25), Decision::Refused, "", "", 99}),
                    ValidationError);
    CHECK(to_code(Decision::Derogation) == "derogation");
    CHECK(decision_from_code("refused") == Decision::Refused);
}
