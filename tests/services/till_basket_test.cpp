// The till's basket without a window: card states, product scans, pricing by rate and origin,
// FEFO lots, DLC/DDM, stock gaps, limits and credit, and the manager's override.
#include "till_fixtures.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using services::testing::TillWorld;
using services::till::MessageLevel;
using services::till::ScanKind;

TEST_CASE("a green card at the till opens a basket with the household's credit", "[till]") {
    TillWorld w;
    auto till = w.till();
    auto out = till.scan("  " + w.card + "\n");
    CHECK(out.kind == ScanKind::Card);
    CHECK(out.accepted);
    CHECK(out.message.level == MessageLevel::Success);
    CHECK(out.message.text.find("Fatou") != std::string::npos);
    REQUIRE(till.card());
    CHECK(till.totals().month_left_after == core::Money::from_euros(115));
    CHECK(till.totals().week_left_after == core::Money::from_cents(2900));
}

TEST_CASE("unknown, misread and revoked cards are red and cannot be forced", "[till]") {
    TillWorld w;
    auto till = w.till();
    auto unknown = till.scan(core::make_card_number("29", 999999));
    CHECK(unknown.kind == ScanKind::Card);
    CHECK_FALSE(unknown.accepted);
    CHECK(unknown.message.level == MessageLevel::Refusal);
    CHECK_FALSE(unknown.message.override_possible);

    std::string misread = w.card;
    misread.back() = misread.back() == '0' ? '1' : '0';
    auto bad = till.scan(misread);
    CHECK(bad.kind == ScanKind::MisreadCard);
    CHECK(bad.message.text.find("mal lue") != std::string::npos);

    services::replace_card(*w.store, w.card, services::testing::kTillDay, "Carte perdue", w.serials);
    auto revoked = till.scan(w.card);
    CHECK_FALSE(revoked.accepted);
    CHECK_FALSE(revoked.message.override_possible);
    CHECK(till.override_last_refusal("paul", "2222", "je la connais").granted == false);
}

TEST_CASE("a product before any card is refused, an unknown code is named", "[till]") {
    TillWorld w;
    auto till = w.till();
    auto before = till.scan(w.barcode.at("riz"));
    CHECK_FALSE(before.accepted);
    CHECK(before.message.text == "Scannez d'abord la carte du foyer");
    till.scan(w.card);
    auto unknown = till.scan("3760999999999");
    CHECK(unknown.kind == ScanKind::UnknownCode);
    CHECK(unknown.message.text == "Code inconnu : 3760999999999");
}

TEST_CASE("products are priced at the household rate, category rate, FSE+ free, BA capped, always free", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    REQUIRE(till.scan(w.barcode.at("riz")).accepted);
    REQUIRE(till.scan(w.barcode.at("shampoing")).accepted);
    REQUIRE(till.scan(w.barcode.at("fse")).accepted);
    REQUIRE(till.scan(w.barcode.at("ba")).accepted);
    REQUIRE(till.scan(w.barcode.at("pain")).accepted);
    const auto& l = till.lines();
    REQUIRE(l.size() == 5);
    CHECK(l[0].to_pay == core::Money::from_cents(20));
    CHECK(l[0].rate == core::Rate::percent(10));
    CHECK(l[1].to_pay == core::Money::from_cents(120));
    CHECK(l[1].rate_source == core::RateSource::Category);
    CHECK(l[2].to_pay.is_zero());
    CHECK(l[2].rate_source == core::RateSource::FsePlusFree);
    CHECK_FALSE(l[2].counts_against_credit);
    CHECK(l[3].rate == core::Rate::percent(10));
    CHECK(l[3].rate_source == core::RateSource::FoodBankCap);
    CHECK(l[4].to_pay.is_zero());
    CHECK(l[4].rate_source == core::RateSource::AlwaysFree);
    auto t = till.totals();
    CHECK(t.value == core::Money::from_cents(200 + 400 + 150 + 400 + 120));
    CHECK(t.to_pay == core::Money::from_cents(20 + 120 + 40));
    CHECK(t.savings == t.value - t.to_pay);
    // FSE+ does not count against credit.
    CHECK(t.month_left_after == core::Money::from_cents(11500 - 200 - 400 - 400 - 120));
}

TEST_CASE("the same product scanned twice makes one line of quantity 2", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    till.scan(w.barcode.at("riz"));
    auto second = till.scan(w.barcode.at("riz"));
    REQUIRE(till.lines().size() == 1);
    CHECK(second.line_index == std::size_t{0});
    CHECK(till.lines()[0].quantity == 2);
    CHECK(till.lines()[0].value == core::Money::from_euros(4));
    till.set_quantity(0, 3);
    CHECK(till.lines()[0].quantity == 3);
    till.remove_line(0);
    CHECK(till.lines().empty());
}

TEST_CASE("a weighed product asks for grams and is priced per kilogram", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    auto out = till.scan(w.barcode.at("pommes"));
    CHECK(out.needs_weight);
    CHECK(out.product_id == w.product.at("pommes"));
    CHECK(till.lines().empty());
    REQUIRE(till.add_weighed(out.product_id, 1250).accepted);
    CHECK(till.lines()[0].quantity == 1250);
    CHECK(till.lines()[0].value == core::Money::from_cents(313));
    CHECK(till.lines()[0].to_pay == core::Money::from_cents(31));
}

TEST_CASE("lots are taken first-expired-first-out, skipping a lot past its DLC", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    REQUIRE(till.add_product(w.product.at("yaourt"), 3).accepted);
    const auto& lots = till.lines()[0].lots;
    REQUIRE(lots.size() == 2);
    CHECK(lots[0].lot_id == w.lots.at("yaourt")[2]);   // expires in 3 days
    CHECK(lots[0].quantity == 2);
    CHECK(lots[1].lot_id == w.lots.at("yaourt")[1]);   // expires in 10 days
    CHECK(lots[1].quantity == 1);
    CHECK(till.lines()[0].warnings.empty());
}

TEST_CASE("a product whose only stock is past its DLC is refused", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    auto out = till.scan(w.barcode.at("jambon"));
    CHECK_FALSE(out.accepted);
    CHECK(out.message.text.rfind("DLC dépassée : ne pas vendre", 0) == 0);
    CHECK_FALSE(out.message.override_possible);
}

TEST_CASE("a product past its DDM is sold with a warning", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    auto out = till.scan(w.barcode.at("biscuits"));
    CHECK(out.accepted);
    CHECK(out.message.level == MessageLevel::Warning);
    CHECK(out.message.text.find("DDM dépassée") != std::string::npos);
}

TEST_CASE("a product the system believes out of stock is sold with no lot and a warning", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    auto out = till.scan(w.barcode.at("savon"));
    CHECK(out.accepted);
    CHECK(out.message.level == MessageLevel::Warning);
    CHECK(out.message.text.find("Stock épuisé selon le système") != std::string::npos);
    REQUIRE(till.lines()[0].lots.size() == 1);
    CHECK(till.lines()[0].lots[0].lot_id == 0);
}

TEST_CASE("a per-visit limit refuses the second item; a manager's PIN forces it, a volunteer's does not", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    REQUIRE(till.scan(w.barcode.at("cafe")).accepted);
    auto second = till.scan(w.barcode.at("cafe"));
    CHECK_FALSE(second.accepted);
    CHECK(second.message.level == MessageLevel::Refusal);
    CHECK(second.message.override_possible);
    CHECK(second.message.text == "Limite par passage atteinte pour ce produit : 1 au plus, déjà 1, encore 0 (cafe)");
    CHECK(till.lines()[0].quantity == 1);

    CHECK_FALSE(till.override_last_refusal("marie", "1111", "famille nombreuse").granted);
    CHECK_FALSE(till.override_last_refusal("paul", "9999", "famille nombreuse").granted);
    CHECK_FALSE(till.override_last_refusal("paul", "2222", "  ").granted);
    auto forced = till.override_last_refusal("paul", "2222", "famille nombreuse");
    CHECK(forced.granted);
    CHECK(till.lines()[0].quantity == 2);
    CHECK(till.lines()[0].overridden);
}

TEST_CASE("the weekly credit refuses a line that would go over it", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    auto out = till.scan(w.barcode.at("television"));   // 60 € > 29 € this week
    CHECK_FALSE(out.accepted);
    CHECK(out.message.text.find("semaine") != std::string::npos);
    CHECK(out.message.override_possible);
    CHECK(till.lines().empty());
}

TEST_CASE("a card scanned over a basket with lines is refused until the sale ends", "[till]") {
    TillWorld w;
    auto till = w.till_with_card();
    till.scan(w.barcode.at("riz"));
    auto again = till.scan(w.card);
    CHECK_FALSE(again.accepted);
    CHECK(again.message.text.find("Terminez ou annulez") != std::string::npos);
    till.cancel_sale();
    CHECK(till.lines().empty());
    CHECK_FALSE(till.card());
}
