// The FSE+ / food-bank report by family of the food banks' référentiel: the model's figures
// against the seeded plan for several ways of filing the two categories (none, one, both in one
// family, two families), the layout's rows (family, its sub-families, "Sans famille", a total
// equal to the origin table's), small-group suppression, and the PDF's text and page.
#include "report_dataset.hpp"
#include "report_fixtures.hpp"

#include "reports/fse_layout.hpp"
#include "reports/report_pdf.hpp"
#include "services/reports/fse_report.hpp"
#include "storage/category_family_repository.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace cabas;
using namespace cabas::reports;
using core::Date;
using core::FoodBankFamily;
using core::Money;

namespace {

const FoodBankFamily kStarch{"01", "Épicerie sèche", "0102", "Féculents"};
const FoodBankFamily kSugar{"01", "Épicerie sèche", "0104", "Sucre et produits sucrés"};
const FoodBankFamily kHygiene{"09", "Hygiène", "0901", "Hygiène corporelle"};

struct Filing {
    const char* name;
    std::optional<FoodBankFamily> food;      ///< category "Épicerie sèche"
    std::optional<FoodBankFamily> hygiene;   ///< category "Hygiène"
};

struct Sums {
    Money value, paid;
    std::int64_t grams = 0, lines = 0;
};

std::string key_of(const std::optional<FoodBankFamily>& f) { return f ? f->family_code + "/" + f->subfamily_code : "-"; }

/// The plan's lines of [from, to] by family, counted as the report counts them: a sale in its
/// period, its cancellation (with the opposite sign) in the period it was made.
std::map<std::string, Sums> expected_by_family(const test::ReportDataset& data, Date from, Date to, const Filing& filing) {
    std::map<std::string, Sums> out;
    auto count = [&](const test::PlannedSale& s, int sign) {
        for (const auto& l : s.lines) {
            auto& x = out[key_of(l.category == "Hygiène" ? filing.hygiene : filing.food)];
            x.value += sign > 0 ? l.value : -l.value;
            x.paid += sign > 0 ? l.paid : -l.paid;
            x.grams += sign * l.grams;
            x.lines += sign;
        }
    };
    for (const auto& s : data.sales) {
        if (s.day >= from && s.day <= to) count(s, 1);
        if (s.cancelled && s.cancelled_on >= from && s.cancelled_on <= to) count(s, -1);
    }
    return out;
}

void file_categories(test::ReportDataset& data, const Filing& filing) {
    auto families = storage::category_families(data.store());
    const auto food = data.store().catalogue().find_category("epicerie");
    const auto hygiene = data.store().catalogue().find_category("hygiene");
    families->replace_all({});
    if (filing.food) families->set(food->id, *filing.food);
    if (filing.hygiene) families->set(hygiene->id, *filing.hygiene);
}

const Table& table_of(const ReportDocument& d, const std::string& id) {
    for (const auto& s : d.sections)
        for (const auto& t : s.tables)
            if (t.id == id) return t;
    throw std::runtime_error("no table " + id);
}

std::vector<std::string> labels_of(const Table& t) {
    std::vector<std::string> out;
    for (const auto& r : t.rows) out.push_back(r.label);
    return out;
}

} // namespace

TEST_CASE("goods by food-bank family equal the plan's, however the categories are filed", "[report][fse][families]") {
    test::ReportDataset data(11);
    const Date from = Date::from_ymd(2026, 9, 1), to = Date::from_ymd(2026, 10, 31);
    const std::vector<Filing> filings = {
        {"nothing filed", std::nullopt, std::nullopt},
        {"only the food", kStarch, std::nullopt},
        {"one family, two sub-families", kStarch, kSugar},
        {"two families", kStarch, kHygiene},
    };
    const std::vector<std::vector<std::string>> rows = {
        {"Sans famille", "Total"},
        {"01 Épicerie sèche", "  0102 Féculents", "Sans famille", "Total"},
        {"01 Épicerie sèche", "  0102 Féculents", "  0104 Sucre et produits sucrés", "Total"},
        {"01 Épicerie sèche", "  0102 Féculents", "09 Hygiène", "  0901 Hygiène corporelle", "Total"},
    };
    services::ReportOptions options;
    options.internal = true;
    for (std::size_t i = 0; i < filings.size(); ++i) {
        const Filing& filing = filings[i];
        INFO(filing.name);
        file_categories(data, filing);
        const auto r = services::build_fse_report(data.store(), data.admin(), from, to, false, options);
        const auto expected = expected_by_family(data, from, to, filing);
        REQUIRE(r.families.size() == expected.size());
        for (const auto& g : r.families) {
            INFO(key_of(g.family));
            REQUIRE(expected.count(key_of(g.family)));
            const Sums& e = expected.at(key_of(g.family));
            CHECK(g.value == e.value);
            CHECK(g.paid == e.paid);
            CHECK(g.grams == e.grams);
            CHECK(g.lines == e.lines);
        }
        const Table& families = table_of(r.document, "denrees_par_famille");
        CHECK(labels_of(families) == rows[i]);
        // The total is the origin table's: the same lines, grouped otherwise.
        const Table& origins = table_of(r.document, "kg_par_origine");
        for (std::size_t c = 0; c < 4; ++c)
            CHECK(cell_text(families.rows.back().cells[c], 11) == cell_text(origins.rows.back().cells[c], 11));
    }
}

TEST_CASE("a family's row is the sum of its sub-families", "[report][fse][families]") {
    FseReport r;
    r.from = Date::from_ymd(2026, 1, 1);
    r.to = Date::from_ymd(2026, 3, 31);
    r.recipients.households = 30;
    r.families = {{kSugar, Money::from_euros(30), Money::from_euros(3), 2500, 4},
                  {std::nullopt, Money::from_euros(5), Money(), 0, 1},
                  {kStarch, Money::from_euros(100), Money::from_euros(10), 12000, 9}};
    const ReportDocument d = layout_fse(r);
    const Table& t = table_of(d, "denrees_par_famille");
    REQUIRE(labels_of(t) == std::vector<std::string>{"01 Épicerie sèche", "  0102 Féculents", "  0104 Sucre et produits sucrés",
                                                     "Sans famille", "Total"});
    const std::vector<std::vector<std::string>> cells = {
        {"14,5", core::format_euros(Money::from_euros(130)), core::format_euros(Money::from_euros(13)), "13"},
        {"12,0", core::format_euros(Money::from_euros(100)), core::format_euros(Money::from_euros(10)), "9"},
        {"2,5", core::format_euros(Money::from_euros(30)), core::format_euros(Money::from_euros(3)), "4"},
        {"0,0", core::format_euros(Money::from_euros(5)), core::format_euros(Money()), "1"},
        {"14,5", core::format_euros(Money::from_euros(135)), core::format_euros(Money::from_euros(13)), "14"},
    };
    for (std::size_t row = 0; row < cells.size(); ++row)
        for (std::size_t c = 0; c < 4; ++c) {
            INFO(t.rows[row].label << " column " << c);
            CHECK(cell_text(t.rows[row].cells[c], 11) == cells[row][c]);
        }
}

TEST_CASE("family amounts of a period with fewer households than the threshold are hidden", "[report][fse][families]") {
    FseReport r;
    r.from = Date::from_ymd(2026, 1, 1);
    r.to = Date::from_ymd(2026, 1, 31);
    r.recipients.households = 8;
    r.families = {{kStarch, Money::from_euros(80), Money::from_euros(8), 5000, 10}};
    for (const bool internal : {false, true}) {
        INFO("internal " << internal);
        r.options.internal = internal;
        const ReportDocument d = layout_fse(r);
        const Table& t = table_of(d, "denrees_par_famille");
        for (const auto& row : t.rows)
            for (std::size_t c = 0; c < 3; ++c)
                CHECK((cell_text(row.cells[c], 11) == "s") == !internal);
    }
}

TEST_CASE("the FSE+ report PDF shows the goods by family and renders", "[report][fse][families][pdf]") {
    test::ReportDataset data(11);
    file_categories(data, {"only the food", kStarch, std::nullopt});
    services::ReportOptions options;
    options.internal = true;
    const auto r = services::build_fse_report(data.store(), data.admin(), Date::from_ymd(2026, 9, 1),
                                              Date::from_ymd(2026, 10, 31), false, options);
    test::TempDir dir;
    const auto pdf = dir.path() / "fse.pdf";
    render_report_pdf(r.document, pdf.string());
    const std::string text = test::run("pdftotext -layout -enc UTF-8 '" + pdf.string() + "' - 2>/dev/null").output;
    CHECK(text.find("Denrées distribuées par famille de la banque alimentaire") != std::string::npos);
    CHECK(text.find("01 Épicerie sèche") != std::string::npos);
    CHECK(text.find("0102 Féculents") != std::string::npos);
    CHECK(text.find("Sans famille") != std::string::npos);
    const auto render = test::run("pdftoppm -png -r 60 '" + pdf.string() + "' '" + (dir.path() / "page").string() + "'");
    CHECK(render.status == 0);
    int pages = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        if (entry.path().extension() == ".png" && std::filesystem::file_size(entry.path()) > 1000) ++pages;
    CHECK(pages >= 1);
}
