// Card numbers: GS1 check digits, generation under the prefix, and telling a card from a
// product or a mistyped card.
#include "core/card_number.hpp"
#include "core/error.hpp"

#include <catch2/catch.hpp>

using namespace cabas::core;
using cabas::ValidationError;

namespace {
struct Gs1Row { const char* code; bool valid; };
struct ClassRow { const char* what; const char* code; CardCodeKind kind; };
} // namespace

TEST_CASE("GS1 check digits weight 3 then 1 from the right", "[card]") {
    CHECK(gs1_check_digit("290000000042") == 1);
    CHECK(gs1_check_digit("400638133393") == 1);
    CHECK(gs1_check_digit("9638507") == 4);
    CHECK(gs1_check_digit("03600029145") == 2);
    CHECK(gs1_check_digit("000000000000") == 0);
    CHECK_THROWS_AS(gs1_check_digit("12a4"), ValidationError);
}

TEST_CASE("EAN-13, UPC-A and EAN-8 codes are validated by their check digit", "[card]") {
    auto row = GENERATE(values<Gs1Row>({
        {"4006381333931", true}, {"4006381333932", false}, {"036000291452", true}, {"036000291453", false},
        {"96385074", true}, {"96385075", false}, {"2900000000421", true}, {"290000000042", false},
        {"400638133393", false}, {"40063813339311", false}, {"4006381333 31", false}, {"", false},
    }));
    CAPTURE(row.code);
    CHECK(has_valid_gs1_check_digit(row.code) == row.valid);
}

TEST_CASE("card numbers are the prefix, the zero-padded serial and a check digit", "[card]") {
    CHECK(make_card_number("29", 42) == "2900000000421");
    CHECK(make_card_number("29", 1) == "2900000000018");
    CHECK(make_card_number("29", 9999999999) == "2999999999991");
    CHECK(make_card_number("2", 0).size() == 13);
    CHECK(max_card_serial("29") == 9999999999u);
    CHECK(max_card_serial("2912") == 99999999u);
    CHECK(has_valid_gs1_check_digit(make_card_number("2912", 12345)));
}

TEST_CASE("a serial too large or a bad prefix is refused", "[card]") {
    CHECK_THROWS_AS(make_card_number("29", 10000000000), ValidationError);
    CHECK_THROWS_AS(make_card_number("39", 1), ValidationError);
    CHECK_THROWS_AS(make_card_number("", 1), ValidationError);
    CHECK_THROWS_AS(make_card_number("29123", 1), ValidationError);
    CHECK_THROWS_AS(make_card_number("2x", 1), ValidationError);
}

TEST_CASE("a scanned code is a card, a mistyped card, or something else", "[card]") {
    auto row = GENERATE(values<ClassRow>({
        {"our card", "2900000000421", CardCodeKind::Card},
        {"our card with a wrong last digit", "2900000000422", CardCodeKind::CardBadCheckDigit},
        {"our card with a swapped digit", "2900000000241", CardCodeKind::CardBadCheckDigit},
        {"a product", "4006381333931", CardCodeKind::NotACard},
        {"another restricted prefix (weighed item)", "2100000000427", CardCodeKind::NotACard},
        {"too short", "290000000042", CardCodeKind::NotACard},
        {"EAN-8", "96385074", CardCodeKind::NotACard},
        {"letters", "29000000004A1", CardCodeKind::NotACard},
        {"empty", "", CardCodeKind::NotACard},
    }));
    CAPTURE(row.what);
    CHECK(classify_card_code(row.code, "29") == row.kind);
}
