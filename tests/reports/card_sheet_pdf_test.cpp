// The card sheet: zint's EAN-13 vector shapes, ten cards per A4 page of 85,6 × 54 mm, the
// épicerie's name and the first name only, checked with pdftotext, qpdf and pdftoppm.
#include "report_fixtures.hpp"

#include "core/card_number.hpp"
#include "core/error.hpp"
#include "reports/barcode_vector.hpp"
#include "reports/card_sheet_pdf.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::reports;
using reports::test::run;
using reports::test::TempDir;

namespace {

CardSheetModel sample_sheet(int count) {
    CardSheetModel m;
    m.shop_name = "Épicerie solidaire du Château";
    const char* names[] = {"Fatou", "Karim", "Zoé", "Léa", "Jérôme", "Anaïs", "Chloé", "Noël", "Inès", "Raphaël", "Maël"};
    for (int i = 0; i < count; ++i)
        m.cards.push_back({core::make_card_number("29", 4242000 + static_cast<std::uint64_t>(i)), names[i % 11],
                           i % 2 ? std::nullopt : std::optional(core::Date::from_ymd(2027, 2, 28))});
    return m;
}

} // namespace

TEST_CASE("zint gives an EAN-13 as bars and the human-readable digits", "[report][card]") {
    const std::string number = core::make_card_number("29", 123456);
    const auto code = ean13_vector(number);
    // 95 modules: 3 + 6×(2 bars) + 5 + 6×(2 bars) + 3 guard patterns: 30 bars in all.
    CHECK(code.bars.size() == 30);
    CHECK(code.width > 95);
    std::string digits;
    for (const auto& t : code.texts) digits += t.text;
    CHECK(digits == number);
    CHECK_THROWS_AS(ean13_vector("2900000123450"), ReportError);  // wrong check digit
    CHECK_THROWS_AS(ean13_vector("29A"), ReportError);
}

TEST_CASE("a card sheet puts ten cards on a page with the name and the number only", "[report][card]") {
    TempDir dir;
    const auto model = sample_sheet(11);
    const auto pdf = dir.path() / "cartes.pdf";
    reports::test::write_file(pdf, render_card_sheet_pdf(model));
    CHECK(run("qpdf --check '" + pdf.string() + "'").status == 0);
    const std::string info = run("pdfinfo '" + pdf.string() + "'").output;
    CHECK(run("pdfinfo '" + pdf.string() + "' | grep -E '^Pages: +2$'").status == 0);
    CHECK(info.find("595.28 x 841.89 pts (A4)") != std::string::npos);
    const std::string text = run("pdftotext -layout '" + pdf.string() + "' -").output;
    CHECK(text.find("Épicerie solidaire du Château") != std::string::npos);
    CHECK(text.find("Raphaël") != std::string::npos);
    CHECK(text.find("Maël") != std::string::npos);
    CHECK(text.find("Carte d'accès · valable jusqu'au 28/02/2027") != std::string::npos);
    CHECK(text.find("Carte d'accès · validité : voir l'épicerie") != std::string::npos);
    // The human-readable digits: first digit, then the two groups of six.
    const std::string number = model.cards[0].number;
    CHECK(text.find(number.substr(1, 6)) != std::string::npos);
    CHECK(text.find(number.substr(7, 6)) != std::string::npos);
    const auto render = run("pdftoppm -r 60 -png '" + pdf.string() + "' '" + (dir.path() / "page").string() + "'");
    CHECK(render.status == 0);
    CHECK(std::filesystem::exists(dir.path() / "page-1.png"));
    CHECK(std::filesystem::exists(dir.path() / "page-2.png"));
}

TEST_CASE("a card size is 85,6 × 54 mm and an empty sheet is refused", "[report][card]") {
    CHECK(kCardWidthPt == Approx(242.65).epsilon(0.001));
    CHECK(kCardHeightPt == Approx(153.07).epsilon(0.001));
    CHECK_THROWS_AS(render_card_sheet_pdf(CardSheetModel{"Épicerie", {}}), ReportError);
}
