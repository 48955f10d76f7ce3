// The stock service's first-expired-first-out plan, and what the till leaves behind: lots
// taken in expiry order, DLC blocking, DDM warnings, and sales past the known stock recorded
// as discrepancies for the next inventory.
#include "till_fixtures.hpp"

#include "core/error.hpp"

#include "services/stock/fefo.hpp"
#include "services/stock/inventory_service.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services;
using cabas::services::testing::manager;
using services::testing::kTillDay;
using services::testing::TillWorld;

TEST_CASE("FEFO takes the lot expiring first, then the next, across several lots", "[stock][fefo]") {
    TillWorld w;
    const auto plan = stock::plan_consumption(*w.store, w.product.at("yaourt"), 4, kTillDay);
    REQUIRE(plan.shares.size() == 2);
    CHECK(plan.shares[0].lot_id == w.lots.at("yaourt")[2]);  // 2 left, expires in 3 days
    CHECK(plan.shares[0].quantity == 2);
    CHECK(plan.shares[1].lot_id == w.lots.at("yaourt")[1]);  // expires in 10 days
    CHECK(plan.shares[1].quantity == 2);
    CHECK(plan.past_dlc == 5);                                // the lot past its DLC is skipped
    CHECK(plan.shortfall == 0);
    CHECK(plan.warnings.empty());
    CHECK_FALSE(plan.blocked_by_dlc);
}

TEST_CASE("a sale takes stock lot by lot and the sale lines name the lots", "[stock][fefo]") {
    TillWorld w;
    auto till = w.till_with_card();
    REQUIRE(till.add_product(w.product.at("yaourt"), 3).accepted);
    REQUIRE(till.validate({{core::PaymentMethod::Cash, core::Money::from_euros(10)}}, "r1").recorded);
    CHECK(w.store->stock().lot(w.lots.at("yaourt")[2])->remaining == 0);
    CHECK(w.store->stock().lot(w.lots.at("yaourt")[1])->remaining == 1);
    CHECK(w.store->stock().lot(w.lots.at("yaourt")[0])->remaining == 5);  // past DLC, untouched
}

TEST_CASE("stock whose only lots are past their DLC blocks the sale", "[stock][fefo]") {
    TillWorld w;
    const auto plan = stock::plan_consumption(*w.store, w.product.at("jambon"), 1, kTillDay);
    CHECK(plan.blocked_by_dlc);
    CHECK(plan.shares.empty());
    CHECK(plan.past_dlc == 4);
    // On the DLC day itself the lot is still sold.
    const auto on_the_day = stock::plan_consumption(*w.store, w.product.at("jambon"), 1, kTillDay.plus_days(-1));
    CHECK_FALSE(on_the_day.blocked_by_dlc);
    REQUIRE(on_the_day.shares.size() == 1);
    CHECK(on_the_day.shares[0].lot_id == w.lots.at("jambon")[0]);
}

TEST_CASE("a lot past its DDM is taken with a warning giving the date", "[stock][fefo]") {
    TillWorld w;
    const auto plan = stock::plan_consumption(*w.store, w.product.at("biscuits"), 2, kTillDay);
    REQUIRE(plan.shares.size() == 1);
    CHECK(plan.shares[0].quantity == 2);
    REQUIRE(plan.warnings.size() == 1);
    CHECK(plan.warnings[0] == "DDM dépassée le " + kTillDay.plus_days(-5).french() + " : vendable, prévenez le foyer");
}

TEST_CASE("selling more than the known stock is allowed, with a warning and a discrepancy for the inventory",
          "[stock][fefo]") {
    TillWorld w;
    const auto plan = stock::plan_consumption(*w.store, w.product.at("television"), 3, kTillDay);
    REQUIRE(plan.shares.size() == 2);
    CHECK(plan.shares[0].quantity == 2);
    CHECK(plan.shares[1].lot_id == 0);
    CHECK(plan.shortfall == 1);
    CHECK(plan.warnings.back() == "Stock épuisé selon le système : écart noté pour l'inventaire");

    auto till = w.till_with_card();
    REQUIRE(till.scan(w.barcode.at("savon")).accepted);
    REQUIRE(till.validate({{core::PaymentMethod::Cash, core::Money::from_euros(10)}}, "r1").recorded);
    // Stock never goes negative: the line has no lot and no movement.
    CHECK(w.remaining("savon") == 0);
    const auto gaps = w.store->stock().unlotted_sale_lines();
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].product_id == w.product.at("savon"));
    CHECK(gaps[0].quantity == 1);
    // The next inventory shows it beside the count.
    const auto session = stock::start_inventory(*w.store, manager(), "Rayon hygiène", std::nullopt, w.clock);
    stock::count_scan(*w.store, manager(), session, w.barcode.at("savon"), w.clock);
    const auto sheet = stock::inventory_sheet(*w.store, manager(), session);
    REQUIRE(sheet.size() == 1);
    CHECK(sheet[0].expected == 0);
    CHECK(sheet[0].counted == 1);
    CHECK(sheet[0].sold_without_lot == 1);
}
