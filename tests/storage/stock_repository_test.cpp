// Tests of stock in SQLite: receptions create lots and movements in one transaction, lots are
// listed first-expired-first-out with what is left of them.
#include "fixtures.hpp"
#include "test_store.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::storage;
using core::Decision, core::ExpiryKind, core::MovementKind, core::PaymentMethod, core::Role;
using core::to_code, core::decision_from_code, core::role_from_code, core::payment_method_from_code;
using core::expiry_kind_from_code, core::movement_kind_from_code;
using namespace cabas::storage::testing;
using core::Date;
using core::Money;

namespace {

Reception delivery(std::int64_t product, core::Origin origin = core::Origin::FsePlus) {
    Reception r;
    r.origin = origin;
    r.supplier = "Banque Alimentaire de la Gironde";
    r.received_on = Date::from_ymd(2026, 11, 3);
    r.reference = "BL-2026-118";
    r.created_by = "marie";
    r.lines = {
        {product, "L-B", 24, Date::from_ymd(2027, 3, 1), ExpiryKind::Ddm, std::nullopt},
        {product, "L-A", 12, Date::from_ymd(2026, 12, 15), ExpiryKind::Dlc, Money::from_cents(85)},
        {product, "L-C", 6, std::nullopt, ExpiryKind::Dlc, std::nullopt},
    };
    return r;
}

} // namespace

TEST_CASE("a reception creates one lot per line, listed first-expired-first-out", "[storage]") {
    TestStore store;
    const auto product = add_product(store, "Lentilles 500 g", 150);
    const auto reception = store.stock().add_reception(delivery(product));
    auto lots = store.stock().lots_of(product);
    REQUIRE(lots.size() == 3);
    CHECK(lots[0].lot_code == "L-A");
    CHECK(lots[0].expiry_kind == ExpiryKind::Dlc);
    CHECK(lots[0].expiry_on == Date::from_ymd(2026, 12, 15));
    CHECK(lots[0].unit_cost == Money::from_cents(85));
    CHECK(lots[0].remaining == 12);
    CHECK(lots[0].initial_quantity == 12);
    CHECK(lots[0].origin == core::Origin::FsePlus);
    CHECK(lots[0].reception_id == reception);
    CHECK(lots[0].received_on == Date::from_ymd(2026, 11, 3));
    CHECK(lots[1].lot_code == "L-B");
    CHECK(lots[1].expiry_kind == ExpiryKind::Ddm);
    CHECK_FALSE(lots[1].unit_cost.has_value());
    CHECK(lots[2].lot_code == "L-C");  // no expiry date: last
    CHECK_FALSE(lots[2].expiry_on.has_value());
    CHECK_FALSE(lots[2].expiry_kind.has_value());
    CHECK(store.stock().quantity_on_hand(product) == 42);
    CHECK(store.query_int("SELECT COUNT(*) FROM stock_movements WHERE kind = 'reception'") == 3);
}

TEST_CASE("losses reduce a lot, and an emptied lot leaves the default listing", "[storage]") {
    TestStore store;
    const auto product = add_product(store, "Yaourts x4", 190);
    store.stock().add_reception(delivery(product));
    const auto before = store.stock().lots_of(product);
    const auto& first = before[0];
    store.stock().add_movement({first.lot_id, MovementKind::Loss, -12, "2026-12-16T09:00:00Z", "DLC dépassée"});
    store.stock().add_movement({before[1].lot_id, MovementKind::Adjustment, -4, "", "Inventaire"});
    auto lots = store.stock().lots_of(product);
    REQUIRE(lots.size() == 2);
    CHECK(lots[0].lot_code == "L-B");
    CHECK(lots[0].remaining == 20);
    CHECK(store.stock().lots_of(product, true).size() == 3);
    CHECK(store.stock().lot(first.lot_id)->remaining == 0);
    CHECK(store.stock().quantity_on_hand(product) == 26);
    CHECK_THROWS_AS(store.stock().add_movement({first.lot_id, MovementKind::Loss, 0, "", ""}), ValidationError);
    CHECK_THROWS_AS(store.stock().add_movement({999, MovementKind::Loss, -1, "", ""}), ValidationError);
}

TEST_CASE("a reception with one bad line writes nothing", "[storage]") {
    TestStore store;
    const auto product = add_product(store, "Lentilles 500 g", 150);
    auto r = delivery(product);
    r.lines[2].quantity = 0;
    try {
        store.stock().add_reception(r);
        FAIL("zero quantity accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "ligne 3: quantité");
    }
    r = delivery(product);
    r.lines[1].product_id = 999;
    CHECK_THROWS_AS(store.stock().add_reception(r), ValidationError);
    r.lines.clear();
    CHECK_THROWS_AS(store.stock().add_reception(r), ValidationError);
    auto& db = store;
    CHECK(db.query_int("SELECT COUNT(*) FROM receptions") == 0);
    CHECK(db.query_int("SELECT COUNT(*) FROM lots") == 0);
    CHECK(db.query_int("SELECT COUNT(*) FROM stock_movements") == 0);
}

TEST_CASE("expiry kinds and movement kinds have the codes the schema accepts", "[storage]") {
    CHECK(to_code(ExpiryKind::Dlc) == "dlc");
    CHECK(expiry_kind_from_code("ddm") == ExpiryKind::Ddm);
    CHECK(to_code(MovementKind::Adjustment) == "adjustment");
    CHECK(movement_kind_from_code("correction") == MovementKind::Correction);
    CHECK_FALSE(movement_kind_from_code("vol").has_value());
}

TEST_CASE("a lot marked empty by its movements comes back when goods return to it", "[storage]") {
    TestStore store;
    const auto product = add_product(store, "Yaourts x4", 190);
    store.stock().add_reception(delivery(product));
    const auto lot = store.stock().lots_of(product).front();
    auto empty_flag = [&] {
        return store.query_int("SELECT empty FROM lots WHERE id = " + std::to_string(lot.lot_id));
    };
    CHECK(empty_flag() == 0);
    store.stock().add_movement({lot.lot_id, MovementKind::Loss, -lot.remaining, "", "Cassé"});
    CHECK(empty_flag() == 1);
    CHECK(store.stock().lots_of(product).size() == 2);
    store.stock().add_movement({lot.lot_id, MovementKind::Adjustment, 3, "", "Retrouvé à l'inventaire"});
    CHECK(empty_flag() == 0);
    auto lots = store.stock().lots_of(product);
    REQUIRE(lots.size() == 3);
    CHECK(lots[0].lot_id == lot.lot_id);
    CHECK(lots[0].remaining == 3);
}
