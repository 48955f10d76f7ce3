// The "done when" on the demo database: a food-bank delivery is received, its lot is
// sold first at the till because it expires first, a loss and an inventory are recorded, and
// the lot's trace and the stock report agree with the movements.
#include "support/test_login.hpp"
#include "till_fixtures.hpp"

#include "core/error.hpp"
#include "services/card_check_service.hpp"
#include "services/demo/demo_seeder.hpp"
#include "services/stock/inventory_service.hpp"
#include "services/stock/loss_service.hpp"
#include "services/stock/reception_service.hpp"
#include "services/stock/stock_report.hpp"
#include "services/stock/traceability.hpp"
#include "services/login.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services;
using cabas::services::testing::manager;
using services::testing::kTillDay;
using services::testing::TempStore;

namespace {

/// A product sold by the piece, not free, with no limit, whose lots all expire after `after`.
core::Product plain_product(storage::Store& store, core::Date after) {
    for (const auto& p : store.catalogue().products()) {
        if (p.unit != core::SaleUnit::Piece || p.always_free || p.limit.per_visit || p.limit.per_month) continue;
        if (p.barcodes.empty()) continue;
        const auto category = store.catalogue().get_category(p.category_id);
        if (category && (category->limit.per_visit || category->limit.per_month)) continue;
        bool later = true;
        for (const auto& lot : store.stock().lots_of(p.id)) later = later && lot.expiry_on && *lot.expiry_on > after;
        if (later) return p;
    }
    FAIL("no plain product in the demo");
    return {};
}

std::string green_card(storage::Store& store) {
    for (const auto& h : store.households().list()) {
        const auto card = store.cards().active_card_of(h.id);
        if (!card) continue;
        const auto answer = check_card(store, services::testing::acting(core::Role::Volunteer), card->number, kTillDay);
        if (answer.result.green() && answer.result.month_left >= core::Money::from_euros(20)) return card->number;
    }
    FAIL("no green card in the demo");
    return {};
}

} // namespace

TEST_CASE("on the demo database a food-bank delivery is received, sold FEFO, lost from, counted and reported",
          "[stock][demo]") {
    TempStore store;
    demo::seed_demo(*store, kTillDay, 42);
    FixedClock clock{kTillDay};
    const core::Product product = plain_product(*store, kTillDay.plus_days(3));

    storage::Reception note;
    note.origin = core::Origin::FoodBank;
    note.supplier = "Banque Alimentaire";
    note.received_on = kTillDay;
    note.reference = "BA-DEMO";
    note.created_by = "paul";
    note.lines.push_back({product.id, "BA-DEMO-1", 10, kTillDay.plus_days(3), core::ExpiryKind::Dlc, std::nullopt});
    const auto received = stock::receive(*store, manager(), note, kTillDay);
    REQUIRE(received.ok());
    const auto lot_id = stock::find_lots(*store, manager(), "BA-DEMO-1").at(0).lot_id;

    auto paul = *cabas::testing::log_in_now(*store, "paul", "2222");
    till::TillService t(*store, clock, "caisse-test", paul);
    t.open_session(core::Money::from_euros(50));
    REQUIRE(t.scan(green_card(*store)).accepted);
    REQUIRE(t.add_product(product.id, 1).accepted);
    REQUIRE(t.lines()[0].lots.size() == 1);
    CHECK(t.lines()[0].lots[0].lot_id == lot_id);  // expires first, sold first
    CHECK(t.lines()[0].rate.bp <= 1000);           // food-bank goods at most 10 %
    REQUIRE(t.validate({{core::PaymentMethod::Cash, core::Money::from_euros(20)}}, "demo-story").recorded);

    stock::record_loss(*store, manager(), {lot_id, 1, stock::LossReason::Broken, ""}, clock);
    const std::int64_t on_hand = store->stock().quantity_on_hand(product.id);
    const auto session = stock::start_inventory(*store, manager(), "Rayon démo", std::nullopt, clock);
    stock::set_counted(*store, manager(), session, product.id, on_hand - 2, clock);
    const auto adjustments = stock::close_inventory(*store, manager(), session, clock);
    REQUIRE(adjustments.size() == 1);
    CHECK(adjustments[0].lot_id == lot_id);  // the shortage comes off the lot expiring first
    CHECK(store->stock().quantity_on_hand(product.id) == on_hand - 2);

    const auto trace = stock::trace_lot(*store, manager(), lot_id);
    CHECK(trace.totals.received == 10);
    CHECK(trace.totals.distributed == 1);
    CHECK(trace.totals.lost == 1);
    CHECK(trace.totals.adjusted == -2);
    CHECK(trace.totals.remaining == 6);
    CHECK(trace.totals.balanced());

    const auto report = stock::build_stock_report(*store, manager(), kTillDay, clock);
    std::int64_t pieces = 0;
    for (const auto& lot : store->stock().all_lots(false))
        if (store->catalogue().get_product(lot.product_id)->unit == core::SaleUnit::Piece) pieces += lot.remaining;
    CHECK(report.total.pieces == pieces);
    CHECK(report.movements[3].count >= 1);   // the loss
    CHECK(report.movements[4].count == 1);   // the adjustment
    CHECK(report.movements[4].pieces == 2);
}
