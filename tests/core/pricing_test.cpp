// Pricing of a line: origin rules, category and household rates, the food-bank cap, and the
// retail value of piece and weighed lines.
#include "fixtures.hpp"

#include "core/pricing.hpp"
#include "core/product.hpp"

#include <catch2/catch.hpp>

using namespace cabas::test;

namespace {
struct PriceRow {
    const char* what;
    std::int64_t value;
    Rate household;
    std::optional<Rate> category;
    Origin origin;
    bool always_free;
    Rate rate;
    RateSource source;
    std::int64_t to_pay;
};
} // namespace

TEST_CASE("the rate of a line follows the origin, category and household rules", "[pricing]") {
    const Rate r10 = Rate::percent(10), r20 = Rate::percent(20), r30 = Rate::percent(30), r5 = Rate::percent(5);
    auto row = GENERATE_COPY(values<PriceRow>({
        {"purchase at the household rate", 1999, r20, std::nullopt, Origin::Purchase, false, r20, RateSource::Household, 400},
        {"donation at the household rate", 250, r10, std::nullopt, Origin::Donation, false, r10, RateSource::Household, 25},
        {"collection at the household rate", 125, r10, std::nullopt, Origin::Collection, false, r10, RateSource::Household, 13},
        {"pick-up at the household rate", 99, r30, std::nullopt, Origin::SupermarketPickup, false, r30, RateSource::Household, 30},
        {"category rate replaces the household rate", 1000, r30, r5, Origin::Purchase, false, r5, RateSource::Category, 50},
        {"category rate may be higher", 1000, r10, r20, Origin::Donation, false, r20, RateSource::Category, 200},
        {"FSE+ is always free", 1000, r30, r20, Origin::FsePlus, false, Rate{0}, RateSource::FsePlusFree, 0},
        {"always-free product", 1000, r30, r20, Origin::Purchase, true, Rate{0}, RateSource::AlwaysFree, 0},
        {"always-free wins over FSE+", 1000, r30, std::nullopt, Origin::FsePlus, true, Rate{0}, RateSource::AlwaysFree, 0},
        {"food bank capped at 10 %", 1000, r30, std::nullopt, Origin::FoodBank, false, r10, RateSource::FoodBankCap, 100},
        {"food bank capped over a category rate", 1000, r10, r20, Origin::FoodBank, false, r10, RateSource::FoodBankCap, 100},
        {"food bank below the cap keeps its rate", 1000, r5, std::nullopt, Origin::FoodBank, false, r5, RateSource::Household, 50},
        {"food bank exactly at the cap", 1000, r10, std::nullopt, Origin::FoodBank, false, r10, RateSource::Household, 100},
    }));
    CAPTURE(row.what);
    const auto priced = price_line({cents(row.value), row.household, row.category, row.origin, row.always_free},
                                   Bareme::defaults());
    CHECK(priced.rate == row.rate);
    CHECK(priced.source == row.source);
    CHECK(priced.to_pay == cents(row.to_pay));
    CHECK(priced.value == cents(row.value));
    CHECK(priced.savings() == cents(row.value - row.to_pay));
}

TEST_CASE("the food-bank cap is a barème setting", "[pricing]") {
    Bareme b = Bareme::defaults();
    b.food_bank_cap = Rate::percent(15);
    const auto priced = price_line({eur(10), Rate::percent(30), std::nullopt, Origin::FoodBank, false}, b);
    CHECK(priced.rate == Rate::percent(15));
    CHECK(priced.to_pay == eur(1, 50));
}

TEST_CASE("line value: pieces multiply, weights round half-up once", "[pricing]") {
    Product piece;
    piece.retail_value = cents(249);
    CHECK(line_value(piece, 3) == cents(747));
    CHECK(line_value(piece, 0) == Money());
    Product weighed;
    weighed.unit = SaleUnit::Weight;
    weighed.retail_value = cents(299);                 // 2,99 €/kg
    CHECK(line_value(weighed, 250) == cents(75));      // 74,75 c
    CHECK(line_value(weighed, 1000) == cents(299));
    CHECK(line_value(weighed, 1) == Money());          // 0,299 c
}
