// Payment and validation at the till: change, card, mixed payments, a free basket, the one
// transaction of a sale (and nothing when it fails), idempotent validation and corrections.
#include "till_fixtures.hpp"

#include "services/till/journal.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using services::testing::TillWorld;
using core::PaymentMethod;

namespace {

core::Money euros_cents(std::int64_t cents) { return core::Money::from_cents(cents); }

} // namespace

TEST_CASE("cash above the amount due gives change and records only the amount applied", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    till.add_product(w.product.at("riz"), 3);              // 6 € value, 0,60 € due
    const std::int64_t before = w.remaining("riz");
    auto r = till.validate({{PaymentMethod::Cash, euros_cents(1000)}}, "req-1");
    REQUIRE(r.recorded);
    CHECK(r.change == euros_cents(940));
    CHECK(r.sequence == 1);
    CHECK(r.message.rfind("Vente n° 1 enregistrée", 0) == 0);
    CHECK(r.short_hash.size() == 8);
    auto sale = w.store->sales().sale(r.sale_id);
    REQUIRE(sale);
    CHECK(sale->household_code == w.household_code);
    REQUIRE(sale->payments.size() == 1);
    CHECK(sale->payments[0].amount == euros_cents(60));
    REQUIRE(sale->lines.size() == 1);
    CHECK(sale->lines[0].lot_id == w.lots.at("riz")[0]);
    CHECK(w.remaining("riz") == before - 3);
    CHECK(w.store->journal().head()->kind == "sale");
    CHECK(till.lines().empty());
    CHECK_FALSE(till.card());
    auto receipt = till.receipt(r.sale_id, false);
    CHECK(receipt.cash_given == euros_cents(1000));
    CHECK(receipt.change == euros_cents(940));
    CHECK(receipt.customer == "Fatou");
    CHECK(receipt.short_hash == r.short_hash);
    CHECK(receipt.credit_left_month == euros_cents(11500 - 600));
    CHECK(receipt.shop_name == "Épicerie solidaire");
    CHECK(till.receipt(r.sale_id, true).duplicate);
}

TEST_CASE("a card payment may not exceed the amount due; mixed payments add up", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    till.add_product(w.product.at("shampoing"), 2);        // 2,40 € due
    auto too_much = till.validate({{PaymentMethod::Card, euros_cents(300)}}, "req-a");
    CHECK_FALSE(too_much.recorded);
    CHECK(too_much.message.rfind("Vente NON enregistrée", 0) == 0);
    auto short_pay = till.validate({{PaymentMethod::Cheque, euros_cents(100)}}, "req-b");
    CHECK_FALSE(short_pay.recorded);
    CHECK(short_pay.message.find("il manque") != std::string::npos);
    auto mixed = till.validate({{PaymentMethod::Card, euros_cents(100)}, {PaymentMethod::Cash, euros_cents(200)}}, "req-c");
    REQUIRE(mixed.recorded);
    CHECK(mixed.change == euros_cents(60));
    auto sale = w.store->sales().sale(mixed.sale_id);
    REQUIRE(sale->payments.size() == 2);
    CHECK(sale->total_paid == euros_cents(240));
}

TEST_CASE("a basket with nothing to pay is validated without any payment", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    till.scan(w.barcode.at("fse"));
    till.scan(w.barcode.at("pain"));
    REQUIRE(till.amount_due().is_zero());
    auto r = till.validate({}, "free-1");
    REQUIRE(r.recorded);
    CHECK(w.store->sales().sale(r.sale_id)->payments.empty());
}

TEST_CASE("validating twice with the same request id records one sale", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    till.scan(w.barcode.at("riz"));
    auto first = till.validate({{PaymentMethod::Cash, euros_cents(20)}}, "double-enter");
    auto second = till.validate({{PaymentMethod::Cash, euros_cents(20)}}, "double-enter");
    REQUIRE(first.recorded);
    CHECK(second.recorded);
    CHECK(second.sale_id == first.sale_id);
    auto session = w.store->sales().open_session_of("caisse-1");
    CHECK(w.store->sales().sales_of_session(session->id).size() == 1);
    CHECK(w.store->journal().head()->sequence == 1);
}

TEST_CASE("a sale in a closed session writes nothing: no sale, no stock, no journal", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    till.scan(w.barcode.at("riz"));
    auto session = w.store->sales().open_session_of("caisse-1");
    w.store->sales().close_session(session->id, "2026-11-23T12:00:00Z", core::Money{}, "paul");
    const std::int64_t before = w.remaining("riz");
    auto r = till.validate({{PaymentMethod::Cash, euros_cents(20)}}, "closed");
    CHECK_FALSE(r.recorded);
    CHECK(r.message.rfind("Vente NON enregistrée", 0) == 0);
    CHECK(w.remaining("riz") == before);
    CHECK_FALSE(w.store->journal().head());
    CHECK(till.lines().size() == 1);   // the basket is kept for another try
}

TEST_CASE("an overridden limit is stored with the sale with who and why", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    till.scan(w.barcode.at("cafe"));
    till.scan(w.barcode.at("cafe"));
    REQUIRE(till.override_last_refusal("paul", "2222", "naissance").granted);
    auto r = till.validate({{PaymentMethod::Cash, euros_cents(60)}}, "ov");
    REQUIRE(r.recorded);
    auto sale = w.store->sales().sale(r.sale_id);
    CHECK(sale->override_by == "paul");
    CHECK(sale->override_reason == "naissance");
}

TEST_CASE("a correction cancels a sale: stock and credit come back, a correction record is journaled", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    const std::int64_t before = w.remaining("riz");
    till.add_product(w.product.at("riz"), 2);
    auto sale = till.validate({{PaymentMethod::Cash, euros_cents(40)}}, "to-correct");
    REQUIRE(sale.recorded);
    CHECK(w.remaining("riz") == before - 2);
    // After its weekly visit the card is red; the correction gives the visit back.
    CHECK_FALSE(till.scan(w.card).accepted);

    CHECK_FALSE(till.correct_sale(sale.sale_id, "marie", "1111", "erreur").recorded);
    auto c = till.correct_sale(sale.sale_id, "paul", "2222", "erreur de foyer");
    REQUIRE(c.recorded);
    CHECK(w.remaining("riz") == before);
    CHECK(w.store->journal().head()->kind == "correction");
    CHECK(w.store->usage().credit_usage(w.household_code, services::testing::kTillDay).used_this_month.is_zero());
    CHECK(till.scan(w.card).accepted);
    CHECK(till.receipt(c.sale_id, false).is_correction);
}

TEST_CASE("a red card for a used visit can be forced by a manager, then sold to", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    till.scan(w.barcode.at("riz"));
    REQUIRE(till.validate({{PaymentMethod::Cash, euros_cents(20)}}, "v1").recorded);
    auto red = till.scan(w.card);
    CHECK_FALSE(red.accepted);
    CHECK(red.message.override_possible);
    REQUIRE(till.override_last_refusal("paul", "2222", "oubli du lait").granted);
    CHECK(till.card_overridden());
    REQUIRE(till.scan(w.barcode.at("riz")).accepted);
    CHECK(till.validate({{PaymentMethod::Cash, euros_cents(20)}}, "v2").recorded);
}

TEST_CASE("a duplicate printed after a restart still shows the cash given and the change, numbered", "[till]") {
    TillWorld w;
    std::int64_t sale_id = 0;
    {
        auto till = w.till_with_card();
        till.add_product(w.product.at("riz"), 3);  // 0,60 € due
        auto r = till.validate({{PaymentMethod::Cash, euros_cents(1000)}}, "req-restart");
        REQUIRE(r.recorded);
        sale_id = r.sale_id;
    }
    CHECK(w.store->sales().sale(sale_id)->cash_given == euros_cents(1000));
    auto after_restart = w.till();  // a new service: nothing of the sale kept in memory
    const auto first = after_restart.receipt(sale_id, true);
    CHECK(first.cash_given == euros_cents(1000));
    CHECK(first.change == euros_cents(940));
    CHECK(first.reprint_number == 1);
    CHECK(w.till().receipt(sale_id, true).reprint_number == 2);
    CHECK(after_restart.receipt(sale_id, false).reprint_number == 0);  // the original is not counted
}

TEST_CASE("a card payment stores no cash given and its receipt has no change line", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    till.add_product(w.product.at("riz"), 3);
    auto r = till.validate({{PaymentMethod::Card, euros_cents(60)}}, "req-card");
    REQUIRE(r.recorded);
    CHECK_FALSE(w.store->sales().sale(r.sale_id)->cash_given);
    const auto receipt = w.till().receipt(r.sale_id, true);
    CHECK(receipt.cash_given.is_zero());
    CHECK(receipt.change.is_zero());
}
