// The monthly report's layout document: golden text for a seeded épicerie, suppression applied
// in every published table, the internal setting that lifts it, and an empty month.
#include "report_dataset.hpp"

#include "services/reports/monthly_report.hpp"
#include "reports/monthly_layout.hpp"
#include "reports/suppression.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace cabas;
using namespace cabas::reports;
using namespace cabas::reports::test;

namespace {

const std::filesystem::path approved_dir = std::filesystem::path(CABAS_SOURCE_DIR) / "tests" / "approved";

std::string read_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void check_approved(const std::string& name, const std::string& received) {
    const auto path = approved_dir / name;
    if (!std::filesystem::exists(path)) {
        std::ofstream(std::filesystem::path(path).concat(".received"), std::ios::binary) << received;
        FAIL("no approved file " << path.string() << ": inspect " << name << ".received, then rename it");
    }
    const std::string approved = read_text(path);
    if (approved != received) {
        std::ofstream(std::filesystem::path(path).concat(".received"), std::ios::binary) << received;
        FAIL(name << " differs from the approved text: diff it with " << name << ".received");
    }
}

} // namespace

TEST_CASE("the monthly layout of a seeded épicerie matches the approved text", "[report]") {
    ReportDataset data(7);
    const auto report = services::build_monthly_report(data.store(), data.admin(), Month{2026, 10});
    check_approved("monthly_report_seed7.txt", to_text(report.document));
}

TEST_CASE("no table of an external monthly report publishes a small count or lets one be recomputed", "[report]") {
    for (std::uint64_t seed : {3u, 11u}) {
        ReportDataset data(seed, 25);
        const auto report = services::build_monthly_report(data.store(), data.admin(), Month{2026, 10});
        CHECK_FALSE(report.document.internal);
        int hidden = 0;
        for (const auto& section : report.document.sections)
            for (const auto& table : section.tables) {
                INFO(table.title);
                CHECK(is_protected(table, 11));
                for (const auto& row : table.rows)
                    for (const auto& cell : row.cells) {
                        if (cell.kind == CellKind::Count && cell.protect && !cell.suppressed())
                            CHECK((cell.value == 0 || cell.value >= 11));
                        hidden += cell.suppressed();
                    }
            }
        CHECK(hidden > 0);
        CHECK(to_text(report.document).find("< 11") != std::string::npos);
    }
}

TEST_CASE("the internal setting lifts suppression and says so in the header", "[report]") {
    ReportDataset data(3, 25);
    data.store().settings().set("report.internal", "1");
    const auto report = services::build_monthly_report(data.store(), data.admin(), Month{2026, 10});
    CHECK(report.document.internal);
    const std::string text = to_text(report.document);
    CHECK(text.find("< 11") == std::string::npos);
    CHECK(text.find("Document interne") != std::string::npos);
}

TEST_CASE("the threshold setting changes the marker", "[report]") {
    ReportDataset data(3, 25);
    data.store().settings().set("report.threshold", "5");
    const auto report = services::build_monthly_report(data.store(), data.admin(), Month{2026, 10});
    CHECK(report.document.threshold == 5);
    CHECK(to_text(report.document).find("< 11") == std::string::npos);
    data.store().settings().set("report.threshold", "beaucoup");
    CHECK_THROWS_AS(services::build_monthly_report(data.store(), data.admin(), Month{2026, 10}), ValidationError);
}

TEST_CASE("an empty month gives a report that says so", "[report]") {
    ReportDataset data(3, 10);
    const auto report = services::build_monthly_report(data.store(), data.admin(), Month{2025, 3});
    CHECK(report.current.served == 0);
    CHECK(report.current.visits == 0);
    CHECK(report.current.value.is_zero());
    const std::string text = to_text(report.document);
    CHECK(text.find("Aucune activité enregistrée pour mars 2025") != std::string::npos);
    CHECK(text.find("Rapport mensuel") != std::string::npos);
}

TEST_CASE("a month is parsed strictly", "[report]") {
    CHECK(Month::parse("2026-11").month == 11);
    CHECK(Month::parse("2026-01").previous().iso() == "2025-12");
    CHECK(Month{2026, 11}.french() == "novembre 2026");
    CHECK_THROWS_AS(Month::parse("2026-13"), ValidationError);
    CHECK_THROWS_AS(Month::parse("11/2026"), ValidationError);
    CHECK_THROWS_AS(Month::parse("2026-1"), ValidationError);
}

TEST_CASE("the two headline figures never differ by a count under the threshold", "[report]") {
    struct Case {
        int open, served;
        bool open_hidden;
    };
    // Open rights and served side by side: 50 and 45 would tell that 5 households did not come.
    const Case cases[] = {{50, 45, true}, {50, 39, false}, {50, 40, true}, {50, 50, false}, {45, 50, true}, {30, 12, false}};
    for (const auto& c : cases) {
        CAPTURE(c.open, c.served);
        MonthlyReport r;
        r.month = Month{2026, 10};
        r.current.households_open = r.current.open_started = r.current.open_ended = c.open;
        r.current.served = r.current.visits = c.served;
        r.previous = r.current;
        r.year_to_date = r.current;
        const ReportDocument d = layout_monthly(r);
        const Table& activity = d.sections.front().tables.front();
        REQUIRE(activity.rows.front().label.rfind("Foyers ayant des droits ouverts", 0) == 0);
        CHECK(activity.rows.front().cells[0].suppressed() == c.open_hidden);
        CHECK(is_protected(activity, 11));
        const std::string& served_label = activity.rows[5].label;
        REQUIRE(served_label == "Foyers servis (distincts)");
        CHECK_FALSE(activity.rows[5].cells[0].suppressed());
        if (c.open_hidden) {
            // Nor can it be put back from its "dont" rows.
            const auto published = [&](std::size_t row) { return !activity.rows[row].cells[0].suppressed(); };
            CHECK_FALSE((published(1) && published(2)));
            CHECK_FALSE((published(3) && published(4)));
        }
        r.options.internal = true;
        CHECK_FALSE(layout_monthly(r).sections.front().tables.front().rows.front().cells[0].suppressed());
    }
}

TEST_CASE("amounts and averages over fewer households than the threshold are hidden outside the épicerie", "[report]") {
    MonthlyReport r;
    r.month = Month{2026, 10};
    r.current.households_open = 30;
    r.current.served = 5;  // a small month
    r.current.visits = 6;
    r.current.value = core::Money::from_euros(120);
    r.current.paid = core::Money::from_euros(12);
    r.current.payments["cash"] = core::Money::from_euros(12);
    r.current.closures.sessions = 2;
    r.current.goods.push_back({"ba", "Épicerie", core::Money::from_euros(120), core::Money::from_euros(12), 9000, 6, 6});
    r.previous = r.current;
    r.previous.served = 40;  // a usual month stays published
    r.previous.visits = 60;
    r.year_to_date = r.previous;
    const auto table_of = [](const ReportDocument& d, const std::string& id) -> const Table& {
        for (const auto& s : d.sections)
            for (const auto& t : s.tables)
                if (t.id == id) return t;
        throw std::runtime_error("no table " + id);
    };
    const ReportDocument external = layout_monthly(r);
    const Table& amounts = table_of(external, "montants");
    for (const auto& row : amounts.rows) {
        CAPTURE(row.label);
        CHECK(cell_text(row.cells[0], 11) == "s");
        CHECK(cell_text(row.cells[1], 11) != "s");
    }
    for (const auto& row : table_of(external, "par_origine").rows) CHECK(cell_text(row.cells[0], 11) == "s");
    const Table& payments = table_of(external, "paiements");
    CHECK(cell_text(payments.rows[0].cells[0], 11) == "s");
    CHECK(cell_text(payments.rows[payments.rows.size() - 2].cells[0], 11) == "2");  // sessions are not households
    const Table& activity = table_of(external, "activite");
    for (const auto& row : activity.rows)
        if (row.label.rfind("Panier moyen", 0) == 0 || row.label.rfind("Passages par foyer", 0) == 0) {
            CAPTURE(row.label);
            CHECK(cell_text(row.cells[0], 11) == "s");
        }
    r.options.internal = true;
    CHECK(cell_text(table_of(layout_monthly(r), "montants").rows[0].cells[0], 11) == core::format_euros(core::Money::from_euros(120)));
}
