// The demo's till history: sales in the last three months, each household at most once a week,
// credits never exceeded, a verified journal, and every session closed.
#include "service_fixtures.hpp"

#include "core/household.hpp"
#include "services/demo/demo_seeder.hpp"
#include "services/till/journal.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace cabas;
using services::testing::TempStore;

TEST_CASE("the demo history sells through the till within visits and credits, with a verified journal", "[till][demo]") {
    const core::Date today = core::Date::from_ymd(2026, 11, 23);
    TempStore store;
    auto stats = services::demo::seed_demo(*store, today, 42);
    CHECK(stats.sessions == 26);
    REQUIRE(stats.sales > 100);
    CHECK(services::till::verify_journal(*store).ok);
    CHECK_FALSE(store->sales().open_session_of("caisse-1"));

    std::map<std::string, std::set<std::int32_t>> weeks;
    int sales = 0;
    for (std::int64_t session = 1; session <= stats.sessions; ++session)
        for (const auto& sale : store->sales().sales_of_session(session)) {
            ++sales;
            const core::Date day = core::parse_date(sale.sold_at.substr(0, 10));
            CHECK(day < today);
            CHECK(day >= today.plus_days(-92));
            CHECK(weeks[sale.household_code].insert(day.week_start().days_since_epoch()).second);  // one visit a week
        }
    CHECK(sales == stats.sales);
    // No household is over its monthly credit in any month of the history.
    for (const auto& [code, visited] : weeks) {
        auto file = store->households().find_by_sales_code(code);
        REQUIRE(file);
        for (int m = 0; m < 4; ++m) {
            const core::Date month_end = today.plus_months(-m).month_end() < today ? today.plus_months(-m).month_end() : today;
            const auto usage = store->usage().credit_usage(code, month_end);
            const int uc = core::consumption_units_tenths(file->composition.members, month_end);
            CHECK(usage.used_this_month <= core::monthly_credit(core::Bareme::defaults().credit, uc));
        }
    }
}
