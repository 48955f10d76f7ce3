// The CCAS's consolidated annual report: the total adds up the sites' raw annual figures (end
// recipients, goods, families, the FSE+ check, month by month, lots side by side), its tables
// are suppressed on those sums, each site keeps its own suppression, and the PDF has one part
// per site then the total.
#include "report_dataset.hpp"
#include "report_fixtures.hpp"

#include "reports/consolidated_annual.hpp"
#include "reports/fse_layout.hpp"
#include "reports/report_pdf.hpp"
#include "reports/suppression.hpp"
#include "services/reports/fse_report.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using namespace cabas;
using namespace cabas::reports;
using namespace cabas::reports::test;

namespace {

const Date kFrom = Date::from_ymd(2026, 1, 1);
const Date kTo = Date::from_ymd(2026, 12, 31);

/// The first cell of the row `label` in the table whose CSV name ends with `id`, in the part
/// `heading` (a site's name or "Total du CCAS").
Cell cell(const ReportDocument& d, const std::string& heading, const std::string& id, const std::string& label) {
    for (const auto& s : d.sections) {
        if (s.title.rfind(heading + " — ", 0) != 0) continue;
        for (const auto& t : s.tables)
            if (t.id.size() > id.size() && t.id.compare(t.id.size() - id.size() - 1, std::string::npos, "-" + id) == 0)
                for (const auto& r : t.rows)
                    if (r.label == label) return r.cells.at(0);
    }
    FAIL("no row " << label << " in table " << id << " of " << heading);
    throw std::logic_error("unreachable");
}

/// A site's year in which `households` households came, in January only.
SiteAnnualReport tiny_site(const std::string& code, int households) {
    SiteAnnualReport s;
    s.site_code = code;
    s.site_name = "Épicerie " + code;
    FseReport& r = s.report;
    r.from = kFrom;
    r.to = kTo;
    r.annual = true;
    r.recipients.households = households;
    r.recipients.persons = households * 2;
    r.months.push_back({"2026-01", households, households, Money::from_euros(10 * households), Money()});
    r.document = layout_fse(r);
    return s;
}

} // namespace

TEST_CASE("the CCAS annual total is suppressed on the sum of the raw counts, each site on its own",
          "[report][ccas]") {
    struct Case {
        int a, b;
        bool total_hidden;
    };
    const auto c = GENERATE(values<Case>({{4, 5, true}, {6, 7, false}, {3, 20, false}, {0, 10, true}, {0, 0, false}}));
    CAPTURE(c.a, c.b);
    const auto report = consolidate_annual("CCAS de Test", 2026, {tiny_site("A", c.a), tiny_site("B", c.b)});
    CHECK(report.total.recipients.households == c.a + c.b);
    CHECK(report.total.recipients.persons == 2 * (c.a + c.b));
    REQUIRE(report.total.months.size() == 1);
    CHECK(report.total.months[0].households == c.a + c.b);
    const Cell total = cell(report.document, "Total du CCAS", "beneficiaires", "Foyers servis");
    CHECK(total.value == c.a + c.b);
    CHECK((total.suppression == Suppression::Primary) == c.total_hidden);
    const Cell a = cell(report.document, "Épicerie A", "beneficiaires", "Foyers servis");
    CHECK(a.value == c.a);
    CHECK((a.suppression == Suppression::Primary) == (c.a > 0 && c.a < 11));
    const Cell month = cell(report.document, "Total du CCAS", "activite_par_mois", "2026-01");
    CHECK((month.suppression == Suppression::Primary) == c.total_hidden);
}

TEST_CASE("the consolidated annual report of two seeded épiceries adds up their figures and keeps every table protected",
          "[report][ccas]") {
    ReportDataset big(3, 40);
    ReportDataset small(5, 6);
    const auto a = services::build_fse_report(big.store(), big.admin(), kFrom, kTo, true);
    const auto b = services::build_fse_report(small.store(), small.admin(), kFrom, kTo, true);
    const auto report = consolidate_annual("CCAS de Test", 2026, {{"CENTRE", "Épicerie du centre", a}, {"NORD", "Épicerie nord", b}});
    const FseReport& t = report.total;
    CHECK(t.annual);
    CHECK(t.options.shop_name == "CCAS de Test");
    CHECK(t.recipients.households == a.recipients.households + b.recipients.households);
    CHECK(t.recipients.persons == a.recipients.persons + b.recipients.persons);
    CHECK(t.recipients.children == a.recipients.children + b.recipients.children);
    CHECK(t.recipients.women == a.recipients.women + b.recipients.women);
    CHECK(t.fse_value == a.fse_value + b.fse_value);
    CHECK(t.fse_lines == a.fse_lines + b.fse_lines);
    Money goods, site_goods;
    std::int64_t grams = 0, site_grams = 0;
    for (const auto& g : t.goods) {
        goods += g.value;
        grams += g.grams;
    }
    for (const auto* r : {&a, &b})
        for (const auto& g : r->goods) {
            site_goods += g.value;
            site_grams += g.grams;
        }
    CHECK(goods == site_goods);
    CHECK(grams == site_grams);
    CHECK(goods > Money());
    Money families;
    for (const auto& f : t.families) families += f.value;
    CHECK(families == site_goods);
    CHECK(t.lots.size() == a.lots.size() + b.lots.size());
    REQUIRE_FALSE(t.lots.empty());
    CHECK(t.lots.front().lot_code.rfind("CENTRE ", 0) == 0);
    CHECK(t.lots.back().lot_code.rfind(b.lots.empty() ? "CENTRE " : "NORD ", 0) == 0);
    int visits = 0, site_visits = 0;
    for (const auto& m : t.months) visits += m.visits;
    for (const auto* r : {&a, &b})
        for (const auto& m : r->months) site_visits += m.visits;
    CHECK(visits == site_visits);
    CHECK(visits > 0);

    // The small site's few households are hidden in its own part; the total shows their sum.
    REQUIRE(b.recipients.households > 0);
    REQUIRE(b.recipients.households < 11);
    CHECK(cell(report.document, "Épicerie nord", "beneficiaires", "Foyers servis").suppression == Suppression::Primary);
    const Cell total = cell(report.document, "Total du CCAS", "beneficiaires", "Foyers servis");
    CHECK(total.value == a.recipients.households + b.recipients.households);
    CHECK(total.suppression == Suppression::None);
    for (const auto& section : report.document.sections)
        for (const auto& table : section.tables) {
            INFO(section.title << " / " << table.title);
            CHECK(is_protected(table, 11));
        }

    // The PDF: its title and year, a part per site, then the total with the summed households.
    const auto pdf = std::filesystem::temp_directory_path() / ("cabas-annual-ccas-" + std::to_string(::getpid()) + ".pdf");
    render_report_pdf(report.document, pdf.string());
    const auto text = run("pdftotext -layout '" + pdf.string() + "' -");
    const auto check = run("qpdf --check '" + pdf.string() + "' >/dev/null 2>&1");
    if (const char* keep = std::getenv("CABAS_KEEP_PDF")) std::filesystem::copy_file(pdf, keep, std::filesystem::copy_options::overwrite_existing);
    std::filesystem::remove(pdf);
    REQUIRE(text.status == 0);
    CHECK(check.status == 0);
    CHECK(text.output.find("Rapport annuel consolidé du CCAS") != std::string::npos);
    CHECK(text.output.find("année 2026") != std::string::npos);
    const auto centre_at = text.output.find("Épicerie du centre — 1. Bénéficiaires finaux");
    const auto nord_at = text.output.find("Épicerie nord — 1. Bénéficiaires finaux");
    const auto total_at = text.output.find("Total du CCAS — 1. Bénéficiaires finaux");
    REQUIRE(centre_at != std::string::npos);
    REQUIRE(nord_at != std::string::npos);
    REQUIRE(total_at != std::string::npos);
    CHECK(centre_at < nord_at);
    CHECK(nord_at < total_at);
    CHECK(text.output.find("Total du CCAS — 4. Activité de l'année") != std::string::npos);
    CHECK(text.output.find(" " + std::to_string(a.recipients.households + b.recipients.households) + "\n", total_at) !=
          std::string::npos);
}
