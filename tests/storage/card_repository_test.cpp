// Tests of cards in SQLite: issue, lookup, revocation and atomic replacement.
#include "fixtures.hpp"
#include "test_store.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::storage;
using namespace cabas::storage::testing;
using core::Date;

TEST_CASE("an issued card is found by its number and as the household's active card", "[storage]") {
    TestStore store;
    const auto household = add_household(store, "D-1");
    auto& cards = store.cards();
    const auto id = cards.issue(household, "2900000000015", Date::from_ymd(2026, 11, 2));
    auto card = cards.find_by_number("2900000000015");
    REQUIRE(card);
    CHECK(card->id == id);
    CHECK(card->household_id == household);
    CHECK(card->state == core::CardState::Active);
    CHECK(card->issued_on == Date::from_ymd(2026, 11, 2));
    CHECK_FALSE(card->revoked_on.has_value());
    CHECK_FALSE(card->replaced_by.has_value());
    CHECK(cards.active_card_of(household)->number == "2900000000015");
    CHECK_FALSE(cards.find_by_number("2900000000022").has_value());
}

TEST_CASE("a card number can be issued only once, and a household holds one active card", "[storage]") {
    TestStore store;
    const auto a = add_household(store, "D-1");
    const auto b = add_household(store, "D-2");
    auto& cards = store.cards();
    cards.issue(a, "2900000000015", Date::from_ymd(2026, 11, 2));
    CHECK_THROWS_AS(cards.issue(b, "2900000000015", Date::from_ymd(2026, 11, 3)), ValidationError);
    CHECK_THROWS_AS(cards.issue(a, "2900000000022", Date::from_ymd(2026, 11, 3)), ValidationError);
    CHECK_THROWS_AS(cards.issue(99, "2900000000039", Date::from_ymd(2026, 11, 3)), ValidationError);
    CHECK_FALSE(cards.active_card_of(b).has_value());
}

TEST_CASE("a revoked card is still known, with its date and reason", "[storage]") {
    TestStore store;
    const auto household = add_household(store, "D-1");
    auto& cards = store.cards();
    cards.issue(household, "2900000000015", Date::from_ymd(2026, 11, 2));
    cards.revoke("2900000000015", Date::from_ymd(2026, 11, 10), "Perdue");
    auto card = cards.find_by_number("2900000000015");
    REQUIRE(card);
    CHECK(card->state == core::CardState::Revoked);
    CHECK(card->revoked_on == Date::from_ymd(2026, 11, 10));
    CHECK(card->revoke_reason == "Perdue");
    CHECK_FALSE(cards.active_card_of(household).has_value());
    CHECK_THROWS_AS(cards.revoke("2900000000015", Date::from_ymd(2026, 11, 11), "encore"), ValidationError);
    CHECK_THROWS_AS(cards.revoke("2999999999999", Date::from_ymd(2026, 11, 11), ""), ValidationError);
}

TEST_CASE("replacing a lost card revokes it and issues the new number to the same household", "[storage]") {
    TestStore store;
    const auto household = add_household(store, "D-1");
    auto& cards = store.cards();
    cards.issue(household, "2900000000015", Date::from_ymd(2026, 11, 2));
    const auto new_id = cards.replace("2900000000015", "2900000000022", Date::from_ymd(2026, 11, 12), "Volée");
    auto old = cards.find_by_number("2900000000015");
    CHECK(old->state == core::CardState::Revoked);
    CHECK(old->revoke_reason == "Volée");
    CHECK(old->replaced_by == "2900000000022");
    auto active = cards.active_card_of(household);
    REQUIRE(active);
    CHECK(active->id == new_id);
    CHECK(active->number == "2900000000022");
    CHECK(active->issued_on == Date::from_ymd(2026, 11, 12));
    CHECK_THROWS_AS(cards.replace("2900000000015", "2900000000039", Date::from_ymd(2026, 11, 13), ""), ValidationError);
}

TEST_CASE("a card revoked earlier can be replaced later and keeps its first revocation", "[storage]") {
    TestStore store;
    const auto household = add_household(store, "D-1");
    auto& cards = store.cards();
    cards.issue(household, "2900000000015", Date::from_ymd(2026, 11, 2));
    cards.revoke("2900000000015", Date::from_ymd(2026, 11, 10), "Perdue");
    cards.replace("2900000000015", "2900000000022", Date::from_ymd(2026, 11, 17), "Nouvelle carte");
    auto old = cards.find_by_number("2900000000015");
    CHECK(old->revoked_on == Date::from_ymd(2026, 11, 10));
    CHECK(old->revoke_reason == "Perdue");
    CHECK(cards.active_card_of(household)->number == "2900000000022");
}

TEST_CASE("a replacement whose new number is taken changes nothing", "[storage]") {
    TestStore store;
    const auto a = add_household(store, "D-1");
    const auto b = add_household(store, "D-2");
    auto& cards = store.cards();
    cards.issue(a, "2900000000015", Date::from_ymd(2026, 11, 2));
    cards.issue(b, "2900000000022", Date::from_ymd(2026, 11, 2));
    CHECK_THROWS_AS(cards.replace("2900000000015", "2900000000022", Date::from_ymd(2026, 11, 12), "Perdue"),
                    ValidationError);
    auto old = cards.find_by_number("2900000000015");
    CHECK(old->state == core::CardState::Active);
    CHECK_FALSE(old->replaced_by.has_value());
    CHECK(cards.active_card_of(a)->number == "2900000000015");
}
