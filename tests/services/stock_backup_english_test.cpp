// Stock and backups in English: a delivery note's refusals with their line and field, a till
// warning from the stock, the admin's backup status line, and the French once the scope ends.
#include "english_scope.hpp"
#include "till_fixtures.hpp"

#include "services/backup/backup_health.hpp"
#include "services/stock/reception_service.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>

using namespace cabas;
using namespace cabas::services;
using services::testing::kTillDay;
using services::testing::manager;
using services::testing::SpeakEnglish;
using services::testing::TillWorld;

namespace {

/// A food-bank note refused twice: line 1 has no lot number, line 2 no quantity.
storage::Reception refused_note(TillWorld& w) {
    storage::Reception r;
    r.origin = core::Origin::FoodBank;
    r.received_on = kTillDay;
    r.lines = {{w.product.at("riz"), "", 24, kTillDay.plus_days(200), core::ExpiryKind::Ddm, std::nullopt},
               {w.product.at("yaourt"), "BA119-2", 0, kTillDay.plus_days(6), core::ExpiryKind::Dlc, std::nullopt}};
    return r;
}

} // namespace

TEST_CASE("a delivery note's refusals are said in English with their line and field", "[stock][english]") {
    TillWorld w;
    {
        SpeakEnglish english;
        const auto refused = stock::receive(*w.store, manager(), refused_note(w), kTillDay);
        REQUIRE(refused.problems.size() == 2);
        CHECK(refused.problems[0].to_string() == "line 1: lot: lot number required for Food bank (traceability)");
        CHECK(refused.problems[1].to_string() == "line 2: quantity: the quantity must be positive");
        storage::Reception purchase;
        purchase.origin = core::Origin::Purchase;
        purchase.received_on = kTillDay;
        purchase.lines.push_back({w.product.at("riz"), "", 10, std::nullopt, core::ExpiryKind::Dlc, std::nullopt});
        const auto no_cost = stock::receive(*w.store, manager(), purchase, kTillDay, {7});
        REQUIRE(no_cost.problems.size() == 1);
        CHECK(no_cost.problems[0].to_string() == "line 7: unit cost: cost required for a purchase");
    }
    const auto refused = stock::receive(*w.store, manager(), refused_note(w), kTillDay);
    REQUIRE(refused.problems.size() == 2);
    CHECK(refused.problems[1].to_string() == "ligne 2 : quantité : la quantité doit être positive");
}

TEST_CASE("the till's stock warnings are said in English", "[stock][english][till]") {
    TillWorld w;
    auto till = w.till_with_card();
    SpeakEnglish english;
    const auto out = till.scan(w.barcode.at("biscuits"));
    CHECK(out.accepted);
    CHECK_THAT(out.message.text, Catch::Contains("Best-before date passed on " + kTillDay.plus_days(-5).french() +
                                                 ": can be sold, tell the household"));
}

TEST_CASE("the backup status line is said in English", "[backup][english]") {
    ::setenv("TZ", "Europe/Paris", 1);
    ::tzset();
    const std::time_t now = services::parse_utc_timestamp("2026-12-02T09:30:00Z");  // Wednesday 2 Dec, 10:30
    const backup::FolderState fine{backup::FolderState::Problem::None, 1u << 30, 1u << 20};
    const backup::BackupRecord last_evening{"/media/cle", "2026-12-01T17:02:00Z", "f", "", ""};
    const backup::BackupRecord long_ago{"/media/cle", "2025-12-24T17:02:00Z", "f", "", ""};
    const backup::BackupRecord never{"/media/cle", "", "", "", ""};
    {
        SpeakEnglish english;
        CHECK(backup::assess_backups(last_evening, fine, now).text == "Last backup: Tuesday 1 December at 18:02.");
        CHECK(backup::assess_backups(long_ago, fine, now).text ==
              "Last backup: Wednesday 24 December 2025 at 18:02, 342 days ago.");
        CHECK(backup::assess_backups(never, {backup::FolderState::Problem::Full, 5u << 20, 48u << 20}, now).text ==
              "No automatic backup has succeeded yet. The disk of the folder \"/media/cle\" is full (5 MB free, 48 MB "
              "needed).");
        CHECK(backup::assess_backups({}, {}, now).text ==
              "Automatic backups off: no folder chosen (Settings, \"Backups folder\").");
    }
    CHECK(backup::assess_backups(last_evening, fine, now).text == "Dernière sauvegarde : mardi 1 décembre à 18 h 02.");
}
