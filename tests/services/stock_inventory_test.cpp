// Inventory sessions: scan and count, counted vs expected, adjustments recorded as movements
// (shortages first-expired-first-out, surplus on the newest lot), partial inventories.
#include "till_fixtures.hpp"

#include "core/error.hpp"

#include "services/stock/inventory_service.hpp"
#include "services/stock/loss_service.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services;
using cabas::services::testing::manager;
using services::testing::TillWorld;

TEST_CASE("scanning counts pieces, the sheet shows counted against expected", "[stock][inventory]") {
    TillWorld w;
    const auto session = stock::start_inventory(*w.store, manager(), "Rayon 2", std::nullopt, w.clock);
    for (int i = 0; i < 7; ++i) stock::count_scan(*w.store, manager(), session, w.barcode.at("yaourt"), w.clock);
    const auto scan = stock::count_scan(*w.store, manager(), session, w.barcode.at("riz"), w.clock);
    CHECK(scan.known);
    CHECK(scan.counted == 1);
    CHECK_FALSE(stock::count_scan(*w.store, manager(), session, "3000000000005", w.clock).known);
    const auto weighed = stock::count_scan(*w.store, manager(), session, w.barcode.at("pommes"), w.clock);
    CHECK(weighed.needs_weight);
    stock::set_counted(*w.store, manager(), session, w.product.at("pommes"), 9500, w.clock);

    const auto sheet = stock::inventory_sheet(*w.store, manager(), session);
    REQUIRE(sheet.size() == 3);
    CHECK(sheet[0].name == "yaourt");
    CHECK(sheet[0].counted == 7);
    CHECK(sheet[0].expected == 9);
    CHECK(sheet[0].difference() == -2);
    CHECK(sheet[1].difference() == 1 - 50);
    CHECK(sheet[2].difference() == -500);
}

TEST_CASE("closing records the differences as adjustments, shortages from the oldest lots first", "[stock][inventory]") {
    TillWorld w;
    const auto session = stock::start_inventory(*w.store, manager(), "Frais", std::nullopt, w.clock);
    stock::set_counted(*w.store, manager(), session, w.product.at("yaourt"), 3, w.clock);   // expected 9
    stock::set_counted(*w.store, manager(), session, w.product.at("cafe"), 23, w.clock);    // expected 20
    const auto adjustments = stock::close_inventory(*w.store, manager(), session, w.clock);
    REQUIRE(adjustments.size() == 3);
    CHECK(adjustments[0].lot_id == w.lots.at("yaourt")[0]);  // the lot past its DLC goes first
    CHECK(adjustments[0].quantity == -5);
    CHECK(adjustments[1].lot_id == w.lots.at("yaourt")[2]);
    CHECK(adjustments[1].quantity == -1);
    CHECK(adjustments[2].lot_id == w.lots.at("cafe")[0]);
    CHECK(adjustments[2].quantity == 3);
    CHECK(w.remaining("yaourt") == 3);
    CHECK(w.remaining("cafe") == 23);
    const auto counts = w.store->stock().counts(session);
    REQUIRE(counts.size() == 2);
    CHECK(counts[0].expected == 9);
    CHECK(w.store->stock().inventory(session)->closed_at == w.clock.now_utc());
    // A closed session takes no more counts and cannot be closed twice.
    CHECK_THROWS_AS(stock::set_counted(*w.store, manager(), session, w.product.at("riz"), 1, w.clock), ValidationError);
    CHECK_THROWS_AS(stock::close_inventory(*w.store, manager(), session, w.clock), ValidationError);
    storage::MovementFilter f;
    f.product_id = w.product.at("cafe");
    const auto moves = w.store->stock().movements(f);
    CHECK(moves.back().kind == core::MovementKind::Adjustment);
    CHECK(moves.back().quantity == 3);
    CHECK(moves.back().reason == "inventaire n° " + std::to_string(session));
}

TEST_CASE("a partial inventory adjusts only what was counted", "[stock][inventory]") {
    TillWorld w;
    const auto riz = w.remaining("riz");
    const auto session = stock::start_inventory(*w.store, manager(), "Rayon 1", std::nullopt, w.clock);
    stock::set_counted(*w.store, manager(), session, w.product.at("fse"), 20, w.clock);
    CHECK(stock::close_inventory(*w.store, manager(), session, w.clock).empty());  // counted = expected
    CHECK(w.remaining("riz") == riz);
}

TEST_CASE("a category inventory lists the category's products not yet counted", "[stock][inventory]") {
    TillWorld w;
    const auto hygiene = w.store->catalogue().find_category("hygiene")->id;
    const auto session = stock::start_inventory(*w.store, manager(), "", hygiene, w.clock);
    CHECK(w.store->stock().inventory(session)->scope == "Hygiène");
    stock::count_scan(*w.store, manager(), session, w.barcode.at("ba"), w.clock);
    const auto sheet = stock::inventory_sheet(*w.store, manager(), session);
    REQUIRE(sheet.size() == 2);
    CHECK(sheet[0].name == "ba");
    CHECK(sheet[1].name == "shampoing");
    CHECK_FALSE(sheet[1].counted);
    stock::close_inventory(*w.store, manager(), session, w.clock);
    CHECK(w.remaining("shampoing") == 20);  // not counted, not adjusted
    CHECK(w.remaining("ba") == 1);
}

TEST_CASE("goods found for a product that never had a lot become an inventory reception", "[stock][inventory]") {
    TillWorld w;
    const auto session = stock::start_inventory(*w.store, manager(), "Réserve", std::nullopt, w.clock);
    stock::set_counted(*w.store, manager(), session, w.product.at("savon"), 4, w.clock);
    const auto adjustments = stock::close_inventory(*w.store, manager(), session, w.clock);
    REQUIRE(adjustments.size() == 1);
    CHECK(w.remaining("savon") == 4);
    const auto lot = w.store->stock().lot(adjustments[0].lot_id);
    REQUIRE(lot);
    CHECK(lot->origin == core::Origin::Donation);
    CHECK(lot->lot_code == "INV-" + std::to_string(session));
    CHECK(w.store->stock().reception(lot->reception_id)->supplier == "Inventaire");
}

TEST_CASE("a loss is recorded by lot with its reason, never more than the lot holds", "[stock][loss]") {
    TillWorld w;
    const auto lot = w.lots.at("yaourt")[0];
    stock::LossRequest loss{lot, 2, stock::LossReason::Expired, ""};
    stock::record_loss(*w.store, manager(), loss, w.clock);
    CHECK(w.store->stock().lot(lot)->remaining == 3);
    loss.quantity = 4;
    CHECK_THROWS_WITH(stock::record_loss(*w.store, manager(), loss, w.clock),
                      "quantité: le lot n° " + std::to_string(lot) + " ne contient plus que 3");
    loss.quantity = 1;
    loss.reason = stock::LossReason::Other;
    CHECK_THROWS_WITH(stock::record_loss(*w.store, manager(), loss, w.clock), "motif: précisez le motif de la perte « autre »");
    loss.note = "pot fendu";
    stock::record_loss(*w.store, manager(), loss, w.clock);
    storage::MovementFilter f;
    f.lot_id = lot;
    const auto moves = w.store->stock().movements(f);
    REQUIRE(moves.size() == 3);
    CHECK(moves[1].reason == "perime (paul)");
    CHECK(moves[2].reason == "autre — pot fendu (paul)");
    CHECK(stock::loss_reason_of(moves[2].reason) == stock::LossReason::Other);
    CHECK(stock::loss_reason_from_code("Cassé") == stock::LossReason::Broken);
}
