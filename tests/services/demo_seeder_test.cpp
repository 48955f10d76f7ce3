// The demo épicerie covers every household type, resource type and access state, is
// deterministic for a seed, and holds a real catalogue and stock.
#include "service_fixtures.hpp"

#include "core/card_number.hpp"
#include "core/error.hpp"
#include "reports/monthly_report_model.hpp"
#include "services/demo/demo_seeder.hpp"
#include "services/reports/monthly_report.hpp"
#include "services/settings_service.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace cabas;
using services::testing::TempStore;

namespace {
const core::Date kToday = core::Date::from_ymd(2026, 11, 23);
}

TEST_CASE("the demo covers every household type, main resource and access state", "[demo]") {
    TempStore store;
    auto stats = services::demo::seed_demo(*store, kToday, 1);
    CHECK(stats.households >= 120);
    CHECK(stats.users == 4);
    // Its own name, on every ticket, card and report it prints.
    CHECK(services::shop_identity(*store).name == "Épicerie solidaire des Lilas (démo)");

    const core::Bareme bareme = services::bareme_in_force(*store, kToday);
    std::set<core::HouseholdType> types;
    std::set<core::MainResource> resources;
    std::set<core::AccessState> states;
    int expiring = 0, revoked = 0;
    for (const auto& summary : store->households().list()) {
        auto file = store->households().get(summary.id);
        REQUIRE(file);
        types.insert(file->composition.type);
        resources.insert(file->main_resource);
        auto status = core::access_status_at(store->access().periods_of(summary.id), bareme.access, kToday);
        states.insert(status.state);
        if (status.state == core::AccessState::Active && core::days_between(kToday, *status.valid_until) <= 14) ++expiring;
        if (!store->cards().active_card_of(summary.id) && !store->access().periods_of(summary.id).empty()) ++revoked;
    }
    CHECK(types.size() == 5);
    CHECK(resources.size() == 9);
    for (auto state : {core::AccessState::Active, core::AccessState::NotYetValid, core::AccessState::Suspended,
                       core::AccessState::Expired, core::AccessState::WaitingPeriod, core::AccessState::Exited,
                       core::AccessState::NoAccess})
        CHECK(states.count(state) == 1);
    CHECK(expiring >= 10);
    CHECK(revoked == 2);  // stolen cards not replaced yet
}

TEST_CASE("the demo catalogue has at least 250 products with valid EAN-13 codes and lots of every origin", "[demo]") {
    TempStore store;
    services::demo::seed_demo(*store, kToday, 1);
    auto products = store->catalogue().products();
    CHECK(products.size() >= 250);
    std::set<std::string> codes;
    int weighed = 0;
    for (const auto& p : products) {
        REQUIRE(p.barcodes.size() == 1);
        CHECK(p.barcodes[0].size() == 13);
        CHECK(core::has_valid_gs1_check_digit(p.barcodes[0]));
        CHECK(core::classify_card_code(p.barcodes[0], "29") == core::CardCodeKind::NotACard);
        codes.insert(p.barcodes[0]);
        if (p.unit == core::SaleUnit::Weight) ++weighed;
    }
    CHECK(codes.size() == products.size());
    CHECK(weighed >= 3);

    std::set<core::Origin> origins;
    std::set<core::ExpiryKind> kinds;
    bool past_dlc = false;
    for (const auto& p : products) {
        for (const auto& lot : store->stock().lots_of(p.id)) {
            origins.insert(lot.origin);
            if (lot.expiry_kind) kinds.insert(*lot.expiry_kind);
            if (lot.expiry_kind == core::ExpiryKind::Dlc && lot.expiry_on && *lot.expiry_on < kToday) past_dlc = true;
        }
    }
    CHECK(origins.size() == 6);
    CHECK(kinds.size() == 2);
    CHECK(past_dlc);
}

TEST_CASE("the demo users log in with the PINs the README documents", "[demo]") {
    TempStore store;
    services::demo::seed_demo(*store, kToday, 1);
    struct Expect { const char* login; const char* pin; core::Role role; };
    for (auto e : {Expect{"marie", "1111", core::Role::Volunteer}, Expect{"paul", "2222", core::Role::Manager},
                   Expect{"sophie", "3333", core::Role::SocialWorker}, Expect{"admin", "4444", core::Role::Admin}}) {
        auto user = store->users().verify(e.login, e.pin);
        REQUIRE(user);
        CHECK(user->role == e.role);
        CHECK_FALSE(store->users().verify(e.login, "0000"));
    }
}

TEST_CASE("the same seed gives the same demo; another seed another one", "[demo]") {
    auto fingerprint = [](std::uint64_t seed) {
        TempStore store;
        services::demo::seed_demo(*store, kToday, seed);
        std::string text;
        for (const auto& h : store->households().list()) {
            auto card = store->cards().active_card_of(h.id);
            text += h.file_number + h.display_name + (card ? card->number : "-") + ";";
        }
        return text;
    };
    const std::string a = fingerprint(7);
    CHECK(a == fingerprint(7));
    CHECK(a != fingerprint(8));
}

TEST_CASE("seeding a database that already holds data is refused and changes nothing", "[demo]") {
    TempStore store;
    services::demo::seed_demo(*store, kToday, 1);
    const auto before = store->households().count();
    CHECK_THROWS_AS(services::demo::seed_demo(*store, kToday, 2), ValidationError);
    CHECK(store->households().count() == before);
}

TEST_CASE("demo files are referred 3 to 21 days before their first decision, so the report shows a delay",
          "[demo][referral]") {
    services::testing::TempStore store;
    services::demo::seed_demo(*store, kToday, 1);
    int checked = 0;
    for (const auto& s : store->households().list()) {
        const auto file = store->households().get(s.id);
        REQUIRE(file);
        CHECK_FALSE(file->referral.referred_by.empty());
        CHECK(file->referral.on <= kToday);
        const auto decisions = store->access().decisions_of(s.id);
        REQUIRE_FALSE(decisions.empty());
        const auto delay = core::days_between(file->referral.on, decisions.front().decided_on);
        if (decisions.front().decided_on <= kToday) {
            CHECK(delay >= 3);
            CHECK(delay <= 21);
            ++checked;
        }
    }
    CHECK(checked > 100);
    const auto report = services::build_monthly_report(*store, services::testing::acting(core::Role::Admin),
                                                       reports::Month::of(kToday));
    REQUIRE(report.current.first_decisions > 0);
    const auto average = report.current.delay_days / report.current.first_decisions;
    CHECK(average >= 3);
    CHECK(average <= 21);
}
