// Receptions: a delivery note is saved whole or not at all, with every problem named by line.
#include "till_fixtures.hpp"

#include "core/error.hpp"

#include "services/stock/reception_service.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services;
using cabas::services::testing::manager;
using services::testing::kTillDay;
using services::testing::TillWorld;

namespace {

storage::Reception food_bank_note(TillWorld& w) {
    storage::Reception r;
    r.origin = core::Origin::FoodBank;
    r.supplier = "Banque Alimentaire du Rhône";
    r.received_on = kTillDay;
    r.reference = "BA-2026-118";
    r.created_by = "paul";
    r.lines.push_back({w.product.at("riz"), "BA118-1", 24, kTillDay.plus_days(200), core::ExpiryKind::Ddm, std::nullopt});
    r.lines.push_back({w.product.at("yaourt"), "BA118-2", 12, kTillDay.plus_days(6), core::ExpiryKind::Dlc, std::nullopt});
    r.lines.push_back({w.product.at("pommes"), "BA118-3", 5000, kTillDay.plus_days(8), core::ExpiryKind::Dlc, std::nullopt});
    return r;
}

} // namespace

TEST_CASE("a food-bank delivery note creates one lot per line with its origin and expiry", "[stock][reception]") {
    TillWorld w;
    const auto riz_before = w.remaining("riz");
    const auto outcome = stock::receive(*w.store, manager(), food_bank_note(w), kTillDay);
    REQUIRE(outcome.ok());
    CHECK(outcome.reception_id > 0);
    CHECK(w.remaining("riz") == riz_before + 24);
    const auto lots = w.store->stock().lots_of(w.product.at("pommes"));
    const auto received = std::find_if(lots.begin(), lots.end(), [](const auto& l) { return l.lot_code == "BA118-3"; });
    REQUIRE(received != lots.end());
    CHECK(received->origin == core::Origin::FoodBank);
    CHECK(received->remaining == 5000);
    CHECK(received->expiry_kind == core::ExpiryKind::Dlc);
    CHECK(w.store->stock().reception(outcome.reception_id)->reference == "BA-2026-118");
}

TEST_CASE("one bad line refuses the whole delivery note and every problem is listed by line", "[stock][reception]") {
    TillWorld w;
    auto note = food_bank_note(w);
    note.lines[1].quantity = 0;                                      // line 2
    note.lines[2].expiry_on = kTillDay.plus_days(-1);                // line 3: DLC already past
    note.lines[0].lot_code = "";                                     // line 1: food-bank lot code missing
    const auto riz_before = w.remaining("riz");
    const auto lots_before = w.store->stock().all_lots(true).size();
    const auto outcome = stock::receive(*w.store, manager(), note, kTillDay);
    CHECK_FALSE(outcome.ok());
    CHECK(outcome.reception_id == 0);
    REQUIRE(outcome.problems.size() == 3);
    CHECK(outcome.problems[0].to_string() == "ligne 1 : lot : numéro de lot obligatoire pour Banque Alimentaire (traçabilité)");
    CHECK(outcome.problems[1].to_string() == "ligne 2 : quantité : la quantité doit être positive");
    CHECK(outcome.problems[2].to_string() ==
          "ligne 3 : DLC : DLC du " + kTillDay.plus_days(-1).french() + " déjà dépassée à la livraison : refusez ce lot");
    CHECK(w.remaining("riz") == riz_before);
    CHECK(w.store->stock().all_lots(true).size() == lots_before);
}

TEST_CASE("purchases need a unit cost and free origins must not carry one", "[stock][reception]") {
    TillWorld w;
    storage::Reception purchase;
    purchase.origin = core::Origin::Purchase;
    purchase.received_on = kTillDay;
    purchase.lines.push_back({w.product.at("riz"), "", 10, std::nullopt, core::ExpiryKind::Dlc, std::nullopt});
    auto refused = stock::receive(*w.store, manager(), purchase, kTillDay, {7});
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems[0].to_string() == "ligne 7 : coût unitaire : coût obligatoire pour un achat");
    purchase.lines[0].unit_cost = core::Money::from_cents(85);
    CHECK(stock::receive(*w.store, manager(), purchase, kTillDay).ok());

    auto gift = food_bank_note(w);
    gift.lines[0].unit_cost = core::Money::from_cents(10);
    auto refused_gift = stock::receive(*w.store, manager(), gift, kTillDay);
    REQUIRE(refused_gift.problems.size() == 1);
    CHECK(refused_gift.problems[0].field == "coût unitaire");
}

TEST_CASE("a note dated in the future or without lines is refused", "[stock][reception]") {
    TillWorld w;
    auto note = food_bank_note(w);
    note.received_on = kTillDay.plus_days(1);
    note.lines.clear();
    const auto outcome = stock::receive(*w.store, manager(), note, kTillDay);
    REQUIRE(outcome.problems.size() == 2);
    CHECK(outcome.problems[0].to_string().rfind("bon de livraison : date : ", 0) == 0);
    CHECK(outcome.problems[1].to_string() == "bon de livraison : lignes : le bon de livraison ne contient aucune ligne");
}
