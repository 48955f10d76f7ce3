// The stock report's figures come from the movements: stock by origin and category equals
// what the lots hold, and the month's movements add up to the sales, losses and receptions.
#include "till_fixtures.hpp"

#include "core/error.hpp"
#include "services/stock/loss_service.hpp"
#include "services/stock/stock_report.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services;
using cabas::services::testing::manager;
using services::testing::kTillDay;
using services::testing::TillWorld;

TEST_CASE("the stock report's stock and movements match the lots and their movements", "[stock][report]") {
    TillWorld w;
    auto till = w.till_with_card();
    REQUIRE(till.add_product(w.product.at("riz"), 3).accepted);
    REQUIRE(till.validate({{core::PaymentMethod::Cash, core::Money::from_euros(5)}}, "r1").recorded);
    stock::record_loss(*w.store, manager(), {w.lots.at("fse")[0], 2, stock::LossReason::Broken, ""}, w.clock);

    const auto m = stock::build_stock_report(*w.store, manager(), kTillDay, w.clock);
    CHECK(m.as_of == kTillDay);
    CHECK(m.month_start == core::Date::from_ymd(2026, 11, 1));
    std::int64_t pieces = 0, grams = 0;
    core::Money value;
    int lots = 0;
    for (const auto& lot : w.store->stock().all_lots(false)) {
        const auto p = *w.store->catalogue().get_product(lot.product_id);
        if (p.unit == core::SaleUnit::Piece) pieces += lot.remaining;
        else grams += lot.remaining;
        value += core::line_value(p, lot.remaining);
        ++lots;
    }
    CHECK(m.total.lots == lots);
    CHECK(m.total.pieces == pieces);
    CHECK(m.total.grams == grams);  // the fixture's pieces have no net weight
    CHECK(m.total.value == value);
    std::int64_t by_origin = 0, by_category = 0;
    for (const auto& r : m.by_origin) by_origin += r.pieces;
    for (const auto& r : m.by_category) by_category += r.pieces;
    CHECK(by_origin == pieces);
    CHECK(by_category == pieces);

    REQUIRE(m.movements.size() == 5);
    CHECK(m.movements[0].label == "Réceptions");
    CHECK(m.movements[0].count == static_cast<int>(w.store->stock().all_lots(true).size()));  // all received on 3 Nov
    CHECK(m.movements[1].pieces == 3);
    CHECK(m.movements[1].value == core::Money::from_cents(600));
    CHECK(m.movements[3].pieces == 2);
    CHECK(m.movements[3].count == 1);

    // October: before any reception, the stock is empty and nothing moved.
    const auto october = stock::build_stock_report(*w.store, manager(), core::Date::from_ymd(2026, 10, 15), w.clock);
    CHECK(october.total.lots == 0);
    CHECK(october.movements[0].count == 0);
    CHECK_THROWS_AS(stock::build_stock_report(*w.store, manager(), core::Date::from_ymd(2026, 12, 1), w.clock), ValidationError);
    CHECK(stock::parse_month("2026-11") == core::Date::from_ymd(2026, 11, 1));
    CHECK_THROWS_AS(stock::parse_month("2026-1"), ValidationError);
}
