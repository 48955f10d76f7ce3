// The CCAS's consolidated monthly report: the total adds up the sites' raw figures, its tables
// are suppressed on those sums (never summed from suppressed cells), each site keeps its own
// suppression in its part, and the PDF has one part per site and the total.
#include "report_dataset.hpp"
#include "report_fixtures.hpp"

#include "reports/consolidated_report.hpp"
#include "reports/monthly_layout.hpp"
#include "reports/report_pdf.hpp"
#include "reports/suppression.hpp"
#include "services/reports/monthly_report.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::reports;
using namespace cabas::reports::test;

namespace {

const Month kOctober{2026, 10};

/// The cell of the current month of the row labelled `label` in table `id` of `d`.
Cell cell(const ReportDocument& d, const std::string& id, const std::string& label) {
    for (const auto& s : d.sections)
        for (const auto& t : s.tables)
            if (t.id == id || (t.id.size() > id.size() && t.id.compare(t.id.size() - id.size() - 1, std::string::npos, "-" + id) == 0))
                for (const auto& r : t.rows)
                    if (r.label == label) return r.cells.at(0);
    FAIL("no row " << label << " in table " << id);
    throw std::logic_error("unreachable");
}

/// A site's month in which only `served` households came (the rest of its figures empty).
SiteMonthlyReport tiny_site(const std::string& code, int served) {
    SiteMonthlyReport s;
    s.site_code = code;
    s.site_name = "Épicerie " + code;
    s.report.month = kOctober;
    s.report.current.from = kOctober.first();
    s.report.current.to = kOctober.last();
    s.report.current.served = served;
    s.report.current.households_open = served;
    s.report.current.visits = served * 2;
    s.report.document = layout_monthly(s.report);
    return s;
}

/// The sections of `d` that belong to the part `heading` (a site's name, or the total).
ReportDocument part_of(const ReportDocument& d, const std::string& heading) {
    ReportDocument out;
    for (const auto& s : d.sections)
        if (s.title.rfind(heading + " — ", 0) == 0) out.sections.push_back(s);
    return out;
}

} // namespace

TEST_CASE("the CCAS total is suppressed on the sum of the raw counts, not on the sites' published cells",
          "[report][ccas]") {
    struct Case {
        int a, b;
        bool total_hidden;
    };
    const auto c = GENERATE(values<Case>({{4, 5, true}, {6, 7, false}, {3, 20, false}, {0, 10, true}, {0, 0, false}}));
    CAPTURE(c.a, c.b);
    const auto report = consolidate_monthly("CCAS de Test", kOctober, {tiny_site("A", c.a), tiny_site("B", c.b)});
    CHECK(report.total.current.served == c.a + c.b);
    const Cell total = cell(part_of(report.document, "Total du CCAS"), "activite", "Foyers servis (distincts)");
    CHECK(total.value == c.a + c.b);
    CHECK((total.suppression == Suppression::Primary) == c.total_hidden);
    // Each site's part keeps its own suppression.
    const Cell a = cell(part_of(report.document, "Épicerie A"), "activite", "Foyers servis (distincts)");
    CHECK(a.value == c.a);
    CHECK((a.suppression == Suppression::Primary) == (c.a > 0 && c.a < 11));
    CHECK(cell_text(total, 11) == (c.total_hidden ? "< 11" : cell_text(Cell::count(c.a + c.b), 11)));
}

TEST_CASE("the consolidated report of two seeded épiceries adds up their figures and keeps every table protected",
          "[report][ccas]") {
    ReportDataset big(3, 40);
    ReportDataset small(5, 6);
    auto a = services::build_monthly_report(big.store(), big.admin(), kOctober);
    auto b = services::build_monthly_report(small.store(), small.admin(), kOctober);
    const auto report = consolidate_monthly("CCAS de Test", kOctober,
                                            {{"CENTRE", "Épicerie du centre", a}, {"NORD", "Épicerie nord", b}});
    const auto& t = report.total;
    CHECK(t.current.served == a.current.served + b.current.served);
    CHECK(t.current.persons == a.current.persons + b.current.persons);
    CHECK(t.current.visits == a.current.visits + b.current.visits);
    CHECK(t.current.value == a.current.value + b.current.value);
    CHECK(t.current.paid == a.current.paid + b.current.paid);
    CHECK(t.current.admissions == a.current.admissions + b.current.admissions);
    CHECK(t.current.decisions.total() == a.current.decisions.total() + b.current.decisions.total());
    CHECK(t.year_to_date.visits == a.year_to_date.visits + b.year_to_date.visits);
    CHECK(t.current.served_profile.households == a.current.served_profile.households + b.current.served_profile.households);
    REQUIRE(t.current.served_profile.parts.size() == a.current.served_profile.parts.size());
    for (std::size_t i = 0; i < t.current.served_profile.parts.size(); ++i)
        CHECK(t.current.served_profile.parts[i].total() ==
              a.current.served_profile.parts[i].total() + b.current.served_profile.parts[i].total());
    REQUIRE(t.trend.size() == a.trend.size());
    CHECK(t.trend.back().visits == a.trend.back().visits + b.trend.back().visits);
    Money payments;
    for (const auto& [method, amount] : t.current.payments) payments += amount;
    Money site_payments;
    for (const auto* r : {&a, &b})
        for (const auto& [method, amount] : r->current.payments) site_payments += amount;
    CHECK(payments == site_payments);

    // The small site's few households are hidden in its own part; the total shows their sum.
    REQUIRE(b.current.served > 0);
    REQUIRE(b.current.served < 11);
    const Cell nord = cell(part_of(report.document, "Épicerie nord"), "activite", "Foyers servis (distincts)");
    CHECK(nord.suppression == Suppression::Primary);
    const Cell total = cell(part_of(report.document, "Total du CCAS"), "activite", "Foyers servis (distincts)");
    CHECK(total.value == a.current.served + b.current.served);
    CHECK(total.suppression == Suppression::None);
    for (const auto& section : report.document.sections)
        for (const auto& table : section.tables) {
            INFO(section.title << " / " << table.title);
            CHECK(is_protected(table, 11));
        }

    // The PDF: a part per site, then the total, with the sum printed.
    const auto pdf = std::filesystem::temp_directory_path() / ("cabas-consolidated-" + std::to_string(::getpid()) + ".pdf");
    render_report_pdf(report.document, pdf.string());
    const auto text = run("pdftotext -layout '" + pdf.string() + "' -");
    std::filesystem::remove(pdf);
    REQUIRE(text.status == 0);
    CHECK(text.output.find("Rapport mensuel consolidé du CCAS") != std::string::npos);
    const auto centre_at = text.output.find("Épicerie du centre — 1. Activité");
    const auto nord_at = text.output.find("Épicerie nord — 1. Activité");
    const auto total_at = text.output.find("Total du CCAS — 1. Activité");
    REQUIRE(centre_at != std::string::npos);
    REQUIRE(nord_at != std::string::npos);
    REQUIRE(total_at != std::string::npos);
    CHECK(centre_at < nord_at);
    CHECK(nord_at < total_at);
}
