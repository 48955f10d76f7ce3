// cabas-cli retention on a fresh demo database: listing writes nothing, only an admin applies it,
// and after anonymisation no name is left while the monthly report's figures are unchanged.
#include "cli_runner.hpp"
#include "cli_test_dates.hpp"
#include "demo_figures.hpp"

#include <catch2/catch.hpp>

using cabas::testing::CliSandbox;
using cabas::testing::local_date;
using cabas::testing::monthly_line;
using cabas::testing::sqlite_query;
using cabas::testing::trim;

TEST_CASE("retention lists, then anonymises every demo file three years on, reports unchanged", "[cli][retention]") {
    CliSandbox box;
    REQUIRE(box.run({"init", "--demo"}).exit_code == 0);
    const std::string households = trim(sqlite_query(box.db(), "SELECT COUNT(*) FROM households"));
    const std::string month =
        trim(sqlite_query(box.db(), "SELECT strftime('%Y-%m', MAX(sold_at), 'start of month', '-1 month') FROM sales"));
    const std::string before = monthly_line(box, month);
    const std::string later = local_date(-3);  // three years on: every demo contact is older than 24 months

    const auto today = box.run({"retention", "--user", "admin", "--pin", "4444"});
    INFO(today.err);
    REQUIRE(today.exit_code == 0);
    CHECK(today.out.find("0 dossier(s) à anonymiser") != std::string::npos);

    const auto listed = box.run({"retention", "--on", later, "--user", "admin", "--pin", "4444"});
    REQUIRE(listed.exit_code == 0);
    CHECK(listed.out.find(households + " dossier(s) à anonymiser") != std::string::npos);
    CHECK(trim(sqlite_query(box.db(), "SELECT COUNT(*) FROM households WHERE anonymised_on IS NOT NULL")) == "0");

    const auto manager = box.run({"retention", "--on", later, "--apply", "--user", "paul", "--pin", "2222"});
    CHECK(manager.exit_code == 1);
    CHECK(manager.err.find("un responsable ne peut pas anonymiser") != std::string::npos);
    CHECK(box.run({"retention", "--apply"}).exit_code == 1);

    const auto applied = box.run({"retention", "--on", later, "--apply", "--user", "admin", "--pin", "4444"});
    INFO(applied.err);
    REQUIRE(applied.exit_code == 0);
    CHECK(applied.out.find(households + " dossier(s) anonymisé(s)") != std::string::npos);
    CHECK(trim(sqlite_query(box.db(), "SELECT COUNT(*) FROM members WHERE first_name <> '' OR last_name <> ''")) == "0");
    CHECK(trim(sqlite_query(box.db(), "SELECT COUNT(*) FROM households WHERE address <> '' OR notes <> ''")) == "0");
    CHECK(trim(sqlite_query(box.db(), "SELECT COUNT(*) FROM cards WHERE state = 'active'")) == "0");
    CHECK(trim(sqlite_query(box.db(), "SELECT COUNT(*) FROM access_log WHERE action = 'anonymise'")) == households);
    CHECK(monthly_line(box, month) == before);
    CHECK(box.run({"verify"}).exit_code == 0);  // the journal and the sales are untouched
}
