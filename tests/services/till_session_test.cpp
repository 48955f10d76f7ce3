// Till sessions and the Z report: counts, totals by payment type, expected vs counted cash,
// the closure journal record, and a session left open from an earlier day.
#include "support/test_login.hpp"
#include "till_fixtures.hpp"

#include "services/till/journal.hpp"
#include "services/login.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using services::testing::TillWorld;
using core::PaymentMethod;

TEST_CASE("the Z report counts sales, corrections and cash expected against counted", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    till.add_product(w.product.at("riz"), 2);                                   // 0,40 €
    auto a = till.validate({{PaymentMethod::Cash, core::Money::from_euros(5)}}, "z1");
    REQUIRE(a.recorded);
    REQUIRE(till.override_last_refusal("paul", "2222", "x").granted == false);  // nothing pending
    till.scan(w.card);
    REQUIRE(till.override_last_refusal("paul", "2222", "deuxième passage").granted);
    till.add_product(w.product.at("shampoing"), 1);                             // 1,20 €
    auto b = till.validate({{PaymentMethod::Card, core::Money::from_cents(120)}}, "z2");
    REQUIRE(b.recorded);
    till.scan(w.card);
    REQUIRE(till.override_last_refusal("paul", "2222", "troisième").granted);
    till.add_product(w.product.at("riz"), 1);                                   // 0,20 €, then corrected
    auto c = till.validate({{PaymentMethod::Cash, core::Money::from_cents(20)}}, "z3");
    REQUIRE(till.correct_sale(c.sale_id, "paul", "2222", "erreur").recorded);

    auto z = till.close_session(core::Money::from_cents(5000 + 40 - 10));
    CHECK(z.sales_count == 2);
    CHECK(z.corrections_count == 1);
    CHECK(z.total_value == core::Money::from_cents(400 + 400));
    CHECK(z.total_paid == core::Money::from_cents(40 + 120));
    CHECK(z.savings == core::Money::from_cents(800 - 160));
    CHECK(z.cash_float == core::Money::from_euros(50));
    CHECK(z.cash_expected == core::Money::from_cents(5040));
    CHECK(z.difference == core::Money::from_cents(-10));
    REQUIRE(z.by_payment.size() == 2);
    CHECK(z.short_hash.size() == 8);
    CHECK(w.store->journal().head()->kind == "closure");
    CHECK(z.journal_sequence == w.store->journal().head()->sequence);
    CHECK_FALSE(till.current_session());
    CHECK(z.perpetual_total == core::Money::from_cents(160));

    // The next session's closure carries the grand total forward.
    till.open_session(core::Money::from_euros(50));
    till.scan(w.card);
    REQUIRE(till.override_last_refusal("paul", "2222", "quatrième").granted);
    till.add_product(w.product.at("riz"), 1);
    REQUIRE(till.validate({{PaymentMethod::Cash, core::Money::from_cents(20)}}, "z4").recorded);
    auto z2 = till.close_session(core::Money::from_cents(5020));
    CHECK(z2.perpetual_total == core::Money::from_cents(180));
    CHECK(services::till::verify_journal(*w.store).ok);
}

TEST_CASE("a session opened on an earlier day is flagged", "[till]") {
    TillWorld w;
    auto till = w.till();
    auto opened = till.open_session(core::Money::from_euros(30));
    CHECK_FALSE(opened.from_earlier_day);
    services::FixedClock tomorrow(services::testing::kTillDay.plus_days(1));
    services::till::TillService next_day(*w.store, tomorrow, "caisse-1", w.marie);
    auto session = next_day.current_session();
    REQUIRE(session);
    CHECK(session->from_earlier_day);
    CHECK(session->float_amount == core::Money::from_euros(30));
}

TEST_CASE("log in accepts the right PIN only", "[till]") {
    TillWorld w;
    CHECK(cabas::testing::log_in_now(*w.store, "paul", "2222")->role == core::Role::Manager);
    CHECK_FALSE(cabas::testing::log_in_now(*w.store, "paul", "1111"));
}
