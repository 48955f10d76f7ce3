// Money: strict French parsing with readable reasons, half-up rounding, checked arithmetic.
#include "core/error.hpp"
#include "core/money.hpp"

#include <catch2/catch.hpp>

#include <limits>

using namespace cabas::core;
using cabas::InternalError;
using cabas::ValidationError;

namespace {
struct Accepted { const char* text; std::int64_t cents; bool negative_allowed; };
struct Refused { const char* text; bool negative_allowed; const char* reason; };
struct Division { std::int64_t n; std::int64_t d; std::int64_t expected; };
struct Rounding { std::int64_t amount; std::int64_t step; std::int64_t expected; };
} // namespace

TEST_CASE("parse_amount accepts French amounts written the usual ways", "[money]") {
    auto row = GENERATE(values<Accepted>({
        {"12,50", 1250, false},
        {"12", 1200, false},
        {"0,5", 50, false},
        {"1 234,5 €", 123450, false},
        {"1\u202F234,50", 123450, false},        // narrow no-break space, as format_euros writes it
        {"1\u00A0234,50\u00A0€", 123450, false}, // no-break spaces
        {"12.50", 1250, false},
        {"1.234,56", 123456, false},
        {" 7,05 ", 705, false},
        {"-3,20", -320, true},
        {"12 345 678,90", 1234567890, false},
    }));
    CAPTURE(row.text);
    CHECK(parse_amount(row.text, row.negative_allowed).cents() == row.cents);
}

TEST_CASE("parse_amount refuses anything ambiguous or malformed and says why", "[money]") {
    auto row = GENERATE(values<Refused>({
        {"12,5O", false, "caractère inattendu « O »"},
        {"1.234", false, "ambigu"},
        {"12,505", false, "plus de deux décimales"},
        {"", false, "montant vide"},
        {"   ", false, "montant vide"},
        {"1,2,3", false, "plusieurs virgules"},
        {"--5", true, "caractère inattendu « - »"},
        {"--5", false, "négatif refusé"},
        {"-3", false, "négatif refusé"},
        {"1 23,00", false, "groupes de milliers"},
        {"12,", false, "chiffres manquants après la virgule"},
        {"12 €50", false, "caractère inattendu « € »"},
        {"1234567890123456", false, "trop grand"},
    }));
    CAPTURE(row.text);
    try {
        parse_amount(row.text, row.negative_allowed);
        FAIL("accepted " << row.text);
    } catch (const ValidationError& e) {
        CHECK(e.field() == "montant");
        CHECK_THAT(e.reason(), Catch::Contains(row.reason));
    }
}

TEST_CASE("divide_half_up rounds halves away from zero on both signs", "[money]") {
    auto row = GENERATE(values<Division>({
        {125, 10, 13}, {124, 10, 12}, {-125, 10, -13}, {-124, 10, -12}, {5, 10, 1}, {-5, 10, -1},
        {4, 10, 0}, {103500, 120, 863}, {111500, 120, 929}, {0, 7, 0},
        {std::numeric_limits<std::int64_t>::min(), 1, std::numeric_limits<std::int64_t>::min()},
    }));
    CAPTURE(row.n, row.d);
    CHECK(divide_half_up(row.n, row.d) == row.expected);
}

TEST_CASE("a participation is value times rate rounded half-up to the cent", "[money]") {
    CHECK(apply_rate(Money::from_cents(125), Rate::percent(10)).cents() == 13);   // 12,5 c -> 13 c
    CHECK(apply_rate(Money::from_cents(124), Rate::percent(10)).cents() == 12);
    CHECK(apply_rate(Money::from_cents(-125), Rate::percent(10)).cents() == -13);
    CHECK(apply_rate(Money::from_cents(1999), Rate{1250}).cents() == 250);         // 249,875 c
    CHECK(apply_rate(Money::from_cents(1999), Rate{0}).cents() == 0);
    CHECK(price_by_weight(Money::from_cents(299), 250).cents() == 75);              // 74,75 c
    CHECK(price_by_weight(Money::from_cents(1000), 1).cents() == 1);                // 1 c exactly
}

TEST_CASE("round_up_to gives the smallest multiple of the step not below the amount", "[money]") {
    auto row = GENERATE(values<Rounding>({{2875, 50, 2900}, {2900, 50, 2900}, {1, 50, 50}, {0, 50, 0}, {-7, 5, -5}}));
    CHECK(round_up_to(Money::from_cents(row.amount), Money::from_cents(row.step)).cents() == row.expected);
}

TEST_CASE("round_to_nearest gives the nearest multiple of the step, halves up", "[money]") {
    auto row = GENERATE(values<Rounding>({{18900, 500, 19000}, {11700, 500, 11500}, {12250, 500, 12500}, {12249, 500, 12000}}));
    CHECK(round_to_nearest(Money::from_cents(row.amount), Money::from_cents(row.step)).cents() == row.expected);
}

TEST_CASE("arithmetic that would overflow throws instead of wrapping", "[money]") {
    const auto max = Money::from_cents(std::numeric_limits<std::int64_t>::max());
    const auto min = Money::from_cents(std::numeric_limits<std::int64_t>::min());
    CHECK_THROWS_AS(max + Money::from_cents(1), InternalError);
    CHECK_THROWS_AS(min - Money::from_cents(1), InternalError);
    CHECK_THROWS_AS(Money() - min, InternalError);
    CHECK_THROWS_AS(-min, InternalError);
    CHECK_THROWS_AS(max.times(2), InternalError);
    CHECK_THROWS_AS(Money::from_euros(std::numeric_limits<std::int64_t>::max() / 10), InternalError);
    CHECK_THROWS_AS(apply_rate(max, Rate::percent(10)), InternalError);
    CHECK_THROWS_AS(round_up_to(max, Money::from_cents(50)), InternalError);
    CHECK_THROWS_AS(divide_half_up(1, 0), InternalError);
}

TEST_CASE("amounts are formatted the French way whatever the locale", "[money]") {
    CHECK(format_euros(Money::from_cents(123456)) == "1\u202F234,56\u00A0€");
    CHECK(format_euros(Money::from_cents(-5)) == "-0,05\u00A0€");
    CHECK(format_euros(Money::from_cents(100000000)) == "1\u202F000\u202F000,00\u00A0€");
    CHECK(format_decimal(Money::from_cents(123456)) == "1234,56");
    CHECK(format_decimal(Money::from_cents(-1)) == "-0,01");
    CHECK(parse_amount(format_euros(Money::from_cents(987654321))).cents() == 987654321);
}

TEST_CASE("percentages parse strictly and print without useless decimals", "[money]") {
    CHECK(parse_percent("10").bp == 1000);
    CHECK(parse_percent("10 %").bp == 1000);
    CHECK(parse_percent("12,5 %").bp == 1250);
    CHECK(parse_percent("100%").bp == 10000);
    CHECK(format_percent(Rate{1000}) == "10\u00A0%");
    CHECK(format_percent(Rate{1250}) == "12,5\u00A0%");
    CHECK(format_percent(Rate{0}) == "0\u00A0%");
}

TEST_CASE("a percentage with trailing text, a currency or above 100 % is refused", "[money]") {
    auto bad = GENERATE(as<std::string>{}, "101", "10 % 5", "10 €", "dix", "", "-5", "12,555");
    CAPTURE(bad);
    try {
        parse_percent(bad);
        FAIL("accepted " << bad);
    } catch (const ValidationError& e) {
        CHECK(e.field() == "taux");
    }
}
