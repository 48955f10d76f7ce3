// Product barcodes: EAN-13, EAN-8 and UPC-A accepted only with a right check digit.
#include "core/barcode.hpp"
#include "core/error.hpp"

#include <catch2/catch.hpp>

using namespace cabas::core;

namespace {
struct Row {
    const char* code;
    BarcodeProblem problem;
};
} // namespace

TEST_CASE("product barcodes are checked for form and GS1 check digit", "[barcode]") {
    auto row = GENERATE(values<Row>({
        {"3017620422003", BarcodeProblem::None},          // EAN-13 (pâte à tartiner)
        {"3017620422004", BarcodeProblem::BadCheckDigit},
        {"96385074", BarcodeProblem::None},               // EAN-8
        {"96385075", BarcodeProblem::BadCheckDigit},
        {"036000291452", BarcodeProblem::None},           // UPC-A
        {"036000291453", BarcodeProblem::BadCheckDigit},
        {"4006381333931", BarcodeProblem::None},
        {"400638133393", BarcodeProblem::BadCheckDigit},  // 12 digits, so read as UPC-A
        {"40063813339311", BarcodeProblem::BadLength},
        {"1234567", BarcodeProblem::BadLength},
        {"3,01762E+12", BarcodeProblem::NotDigits},
        {"30176204220O3", BarcodeProblem::NotDigits},
        {"", BarcodeProblem::Empty},
    }));
    CAPTURE(row.code);
    CHECK(check_product_barcode(row.code) == row.problem);
}

TEST_CASE("a valid code is named by its symbology", "[barcode]") {
    CHECK(label_of(barcode_kind("3017620422003")) == "EAN-13");
    CHECK(label_of(barcode_kind("96385074")) == "EAN-8");
    CHECK(label_of(barcode_kind("036000291452")) == "UPC-A");
}

TEST_CASE("a refused code is explained with the code itself", "[barcode]") {
    CHECK(describe(BarcodeProblem::BadCheckDigit, "3017620422004") ==
          "code-barres « 3017620422004 » : chiffre de contrôle invalide (erreur de saisie ?)");
    CHECK_THROWS_WITH(require_product_barcode("1234567", "ligne 3: code_barres"),
                      "ligne 3: code_barres: code-barres « 1234567 » : 8, 12 ou 13 chiffres attendus (EAN-8, UPC-A, EAN-13)");
    CHECK_NOTHROW(require_product_barcode("96385074"));
}
