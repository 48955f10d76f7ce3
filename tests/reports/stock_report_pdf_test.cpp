// The stock report PDF: a sound A4 document whose text carries the model's figures, French
// accents and euro signs included, over several pages when the expiry list is long.
#include "report_fixtures.hpp"
#include "reports/stock_report_pdf.hpp"

#include <catch2/catch.hpp>

using namespace cabas::reports;
using namespace cabas::reports::test;
using cabas::core::Date;

namespace {

StockReportModel sample_stock_report(int expiring_rows) {
    StockReportModel m;
    m.epicerie = "Épicerie solidaire du Château";
    m.month_start = Date::from_ymd(2026, 11, 1);
    m.month_end = Date::from_ymd(2026, 11, 30);
    m.as_of = Date::from_ymd(2026, 11, 23);
    m.generated_at = "2026-11-23T16:00:00Z";
    m.by_category = {{"Épicerie sèche", 12, 340, 152500, Money::from_cents(48230), Money::from_cents(9120)},
                     {"Fruits et légumes", 3, 0, 18250, Money::from_cents(4380), {}}};
    m.by_origin = {{"Banque Alimentaire", 9, 200, 120000, Money::from_cents(30010), {}},
                   {"Achat", 6, 140, 50750, Money::from_cents(22600), Money::from_cents(9120)}};
    m.total = {"Total", 15, 340, 170750, Money::from_cents(52610), Money::from_cents(9120)};
    m.expiry_days = 7;
    for (int i = 0; i < expiring_rows; ++i)
        m.expiring.push_back({"Yaourt nature brassé au lait entier de la ferme " + std::to_string(i), "BA118-" + std::to_string(i),
                              "Banque Alimentaire", Date::from_ymd(2026, 11, 26), "DLC", "12", 3});
    m.movements = {{"Réceptions", 4, 300, 90000, Money::from_cents(41000)},
                   {"Distributions (ventes)", 57, 210, 61000, Money::from_cents(23480)},
                   {"Ventes corrigées (retour en stock)", 0, 0, 0, {}},
                   {"Pertes", 2, 5, 2500, Money::from_cents(690)},
                   {"Ajustements d'inventaire", 1, 3, 1500, Money::from_cents(270)}};
    return m;
}

} // namespace

TEST_CASE("the stock report PDF shows stock by category and origin, expiring lots and the month's movements",
          "[report][stock]") {
    TempDir dir;
    const auto pdf = dir.path() / "stock.pdf";
    write_file(pdf, stock_report_pdf(sample_stock_report(3)));
    const CommandResult check = run("qpdf --check '" + pdf.string() + "'");
    INFO(check.output);
    CHECK(check.status == 0);
    const std::string text = run("pdftotext -layout '" + pdf.string() + "' -").output;
    INFO(text);
    CHECK(text.find("Rapport de stock — novembre 2026") != std::string::npos);
    CHECK(text.find("Épicerie solidaire du Château · stock au 23/11/2026") != std::string::npos);
    CHECK(text.find("Épicerie sèche") != std::string::npos);
    CHECK(text.find("482,30") != std::string::npos);
    CHECK(text.find("152,5 kg") != std::string::npos);
    CHECK(text.find("526,10") != std::string::npos);       // total value
    CHECK(text.find("170,8 kg") != std::string::npos);     // 170 750 g rounded to the tenth
    CHECK(text.find("BA118-2") != std::string::npos);
    CHECK(text.find("DLC 26/11/2026") != std::string::npos);
    CHECK(text.find("dans 3 j") != std::string::npos);
    CHECK(text.find("Distributions (ventes)") != std::string::npos);
    CHECK(text.find("234,80") != std::string::npos);
    CHECK(run("pdfinfo '" + pdf.string() + "'").output.find("Pages:           1") != std::string::npos);
}

TEST_CASE("a long expiry list continues on further pages with the table header repeated", "[report][stock]") {
    TempDir dir;
    const auto pdf = dir.path() / "stock.pdf";
    write_file(pdf, stock_report_pdf(sample_stock_report(120)));
    const std::string info = run("pdfinfo '" + pdf.string() + "'").output;
    CHECK(info.find("Pages:           3") != std::string::npos);
    const std::string page3 = run("pdftotext -f 3 -l 3 -layout '" + pdf.string() + "' -").output;
    CHECK(page3.find("Produit") != std::string::npos);
    CHECK(page3.find("Mouvements du mois") != std::string::npos);
    const CommandResult render = run("pdftoppm -r 40 -png '" + pdf.string() + "' '" + (dir.path() / "p").string() + "'");
    CHECK(render.status == 0);
}
