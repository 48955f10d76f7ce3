// The CCAS's consolidated monthly report built from its register: two demo épiceries in two
// schemas of one CCAS database, the CCAS reader logged in at each, the total the sum of what
// each site builds for itself, and a site that did not grant the account refusing the whole.
#include "service_fixtures.hpp"

#include "core/error.hpp"
#include "services/ccas/ccas_sites.hpp"
#include "services/ccas/consolidated_report.hpp"
#include "services/demo/demo_seeder.hpp"
#include "services/reports/fse_report.hpp"
#include "services/reports/monthly_report.hpp"
#include "storage/postgres_uri.hpp"
#include "storage/store.hpp"
#include "support/test_ccas_database.hpp"
#include "support/test_login.hpp"

#include <catch2/catch.hpp>

using namespace cabas;

namespace {

const core::Date kToday = core::Date::from_ymd(2026, 11, 23);
const reports::Month kOctober{2026, 10};

struct DemoSite {
    std::string location;
    std::unique_ptr<storage::Store> store;

    DemoSite(const test_support::FreshCcasDatabase& ccas, const std::string& schema, const std::string& code,
             const std::string& name, std::uint64_t seed)
        : location(ccas.new_site_schema(schema)), store(storage::open_store(location, storage::PinHashCost::minimum())) {
        services::demo::seed_demo(*store, kToday, seed);
        const auto admin = cabas::testing::log_in_now(*store, "admin", "4444");
        REQUIRE(admin);
        services::ccas::register_site(*store, *admin, location, code, name);
    }
    reports::FseReport own_year() {
        const auto admin = cabas::testing::log_in_now(*store, "admin", "4444");
        return services::build_fse_report(*store, *admin, core::Date::from_ymd(2026, 1, 1),
                                          core::Date::from_ymd(2026, 12, 31), true);
    }
    reports::MonthlyReport own_report() {
        const auto admin = cabas::testing::log_in_now(*store, "admin", "4444");
        return services::build_monthly_report(*store, *admin, kOctober);
    }
};

} // namespace

TEST_CASE("a CCAS reader with an account at every site gets each site's report and their sum",
          "[postgres][ccas][report]") {
    test_support::FreshCcasDatabase ccas;
    DemoSite centre(ccas, "centre", "CENTRE", "Épicerie du centre", 1);
    DemoSite nord(ccas, "nord", "NORD", "Épicerie nord", 2);
    const services::FixedClock clock{kToday};

    const auto report = services::ccas::build_consolidated_monthly(centre.location, {"paul", "2222"}, clock,
                                                                   "CCAS de Test", kOctober);
    REQUIRE(report.sites.size() == 2);
    CHECK(report.sites[0].site_name == "Épicerie du centre");
    CHECK(report.sites[1].site_name == "Épicerie nord");
    const auto a = centre.own_report();
    const auto b = nord.own_report();
    CHECK(report.sites[0].report.current.served == a.current.served);
    CHECK(report.sites[1].report.current.visits == b.current.visits);
    CHECK(report.total.current.served == a.current.served + b.current.served);
    CHECK(report.total.current.visits == a.current.visits + b.current.visits);
    CHECK(report.total.current.value == a.current.value + b.current.value);
    CHECK(report.total.current.served > 0);
    CHECK(report.document.sections.back().title.rfind("Total du CCAS — ", 0) == 0);
}

TEST_CASE("a site whose account is missing or may not build reports refuses the consolidated report",
          "[postgres][ccas][report]") {
    test_support::FreshCcasDatabase ccas;
    DemoSite centre(ccas, "centre", "CENTRE", "Épicerie du centre", 1);
    DemoSite nord(ccas, "nord", "NORD", "Épicerie nord", 2);
    const services::FixedClock clock{kToday};
    // An account of the centre only: the north épicerie never granted it.
    centre.store->users().add("ccas", "Responsable CCAS", core::Role::Manager, "5555");
    CHECK_THROWS_WITH(services::ccas::build_consolidated_monthly(ccas.uri(), {"ccas", "5555"}, clock, "CCAS", kOctober),
                      Catch::StartsWith("épicerie Épicerie nord : "));
    CHECK_THROWS_WITH(services::ccas::build_consolidated_monthly(ccas.uri(), {"marie", "1111"}, clock, "CCAS", kOctober),
                      Catch::StartsWith("épicerie Épicerie du centre : "));
    CHECK_THROWS_AS(services::ccas::build_consolidated_monthly("/tmp/cabas.db", {"paul", "2222"}, clock, "CCAS", kOctober),
                    ValidationError);
}

TEST_CASE("the consolidated annual report is each site's annual report and their sum, refused by a site that did not "
          "grant the account", "[postgres][ccas][report]") {
    test_support::FreshCcasDatabase ccas;
    DemoSite centre(ccas, "centre", "CENTRE", "Épicerie du centre", 1);
    DemoSite nord(ccas, "nord", "NORD", "Épicerie nord", 2);
    const services::FixedClock clock{kToday};

    const auto report = services::ccas::build_consolidated_annual(ccas.uri(), {"paul", "2222"}, clock, "CCAS de Test", 2026);
    REQUIRE(report.sites.size() == 2);
    CHECK(report.year == 2026);
    const auto a = centre.own_year();
    const auto b = nord.own_year();
    CHECK(report.sites[0].report.recipients.households == a.recipients.households);
    CHECK(report.sites[1].report.recipients.persons == b.recipients.persons);
    CHECK(report.total.recipients.households == a.recipients.households + b.recipients.households);
    CHECK(report.total.recipients.persons == a.recipients.persons + b.recipients.persons);
    CHECK(report.total.recipients.households > 0);
    REQUIRE(report.total.months.size() == a.months.size());
    for (std::size_t i = 0; i < a.months.size(); ++i) {
        INFO(a.months[i].month);
        CHECK(report.total.months[i].visits == a.months[i].visits + b.months[i].visits);
    }
    CHECK(report.document.title == "Rapport annuel consolidé du CCAS");
    CHECK(report.document.sections.back().title.rfind("Total du CCAS — ", 0) == 0);

    centre.store->users().add("ccas", "Responsable CCAS", core::Role::Manager, "5555");
    CHECK_THROWS_WITH(services::ccas::build_consolidated_annual(ccas.uri(), {"ccas", "5555"}, clock, "CCAS", 2026),
                      Catch::StartsWith("épicerie Épicerie nord : "));
    // A volunteer may not build reports: refused at the first site, nothing built.
    CHECK_THROWS_WITH(services::ccas::build_consolidated_annual(ccas.uri(), {"marie", "1111"}, clock, "CCAS", 2026),
                      Catch::StartsWith("épicerie Épicerie du centre : "));
}

TEST_CASE("inscribing a site needs a PostgreSQL database and an administrator of that site", "[ccas]") {
    services::testing::TempStore store;
    const services::LoggedUser volunteer{1, "marie", "Marie", core::Role::Volunteer};
    CHECK_THROWS_AS(services::ccas::register_site(*store, volunteer, store.location(), "X", "X"), PermissionError);
    const services::LoggedUser admin{4, "admin", "Admin", core::Role::Admin};
    if (!storage::is_postgres_uri(store.location()))
        CHECK_THROWS_WITH(services::ccas::register_site(*store, admin, store.location(), "X", "X"),
                          Catch::Contains("une base SQLite reste une épicerie seule"));
}
