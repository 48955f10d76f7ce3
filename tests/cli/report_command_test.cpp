// cabas-cli report on the demo database: the monthly PDF and CSV files, the annual and FSE+
// reports, figures recomputed here with plain SQL, and the documented exit codes for bad input.
#include "cli_runner.hpp"

#include "core/money.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

using cabas::testing::CliSandbox;
using cabas::testing::demo;
using cabas::testing::sqlite_query;

namespace {

std::string trim(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

/// The full month before the demo's last sale: the demo seeds sales relative to today.
std::string demo_month() {
    return trim(sqlite_query(demo().db(), "SELECT strftime('%Y-%m', MAX(sold_at), 'start of month', '-1 month') FROM sales"));
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Effective sales of the month: not corrected by a later sale.
std::string effective(const std::string& month) {
    return " FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.sold_at LIKE '" + month +
           "%' AND NOT EXISTS (SELECT 1 FROM sales c WHERE c.corrects_sale_id = s.id)";
}

/// `cabas-cli …` as the demo's manager, who may build reports.
std::vector<std::string> as_paul(std::vector<std::string> args) {
    args.insert(args.end(), {"--user", "paul", "--pin", "2222"});
    return args;
}

} // namespace

TEST_CASE("report monthly writes the PDF and the CSV tables of a demo month with the right figures", "[cli][report]") {
    const std::string month = demo_month();
    REQUIRE(month.size() == 7);
    const std::string served = trim(sqlite_query(demo().db(), "SELECT COUNT(DISTINCT s.household_code)" + effective(month)));
    const std::string visits = trim(sqlite_query(demo().db(), "SELECT COUNT(DISTINCT s.id)" + effective(month)));
    const auto aid_cents = std::stoll(trim(sqlite_query(demo().db(), "SELECT SUM(l.value_cents - l.paid_cents)" + effective(month))));
    auto r = demo().run(as_paul({"report", "monthly", "--month", month, "--out", demo().path("mensuel.pdf"), "--csv", demo().path("csv")}));
    INFO(r.out << r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find(served + " foyers servis, " + visits + " passages") != std::string::npos);
    CHECK(r.out.find(cabas::core::format_euros(cabas::core::Money::from_cents(aid_cents))) != std::string::npos);
    CHECK(std::filesystem::file_size(demo().path("mensuel.pdf")) > 10000);
    const std::string activity = read(demo().path("csv/activite.csv"));
    CHECK(activity.rfind("\xEF\xBB\xBFIndicateur;Mois;", 0) == 0);
    CHECK(activity.find("Foyers servis (distincts);" + served + ";") != std::string::npos);
    CHECK(std::filesystem::exists(demo().path("csv/profil_type.csv")));
    CHECK(std::filesystem::exists(demo().path("csv/par_origine.csv")));
}

TEST_CASE("report annual and report fse write their PDFs", "[cli][report]") {
    const std::string year = demo_month().substr(0, 4);
    auto annual = demo().run(as_paul({"report", "annual", "--year", year, "--out", demo().path("annuel.pdf")}));
    INFO(annual.out << annual.err);
    CHECK(annual.exit_code == 0);
    CHECK(std::filesystem::exists(demo().path("annuel.pdf")));
    const std::string persons = trim(sqlite_query(
        demo().db(), "SELECT COUNT(*) FROM members m JOIN households h ON h.id = m.household_id WHERE h.sales_code IN "
                     "(SELECT s.household_code FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.sold_at >= '" +
                         year + "-01-01' AND s.sold_at < '" + std::to_string(std::stoi(year) + 1) +
                         "-01-01' AND NOT EXISTS (SELECT 1 FROM sales c WHERE c.corrects_sale_id = s.id))"));
    CHECK(annual.out.find(persons + " bénéficiaires finaux") != std::string::npos);
    auto fse = demo().run(as_paul({"report", "fse", "--from", year + "-01-01", "--to", year + "-12-31", "--out", demo().path("fse.pdf"),
                           "--csv", demo().path("fse")}));
    INFO(fse.out << fse.err);
    CHECK(fse.exit_code == 0);
    CHECK(std::filesystem::exists(demo().path("fse/tracabilite_lots.csv")));
}

TEST_CASE("report refuses bad input with exit code 2 and writes nothing", "[cli][report]") {
    auto bad_month = demo().run(as_paul({"report", "monthly", "--month", "2026-13", "--out", demo().path("x.pdf")}));
    CHECK(bad_month.exit_code == 2);
    CHECK(bad_month.err.find("AAAA-MM") != std::string::npos);
    auto no_out = demo().run(as_paul({"report", "monthly", "--month", "2026-10"}));
    CHECK(no_out.exit_code == 2);
    CHECK(no_out.err.find("--out") != std::string::npos);
    auto unknown = demo().run(as_paul({"report", "weekly", "--out", demo().path("x.pdf")}));
    CHECK(unknown.exit_code == 2);
    auto reversed = demo().run(as_paul({"report", "fse", "--from", "2026-12-01", "--to", "2026-01-01", "--out", demo().path("x.pdf")}));
    CHECK(reversed.exit_code == 2);
    CHECK_FALSE(std::filesystem::exists(demo().path("x.pdf")));
}

TEST_CASE("reports need a login; a volunteer is refused, and only an admin lifts the suppression", "[cli][report]") {
    const std::string month = demo_month();
    const std::string pdf = demo().path("droits.pdf");
    const auto anonymous = demo().run({"report", "monthly", "--month", month, "--out", pdf});
    CHECK(anonymous.exit_code == 2);
    CHECK(anonymous.err.find("--user") != std::string::npos);
    const auto volunteer = demo().run({"report", "monthly", "--month", month, "--out", pdf, "--user", "marie", "--pin", "1111"});
    CHECK(volunteer.exit_code == 1);
    CHECK(volunteer.err.find("ne peut pas produire les rapports") != std::string::npos);
    const auto internal = demo().run(as_paul({"report", "monthly", "--month", month, "--out", pdf, "--internal"}));
    CHECK(internal.exit_code == 1);
    CHECK(internal.err.find("lever le secret statistique") != std::string::npos);
    const auto low = demo().run(as_paul({"report", "monthly", "--month", month, "--out", pdf, "--threshold", "3"}));
    CHECK(low.exit_code == 1);
    CHECK_FALSE(std::filesystem::exists(pdf));
    const auto social = demo().run({"report", "monthly", "--month", month, "--out", pdf, "--user", "sophie", "--pin", "3333"});
    CHECK(social.exit_code == 0);
    const auto admin = demo().run({"report", "monthly", "--month", month, "--out", demo().path("interne.pdf"), "--internal",
                                   "--user", "admin", "--pin", "4444"});
    INFO(admin.err);
    CHECK(admin.exit_code == 0);
    CHECK(admin.out.find("document interne") != std::string::npos);
}
