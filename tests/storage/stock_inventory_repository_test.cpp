// Stock queries added for issue 5 in SQLite: movements dated by delivery for receptions and
// filtered by lot, product and time; sale lines with no lot; inventory sessions and counts.
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

namespace {

std::int64_t receive(Store& store, std::int64_t product, const std::string& lot, std::int64_t quantity) {
    Reception r;
    r.origin = core::Origin::FoodBank;
    r.received_on = Date::from_ymd(2026, 11, 3);
    r.reference = "BL-" + lot;
    r.lines = {{product, lot, quantity, Date::from_ymd(2026, 12, 1), ExpiryKind::Dlc, std::nullopt}};
    store.stock().add_reception(r);
    return store.stock().lots_of(product, true).back().lot_id;
}

} // namespace

TEST_CASE("movements are listed by lot, product and time, receptions at their delivery date", "[storage]") {
    TestStore store;
    const auto lentils = add_product(store, "Lentilles 500 g", 150);
    const auto rice = add_product(store, "Riz 1 kg", 180);
    const auto lot = receive(store, lentils, "L-1", 10);
    receive(store, rice, "R-1", 5);
    store.stock().add_movement({lot, MovementKind::Loss, -2, "2026-11-10T09:00:00Z", "casse"});
    store.stock().add_movement({lot, MovementKind::Adjustment, 1, "2026-11-20T09:00:00Z", "inventaire n° 1"});

    MovementFilter by_lot;
    by_lot.lot_id = lot;
    const auto moves = store.stock().movements(by_lot);
    REQUIRE(moves.size() == 3);
    CHECK(moves[0].kind == MovementKind::Reception);
    CHECK(moves[0].occurred_at == "2026-11-03T00:00:00Z");
    CHECK(moves[0].origin == core::Origin::FoodBank);
    CHECK(moves[0].product_id == lentils);
    CHECK(moves[1].quantity == -2);
    CHECK(moves[1].reason == "casse");
    CHECK_FALSE(moves[1].sale_id);

    MovementFilter window;
    window.from_at = "2026-11-05T00:00:00Z";
    window.until_at = "2026-11-15T00:00:00Z";
    REQUIRE(store.stock().movements(window).size() == 1);
    MovementFilter by_product;
    by_product.product_id = rice;
    CHECK(store.stock().movements(by_product).size() == 1);
    CHECK(store.stock().all_lots().size() == 2);
    CHECK(store.stock().reception(store.stock().lot(lot)->reception_id)->reference == "BL-L-1");
    CHECK_FALSE(store.stock().reception(999));
    CHECK(store.stock().unlotted_sale_lines().empty());
}

TEST_CASE("an inventory session keeps one count per product and refuses counts once closed", "[storage]") {
    TestStore store;
    const auto lentils = add_product(store, "Lentilles 500 g", 150);
    InventorySession s;
    s.scope = "Rayon 2";
    s.started_by = "paul";
    s.started_at = "2026-11-23T10:00:00Z";
    const auto id = store.stock().open_inventory(s);
    store.stock().set_count(id, lentils, 3, "2026-11-23T10:01:00Z");
    store.stock().set_count(id, lentils, 4, "2026-11-23T10:02:00Z");
    auto counts = store.stock().counts(id);
    REQUIRE(counts.size() == 1);
    CHECK(counts[0].counted == 4);
    CHECK_FALSE(counts[0].expected);
    CHECK_THROWS_AS(store.stock().set_count(id, lentils, -1, "x"), ValidationError);
    CHECK_THROWS_AS(store.stock().set_count(id, 999, 1, "x"), ValidationError);

    counts[0].expected = 6;
    store.stock().close_inventory(id, "2026-11-23T10:30:00Z", counts);
    CHECK(store.stock().counts(id)[0].expected == 6);
    CHECK(store.stock().inventory(id)->closed_at == "2026-11-23T10:30:00Z");
    CHECK_THROWS_WITH(store.stock().set_count(id, lentils, 1, "x"), Catch::Contains("déjà clos"));
    CHECK_THROWS_AS(store.stock().close_inventory(id, "x", {}), ValidationError);
    s.category_id = 999;
    CHECK_THROWS_AS(store.stock().open_inventory(s), ValidationError);
    CHECK(store.stock().inventories().size() == 1);
}
