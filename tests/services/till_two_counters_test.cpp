// One household served at two counters at once: each till checked the basket against the
// usage read when the card was scanned, so the sale validated second is checked again when it
// is written (runs on both engines). The household may come once a week by default; its week
// is 29 €; rice is 2 € a bag.
#include "till_fixtures.hpp"

#include "services/bareme_service.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using services::testing::TillWorld;
using core::PaymentMethod;

namespace {

services::till::TillService second_counter(TillWorld& w) {
    services::till::TillService t(*w.store, w.clock, "caisse-2", w.marie);
    if (!t.current_session()) t.open_session(core::Money::from_euros(50));
    return t;
}

void fill(services::till::TillService& till, TillWorld& w, std::int64_t bags) {
    REQUIRE(till.scan(w.card).accepted);
    REQUIRE(till.add_product(w.product.at("riz"), bags).accepted);
}

/// Three visits a week, so that only the credit stops the second basket.
void allow_three_visits(TillWorld& w) {
    core::Bareme b = services::bareme_in_force(*w.store, services::testing::kTillDay);
    b.effective_from = services::testing::kTillDay.plus_days(-1);
    b.credit.visits_per_week = 3;
    services::add_bareme(*w.store, b);
}

services::till::ValidationResult pay(services::till::TillService& till, const std::string& request) {
    return till.validate({{PaymentMethod::Cash, till.amount_due()}}, request);
}

} // namespace

TEST_CASE("the household's one visit of the week, used at the other counter meanwhile, stops the basket",
          "[till][concurrency]") {
    TillWorld w;
    auto first = w.till_with_card();
    first.cancel_sale();
    fill(first, w, 1);
    auto second = second_counter(w);
    fill(second, w, 1);  // both cards green: no visit yet this week
    REQUIRE(pay(second, "c2-1").recorded);
    const auto late = pay(first, "c1-1");
    CHECK_FALSE(late.recorded);
    CHECK(late.message == "Vente NON enregistrée : nombre de passages atteint : une autre caisse vient de servir ce foyer");
    CHECK(w.store->usage().credit_usage(w.household_code, services::testing::kTillDay).visits_this_week == 1);
}

TEST_CASE("a basket that the other counter's sale pushed over the week's credit is not recorded", "[till][concurrency]") {
    TillWorld w;
    allow_three_visits(w);
    auto first = w.till_with_card();
    first.cancel_sale();
    fill(first, w, 10);  // 20 € of the 29 €, checked now
    auto second = second_counter(w);
    fill(second, w, 10);  // the same 20 €, also checked against an untouched week
    REQUIRE(pay(second, "c2-1").recorded);

    const auto late = pay(first, "c1-1");
    CHECK_FALSE(late.recorded);
    CHECK_FALSE(late.server_unreachable);
    CHECK_THAT(late.message, Catch::StartsWith("Vente NON enregistrée : Crédit de la semaine"));
    CHECK_THAT(late.message, Catch::Contains("une autre caisse vient de servir ce foyer"));
    CHECK(first.lines().size() == 1);  // kept, so the cashier can take bags out and validate again
    CHECK(w.store->usage().credit_usage(w.household_code, services::testing::kTillDay).used_this_week ==
          core::Money::from_euros(20));

    first.set_quantity(0, 4);  // 8 € more: 28 € in the week
    REQUIRE(pay(first, "c1-2").recorded);
    CHECK(w.store->usage().credit_usage(w.household_code, services::testing::kTillDay).used_this_week ==
          core::Money::from_euros(28));
}

TEST_CASE("two counters whose baskets fit the credit together both record their sale", "[till][concurrency]") {
    TillWorld w;
    allow_three_visits(w);
    auto first = w.till_with_card();
    first.cancel_sale();
    fill(first, w, 5);
    auto second = second_counter(w);
    fill(second, w, 5);
    REQUIRE(pay(second, "c2-1").recorded);
    REQUIRE(pay(first, "c1-1").recorded);
    const auto usage = w.store->usage().credit_usage(w.household_code, services::testing::kTillDay);
    CHECK(usage.used_this_week == core::Money::from_euros(20));
    CHECK(usage.visits_this_week == 2);
}
