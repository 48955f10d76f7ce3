// Traceability: a lot's reception, sales and losses; received = distributed + lost + remaining
// for every lot (also across the demo's three months of sales); FSE+ and food-bank period sums.
#include "till_fixtures.hpp"

#include "core/error.hpp"

#include "services/demo/demo_seeder.hpp"
#include "services/stock/loss_service.hpp"
#include "services/stock/traceability.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services;
using cabas::services::testing::manager;
using services::testing::kTillDay;
using services::testing::TempStore;
using services::testing::TillWorld;

TEST_CASE("a lot's trace shows its delivery note, each sale and loss, and what remains", "[stock][trace]") {
    TillWorld w;
    auto till = w.till_with_card();
    REQUIRE(till.add_product(w.product.at("fse"), 3).accepted);
    const auto sale = till.validate({}, "r1");
    REQUIRE(sale.recorded);
    const auto lot = w.lots.at("fse")[0];
    stock::record_loss(*w.store, manager(), {lot, 2, stock::LossReason::Broken, ""}, w.clock);

    const auto trace = stock::trace_lot(*w.store, manager(), lot);
    CHECK(trace.product.name == "fse");
    CHECK(trace.reception.reference == "BL-fse");
    CHECK(trace.reception.origin == core::Origin::FsePlus);
    REQUIRE(trace.movements.size() == 3);
    CHECK(trace.movements[0].kind == core::MovementKind::Reception);
    CHECK(trace.movements[0].occurred_at == kTillDay.plus_days(-20).iso() + "T00:00:00Z");
    CHECK(trace.movements[1].kind == core::MovementKind::Sale);
    CHECK(trace.movements[1].sale_id == sale.sale_id);
    CHECK(trace.movements[1].sale_sequence == sale.sequence);
    CHECK(trace.movements[2].kind == core::MovementKind::Loss);
    CHECK(trace.totals.received == 20);
    CHECK(trace.totals.distributed == 3);
    CHECK(trace.totals.lost == 2);
    CHECK(trace.totals.remaining == 15);
    CHECK(trace.totals.balanced());
    CHECK(stock::find_lots(*w.store, manager(), "L-fse").size() == 1);
    CHECK(stock::find_lots(*w.store, manager(), "#" + std::to_string(lot))[0].lot_id == lot);
    CHECK(stock::find_lots(*w.store, manager(), "nothing").empty());
}

TEST_CASE("a corrected sale gives its stock back to the lot in the trace", "[stock][trace]") {
    TillWorld w;
    auto till = w.till_with_card();
    REQUIRE(till.add_product(w.product.at("riz"), 2).accepted);
    const auto sale = till.validate({{core::PaymentMethod::Cash, core::Money::from_euros(5)}}, "r1");
    REQUIRE(till.correct_sale(sale.sale_id, "paul", "2222", "erreur de caisse").recorded);
    const auto trace = stock::trace_lot(*w.store, manager(), w.lots.at("riz")[0]);
    CHECK(trace.totals.distributed == 0);
    CHECK(trace.totals.remaining == 50);
    CHECK(trace.totals.balanced());
}

TEST_CASE("on the demo database every lot balances and distributed matches its sale lines", "[stock][trace][demo]") {
    TempStore store;
    services::demo::seed_demo(*store, kTillDay, 42);
    std::int64_t lots = 0;
    std::int64_t sold_lines = 0;
    for (const auto& lot : store->stock().all_lots(true)) {
        const auto trace = stock::trace_lot(*store, manager(), lot.lot_id);
        CAPTURE(lot.lot_id);
        CHECK(trace.totals.received == lot.initial_quantity);
        CHECK(trace.totals.received == trace.totals.distributed + trace.totals.lost - trace.totals.adjusted +
                                           trace.totals.remaining);
        CHECK(trace.totals.remaining >= 0);
        for (const auto& m : trace.movements)
            if (m.kind == core::MovementKind::Sale) ++sold_lines;
        ++lots;
    }
    CHECK(lots >= 182);
    CHECK(sold_lines > 100);

    // The period view over the three months agrees with the lot traces.
    const auto period = stock::trace_period(*store, manager(), kTillDay.plus_days(-100), kTillDay);
    REQUIRE(period.totals.size() == 2);
    for (const auto& row : period.lots) {
        CHECK(row.totals.balanced());
        CHECK(row.totals.opening == 0);  // the demo's lots were all received within the period
        CHECK(row.totals.remaining == stock::trace_lot(*store, manager(), row.lot.lot_id).totals.remaining);
    }
    for (const auto& t : period.totals) {
        CHECK(t.units.balanced());
        CHECK(t.grams.balanced());
    }
    CHECK(period.totals[0].lots + period.totals[1].lots > 0);
}

TEST_CASE("a period trace counts the opening stock, what came in, went out and remains, in units and kg",
          "[stock][trace]") {
    TillWorld w;
    // fse: 20 FSE+ pieces received 20 days ago. Sell 3 today, lose 2 today.
    auto till = w.till_with_card();
    REQUIRE(till.add_product(w.product.at("fse"), 3).accepted);
    REQUIRE(till.validate({}, "r1").recorded);
    stock::record_loss(*w.store, manager(), {w.lots.at("fse")[0], 2, stock::LossReason::Expired, ""}, w.clock);

    const auto today = stock::trace_period(*w.store, manager(), kTillDay, kTillDay, {core::Origin::FsePlus});
    REQUIRE(today.lots.size() == 1);
    const auto& t = today.lots[0].totals;
    CHECK(t.opening == 20);
    CHECK(t.received == 0);
    CHECK(t.distributed == 3);
    CHECK(t.lost == 2);
    CHECK(t.remaining == 15);
    CHECK(today.totals[0].units.remaining == 15);

    const auto before = stock::trace_period(*w.store, manager(), kTillDay.plus_days(-30), kTillDay.plus_days(-1), {core::Origin::FsePlus});
    REQUIRE(before.lots.size() == 1);
    CHECK(before.lots[0].totals.received == 20);
    CHECK(before.lots[0].totals.remaining == 20);
    CHECK_THROWS_AS(stock::trace_period(*w.store, manager(), kTillDay, kTillDay.plus_days(-1)), ValidationError);
}

TEST_CASE("kilograms count weighed goods in grams and pieces through their net weight", "[stock][trace]") {
    core::Product pasta;
    pasta.unit = core::SaleUnit::Piece;
    pasta.net_grams = 500;
    CHECK(stock::grams_of(pasta, 3) == 1500);
    core::Product apples;
    apples.unit = core::SaleUnit::Weight;
    CHECK(stock::grams_of(apples, 1250) == 1250);
}
