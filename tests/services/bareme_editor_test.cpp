// The barème screen's service: history, the impact of a proposed version on the households
// followed today, and saving it as a new dated version (admin only, never in the past).
#include "service_fixtures.hpp"

#include "core/error.hpp"
#include "services/bareme_editor.hpp"
#include "services/bareme_service.hpp"
#include "services/demo/demo_seeder.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services;
using Catch::Contains;

namespace {

const core::Date kToday = core::Date::from_ymd(2026, 12, 3);

} // namespace

TEST_CASE("a proposed barème says how many followed households would change", "[bareme][editor]") {
    testing::TempStore store;
    demo::seed_demo(*store, kToday, 1);
    const auto admin = testing::acting(core::Role::Admin, "admin");
    const core::Bareme current = bareme_in_force(*store, kToday);

    const BaremeImpact same = preview_bareme(*store, admin, current, kToday);
    REQUIRE(same.households > 10);
    CHECK(same.decision_changes == 0);
    CHECK(same.band_changes == 0);
    CHECK(same.rate_changes == 0);
    CHECK(same.credit_changes == 0);

    struct Case {
        const char* what;
        std::function<void(core::Bareme&)> change;
        std::function<void(const BaremeImpact&, int households)> expect;
    };
    const Case cases[] = {
        {"every rate doubles under a flat policy", [](core::Bareme& b) { b.flat_rate = core::Rate::percent(20); },
         [](const BaremeImpact& i, int n) {
             CHECK(i.rate_changes == n);
             CHECK(i.decision_changes == 0);
         }},
        {"a threshold nobody reaches refuses everyone",
         [](core::Bareme& b) {
             b.per_person = {core::Money::from_cents(1), core::Money::from_cents(2), core::Money::from_cents(0)};
         },
         [](const BaremeImpact& i, int n) {
             CHECK(i.decision_changes > 0);
             CHECK(i.decision_changes <= n);
             int total = 0;
             for (const auto& [label, count] : i.new_decisions) total += count;
             CHECK(total == i.decision_changes);
             CHECK(i.new_decisions.count("Non éligible") == 1);
             CHECK(i.band_changes > 0);
         }},
        {"a higher credit per UC changes credits, not decisions",
         [](core::Bareme& b) { b.credit.per_uc_month = core::Money::from_euros(120); },
         [](const BaremeImpact& i, int) {
             CHECK(i.credit_changes > 0);
             CHECK(i.decision_changes == 0);
             CHECK(i.rate_changes == 0);
         }},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what);
        core::Bareme proposed = current;
        c.change(proposed);
        const BaremeImpact impact = preview_bareme(*store, admin, proposed, kToday);
        CHECK(impact.households == same.households);
        c.expect(impact, impact.households);
    }
    CHECK_THROWS_AS(preview_bareme(*store, testing::acting(core::Role::Manager), current, kToday), PermissionError);
}

TEST_CASE("a barème is saved as a new dated version, never in the past", "[bareme][editor]") {
    testing::TempStore store;
    const auto admin = testing::acting(core::Role::Admin, "admin");
    core::Bareme proposed = bareme_in_force(*store, kToday);
    proposed.label = "Barème 2027";
    proposed.effective_from = core::Date::from_ymd(2027, 1, 1);
    proposed.credit.per_uc_month = core::Money::from_euros(95);

    auto past = proposed;
    past.effective_from = kToday.plus_days(-1);
    CHECK_THROWS_WITH(save_bareme_version(*store, admin, past, kToday), Contains("date_effet"));
    auto unnamed = proposed;
    unnamed.label.clear();
    CHECK_THROWS_WITH(save_bareme_version(*store, admin, unnamed, kToday), Contains("libelle"));
    auto broken = proposed;
    broken.credit.visits_per_week = 0;
    CHECK_THROWS_AS(save_bareme_version(*store, admin, broken, kToday), ValidationError);
    CHECK_THROWS_AS(save_bareme_version(*store, testing::acting(core::Role::Manager), proposed, kToday), PermissionError);
    CHECK(bareme_history(*store, admin, kToday).size() == 1);

    const int version = save_bareme_version(*store, admin, proposed, kToday);
    CHECK(version == 2);
    const auto history = bareme_history(*store, admin, kToday);
    REQUIRE(history.size() == 2);
    CHECK(history[0].version == 2);
    CHECK(history[0].label == "Barème 2027");
    CHECK_FALSE(history[0].in_force);  // from 1 January
    CHECK(history[1].in_force);
    CHECK(bareme_in_force(*store, core::Date::from_ymd(2027, 1, 1)).credit.per_uc_month == core::Money::from_euros(95));
    CHECK(bareme_history(*store, admin, core::Date::from_ymd(2027, 1, 2))[0].in_force);

    storage::AccessLogFilter filter;
    filter.action = "set_bareme";
    const auto logged = store->access_log().list(filter);
    REQUIRE(logged.size() == 1);
    CHECK_THAT(logged.front().detail, Contains("version 2 « Barème 2027 »"));
}
