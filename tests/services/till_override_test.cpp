// A manager's override at the till: offered only for refusals that may be forced, remembered
// (who, why) until the next card, and priced at the household's usual rate.
#include "till_fixtures.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using services::testing::TillWorld;
using services::till::MessageLevel;

TEST_CASE("an expired card forced by a manager is sold at the household's rate, not free", "[till][override]") {
    TillWorld w;
    // The fixture's rights run 1 November 2026 to 31 January 2027: in March they have expired.
    const services::FixedClock march(core::Date::from_ymd(2027, 3, 2));
    services::till::TillService till(*w.store, march, "caisse-1", w.marie);
    till.open_session(core::Money::from_euros(50));
    const auto red = till.scan(w.card);
    REQUIRE_FALSE(red.accepted);
    CHECK(red.message.override_possible);
    CHECK(red.message.text.rfind("Droits expirés", 0) == 0);
    CHECK_FALSE(till.card_override());

    const auto granted = till.override_last_refusal("paul", "2222", "renouvellement en cours");
    REQUIRE(granted.granted);
    CHECK(granted.message == "Carte acceptée par dérogation, accordée par Paul : renouvellement en cours ; taux du foyer appliqué : " +
                                   core::format_percent(core::Rate::percent(10)));
    CHECK(till.last_message().level == MessageLevel::Warning);
    REQUIRE(till.card_override());
    CHECK(till.card_override()->manager_name == "Paul");
    CHECK(till.card_override()->reason == "renouvellement en cours");

    REQUIRE(till.add_product(w.product.at("riz"), 5).accepted);  // 5 × 2,00 € at 10 %
    REQUIRE(till.lines().size() == 1);
    CHECK(till.lines().front().rate == core::Rate::percent(10));
    CHECK(till.lines().front().to_pay == core::Money::from_cents(100));

    till.cancel_sale();
    CHECK_FALSE(till.card_override());  // the next card starts clean
}

TEST_CASE("unknown cards cannot be forced and F6 then has nothing to override", "[till][override]") {
    TillWorld w;
    auto till = w.till();
    const auto unknown = till.scan(core::make_card_number("29", 424242));
    CHECK_FALSE(unknown.message.override_possible);
    const auto result = till.override_last_refusal("paul", "2222", "essai");
    CHECK_FALSE(result.granted);
    CHECK_FALSE(till.card_override());
}

TEST_CASE("a forced limit keeps the line's price and says who lifted the limit", "[till][override]") {
    TillWorld w;
    auto till = w.till_with_card();
    REQUIRE(till.scan(w.barcode.at("cafe")).accepted);
    const auto over = till.scan(w.barcode.at("cafe"));
    REQUIRE_FALSE(over.accepted);
    CHECK(over.message.override_possible);
    const auto granted = till.override_last_refusal("paul", "2222", "famille nombreuse");
    REQUIRE(granted.granted);
    CHECK(granted.message == "cafe : " + core::format_euros(core::Money::from_cents(60)) +
                                   " — dérogation accordée par Paul : limite levée, prix inchangé");
    CHECK(till.last_message().level == MessageLevel::Warning);
    REQUIRE(till.lines().size() == 1);
    CHECK(till.lines().front().quantity == 2);
    CHECK(till.lines().front().overridden);
    CHECK(till.lines().front().rate == core::Rate::percent(10));
}
