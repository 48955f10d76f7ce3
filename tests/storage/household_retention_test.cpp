// Retention in storage: the last contact is the latest of the recorded contact, the last visit,
// the last decision and the end (or exit) of the last access period; anonymising empties the
// identifying fields, keeps composition and amounts, revokes the card, and is done once.
#include "fixtures.hpp"
#include "test_store.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace cabas;
using namespace cabas::storage;
using core::Decision, core::ExpiryKind, core::MovementKind, core::PaymentMethod, core::Role;
using core::to_code, core::decision_from_code, core::role_from_code, core::payment_method_from_code;
using core::expiry_kind_from_code, core::movement_kind_from_code;
using namespace cabas::storage::testing;
using core::Date;
using core::Money;

namespace {

Date ymd(int y, unsigned m, unsigned d) { return Date::from_ymd(y, m, d); }

core::AccessPeriod period(Date start, Date end) {
    core::AccessPeriod p;
    p.start = start;
    p.end = end;
    return p;
}

std::vector<std::string> numbers(const std::vector<RetentionCandidate>& due) {
    std::vector<std::string> out;
    for (const auto& c : due) out.push_back(c.file_number);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("a file is due when every kind of contact is older than the cutoff", "[storage][retention]") {
    TestStore store;
    const Date cutoff = ymd(2024, 11, 23);
    // Each household's latest contact comes from a different source.
    const auto touched = add_household(store, "D-TOUCH", "1111111111111111");
    store.households().touch_contact(touched, ymd(2024, 1, 10));
    const auto visited = add_household(store, "D-VISIT", "2222222222222222");
    store.households().touch_contact(visited, ymd(2024, 1, 10));
    const auto product = add_product(store, "Pâtes", 120);
    const auto session = store.sales().open_session("caisse-1", "marie", "2025-03-01T08:00:00Z", Money::from_euros(50));
    SaleRecord s;
    s.session_id = session;
    s.household_code = "2222222222222222";
    s.sold_at = "2025-03-01T09:00:00Z";
    s.lines = {{0, product, std::nullopt, 1, Money::from_cents(120), core::Rate{1000}, Money::from_cents(12), true}};
    s.total_value = Money::from_cents(120);
    s.total_paid = Money::from_cents(12);
    s.payments = {{PaymentMethod::Cash, Money::from_cents(12)}};
    store.sales().add_sale(s);
    const auto decided = add_household(store, "D-DECIDED", "3333333333333333");
    store.households().touch_contact(decided, ymd(2024, 1, 10));
    store.access().add_decision({0, decided, ymd(2024, 12, 2), Decision::Postponed, "pièces manquantes", "sophie", std::nullopt});
    const auto rights = add_household(store, "D-RIGHTS", "4444444444444444");
    store.households().touch_contact(rights, ymd(2024, 9, 1));
    store.access().add_period(rights, period(ymd(2024, 9, 1), ymd(2024, 11, 30)));
    const auto exited = add_household(store, "D-EXITED", "5555555555555555");
    store.households().touch_contact(exited, ymd(2024, 9, 1));
    auto left = period(ymd(2024, 9, 1), ymd(2024, 11, 30));
    left.exit = core::PeriodExit{ymd(2024, 10, 15), core::ExitReason::Moved, "parti à Lyon"};
    store.access().add_period(exited, left);

    const auto due = store.households().retention_candidates(cutoff);
    CHECK(numbers(due) == std::vector<std::string>{"D-EXITED", "D-TOUCH"});
    for (const auto& c : due) {
        if (c.file_number == "D-EXITED") CHECK(c.last_contact == ymd(2024, 10, 15));
        if (c.file_number == "D-TOUCH") CHECK(c.last_contact == ymd(2024, 1, 10));
    }
    // With a cutoff the day after the visit of March 2025, every file is due.
    CHECK(numbers(store.households().retention_candidates(ymd(2025, 3, 2))) ==
          std::vector<std::string>{"D-DECIDED", "D-EXITED", "D-RIGHTS", "D-TOUCH", "D-VISIT"});
}

TEST_CASE("anonymising empties names and free text, keeps composition and amounts, once", "[storage][retention]") {
    TestStore store;
    core::HouseholdFile f;
    f.file_number = "D-OLD";
    f.pseudonym = "Soleil";
    f.address = "3 allée des Tilleuls";
    f.neighbourhood = "Bel-Air";
    f.notes = "Suivie depuis 2022.";
    f.composition.type = core::HouseholdType::SingleParent;
    f.composition.members = {
        {"Awa", "Camara", ymd(1990, 5, 4), core::Sex::Female, core::Relationship::Applicant, false},
        {"Sékou", "Camara", ymd(2019, 1, 15), core::Sex::Male, core::Relationship::Child, false}};
    f.composition.resources = {{core::ResourceKind::Rsa, Money::from_euros(850), "RSA de Mme Camara"}};
    f.composition.charges = {{core::ChargeKind::Rent, Money::from_euros(500), "Loyer OPH"}};
    f.project = core::Project{core::ProjectType::Energy, "Facture de gaz de Mme Camara", Money::from_euros(300)};
    f.referral = core::Referral{ymd(2022, 5, 20), "CCAS — Mme Durand", "Mme Camara sans ressources depuis mars"};
    const auto id = store.households().add(f);
    store.households().touch_contact(id, ymd(2022, 6, 1));
    store.access().add_decision({0, id, ymd(2022, 6, 1), Decision::Accepted, "situation de Mme Camara", "sophie", std::nullopt});
    auto p = period(ymd(2022, 6, 1), ymd(2022, 8, 31));
    p.rule_override = true;
    p.override_reason = "enfant malade";
    const auto period_id = store.access().add_period(id, p);
    store.access().add_suspension(period_id, {ymd(2022, 7, 1), ymd(2022, 7, 7), "hospitalisation"});
    store.cards().issue(id, "2900000000017", ymd(2022, 6, 1));

    store.households().anonymise(id, ymd(2024, 9, 1));
    const auto after = store.households().get(id);
    REQUIRE(after);
    CHECK(after->file_number == "ANONYME-" + std::to_string(id));
    CHECK(after->pseudonym.empty());
    CHECK(after->address.empty());
    CHECK(after->notes.empty());
    CHECK(after->referral.reason.empty());
    CHECK(after->referral.on == ymd(2022, 5, 20));  // the delay of past reports is kept
    CHECK(after->neighbourhood == "Bel-Air");  // an aggregate of the reports, not an identity
    REQUIRE(after->composition.members.size() == 2);
    CHECK(after->composition.members[0].first_name.empty());
    CHECK(after->composition.members[0].last_name.empty());
    CHECK(after->composition.members[0].birth_date == ymd(1990, 7, 1));
    CHECK(after->composition.members[1].birth_date == ymd(2019, 7, 1));
    CHECK(after->composition.members[1].relationship == core::Relationship::Child);
    CHECK(after->composition.resources[0].monthly == Money::from_euros(850));
    CHECK(after->composition.resources[0].label.empty());
    CHECK(after->composition.charges[0].label.empty());
    REQUIRE(after->project);
    CHECK(after->project->description.empty());
    CHECK(after->project->target == Money::from_euros(300));
    CHECK(store.access().decisions_of(id).at(0).reason.empty());
    const auto periods = store.access().periods_of(id);
    CHECK(periods.at(0).override_reason.empty());
    CHECK(periods.at(0).rule_override);
    CHECK(periods.at(0).suspensions.at(0).reason.empty());
    CHECK_FALSE(store.cards().active_card_of(id));
    CHECK(store.households().retention_candidates(ymd(2030, 1, 1)).empty());  // done once
}
