// The household workflow through the services: referral with field checks, the per-role view,
// live eligibility, commission decisions, renewal under the rolling window and the carence,
// suspension, exit, cards; each step written to the access log.
#include "household_fixtures.hpp"

#include "core/error.hpp"
#include "services/households/household_validation.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services::households;
using services::testing::HouseholdWorld;
using services::testing::kHouseholdDay;
using core::Role;

namespace {

core::Date ymd(int y, unsigned m, unsigned d) { return core::Date::from_ymd(y, m, d); }

/// Past periods stored directly: `months` of access ending the day before `until`.
void add_past_access(HouseholdWorld& w, std::int64_t id, core::Date start, int months) {
    core::AccessPeriod p;
    p.start = start;
    p.end = core::period_end(start, months);
    w.store->access().add_period(id, p);
}

} // namespace

TEST_CASE("a social worker's referral is stored, logged and waits for the commission", "[households]") {
    HouseholdWorld w;
    const auto id = w.referral();
    auto sophie = w.as(Role::SocialWorker);
    const auto view = sophie.open(id);
    CHECK(view.pending);
    CHECK(view.status.state == core::AccessState::NoAccess);
    REQUIRE(view.file);
    CHECK(view.file->referrer->organisation == "CCAS de Montreuil");
    CHECK(w.logged("create_file") == 1);
    CHECK(w.logged("open_file") == 1);
    HouseholdQuery q;
    q.filter = AccessFilter::Pending;
    REQUIRE(sophie.list(q).size() == 1);
    q.filter = AccessFilter::Active;
    CHECK(sophie.list(q).empty());
}

TEST_CASE("a bad entry is refused at its field and nothing is written", "[households][validation]") {
    HouseholdWorld w;
    auto sophie = w.as(Role::SocialWorker);
    auto future = services::testing::worked_check_file();
    future.composition.members[1].birth_date = kHouseholdDay.plus_days(1);
    try {
        sophie.create(future);
        FAIL("a birth date in the future was accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "membres[2].date_naissance");
        CHECK(e.reason() == "date de naissance dans le futur (24/11/2026)");
    }
    auto negative = services::testing::worked_check_file();
    negative.composition.charges[2].monthly = core::Money::from_cents(-3500);
    const auto problems = check_household_file(negative, kHouseholdDay);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "charges[3].montant");
    CHECK_THROWS_AS(sophie.create(negative), ValidationError);
    CHECK(w.store->households().count() == 0);
    CHECK(w.logged("create_file") == 0);

    try {
        parse_monthly_amount("12,5O", "charges[1].montant");
        FAIL("12,5O was parsed");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "charges[1].montant");
        CHECK(e.reason().rfind("montant invalide : « 12,5O »", 0) == 0);
    }
    CHECK(parse_monthly_amount("1 234,50", "x") == core::Money::from_cents(123450));
    CHECK_THROWS_AS(parse_monthly_amount("-3", "x"), ValidationError);
    CHECK_THROWS_AS(parse_birth_date("24/11/2026", kHouseholdDay, "membres[1].date_naissance"), ValidationError);
    CHECK(parse_birth_date("14/02/2011", kHouseholdDay, "d") == ymd(2011, 2, 14));
}

TEST_CASE("the social worker's view carries the eligibility working and band of the worked check", "[households]") {
    HouseholdWorld w;
    const auto id = w.referral();
    auto sophie = w.as(Role::SocialWorker);
    const auto view = sophie.open(id);
    REQUIRE(view.eligibility);
    CHECK(view.eligibility->working.total_resources == core::Money::from_euros(2100));
    CHECK(view.eligibility->working.reste_a_vivre == core::Money::from_euros(1115));
    CHECK(view.eligibility->working.result == core::Money::from_cents(929));
    CHECK(view.eligibility->working.band == "≤ 10,00\u00a0€");
    CHECK(view.eligibility->outcome == core::EligibilityOutcome::Eligible);
    CHECK(sophie.working_text(*view.eligibility).find("9,29") != std::string::npos);
}

TEST_CASE("live eligibility moves to the commission band as a charge is typed", "[households]") {
    HouseholdWorld w;
    auto sophie = w.as(Role::SocialWorker);
    auto c = services::testing::worked_check_file().composition;
    c.charges.clear();
    // Without charges: 2100 / 4 / 30 = 17,50 €: over the commission band.
    CHECK(sophie.eligibility(c).working.result == core::Money::from_cents(1750));
    CHECK(sophie.eligibility(c).outcome == core::EligibilityOutcome::Refused);
    c.charges.push_back({core::ChargeKind::Rent, core::Money::from_euros(750), ""});
    // 1350 / 120 = 11,25 €: to the commission.
    CHECK(sophie.eligibility(c).working.result == core::Money::from_cents(1125));
    CHECK(sophie.eligibility(c).outcome == core::EligibilityOutcome::ToCommission);
    CHECK(w.store->access_log().list().empty());
}

TEST_CASE("a manager's view has access and cards but no social file", "[households][roles]") {
    HouseholdWorld w;
    const auto id = w.accepted();
    auto paul = w.as(Role::Manager);
    const auto view = paul.open(id);
    CHECK_FALSE(view.social);
    CHECK_FALSE(view.file);
    CHECK_FALSE(view.eligibility);
    CHECK(view.decisions.empty());
    CHECK(view.status.state == core::AccessState::Active);
    CHECK(view.status.valid_until == ymd(2027, 2, 22));
    CHECK(view.display_name == "Karim");
    CHECK(view.active_card.size() == 13);
    CHECK(view.savings.project_target == core::Money::from_euros(800));
    storage::AccessLogFilter f;
    f.household_id = id;
    const auto last = w.store->access_log().list(f).front();
    CHECK(last.action == "open_file");
    CHECK(last.user_login == "paul");
    CHECK(last.detail == "statut d'accès et cartes");
}

TEST_CASE("commission decisions: accepted opens access with a card, postponed stays pending, refused needs a reason",
          "[households][access]") {
    HouseholdWorld w;
    auto sophie = w.as(Role::SocialWorker);
    const auto a = w.referral("D-A");
    const auto b = w.referral("D-B");
    const auto c = w.referral("D-C");

    DecisionRequest accept;
    accept.decision = core::Decision::Accepted;
    accept.issue_card = true;
    const auto r = sophie.decide(a, accept);
    REQUIRE(r.period);
    CHECK(r.period->start == kHouseholdDay);
    CHECK(r.period->end == ymd(2027, 2, 22));
    CHECK(r.card_number.substr(0, 2) == "29");
    CHECK(w.store->cards().active_card_of(a)->number == r.card_number);

    DecisionRequest postpone;
    postpone.decision = core::Decision::Postponed;
    CHECK_THROWS_AS(sophie.decide(b, postpone), ValidationError);
    postpone.reason = "attestation CAF manquante";
    sophie.decide(b, postpone);
    CHECK(sophie.open(b).pending);

    DecisionRequest refuse;
    refuse.decision = core::Decision::Refused;
    refuse.reason = "hors barème";
    sophie.decide(c, refuse);
    const auto refused = sophie.open(c);
    CHECK_FALSE(refused.pending);
    CHECK(refused.status.state == core::AccessState::NoAccess);
    REQUIRE(refused.decisions.size() == 1);
    CHECK(refused.decisions[0].decided_by == "sophie");
    CHECK(w.logged("decision") == 3);
}

TEST_CASE("renewal follows the last period; suspension, lifting and exit change the state", "[households][access]") {
    HouseholdWorld w;
    const auto id = w.accepted();
    auto paul = w.as(Role::Manager);
    const auto renewed = paul.renew(id, {});
    CHECK(renewed.renewal);
    CHECK(renewed.start == ymd(2027, 2, 23));
    CHECK(renewed.end == ymd(2027, 5, 22));

    paul.suspend(id, kHouseholdDay, std::nullopt, "comportement");
    HouseholdQuery q;
    q.filter = AccessFilter::Suspended;
    REQUIRE(paul.list(q).size() == 1);
    CHECK(paul.list(q)[0].status.suspension_reason == "comportement");
    CHECK_THROWS_AS(paul.suspend(id, kHouseholdDay, std::nullopt, "encore"), ValidationError);
    paul.lift_suspension(id, kHouseholdDay.plus_days(1));
    // A suspension lasts at least its first day: lifted tomorrow, it covered today only.
    CHECK(w.store->access().periods_of(id)[0].suspensions[0].until == kHouseholdDay);
    services::FixedClock tomorrow{kHouseholdDay.plus_days(1)};
    HouseholdService paul_tomorrow(*w.store, tomorrow, services::testing::user_with(Role::Manager), w.serials);
    CHECK(paul_tomorrow.list(q).empty());

    HouseholdService sophie_tomorrow(*w.store, tomorrow, services::testing::user_with(Role::SocialWorker), w.serials);
    sophie_tomorrow.exit(id, kHouseholdDay.plus_days(1), core::ExitReason::Moved, "Lyon");
    services::FixedClock later{kHouseholdDay.plus_days(2)};
    HouseholdService paul_later(*w.store, later, services::testing::user_with(Role::Manager), w.serials);
    const auto view = paul_later.open(id);
    CHECK(view.status.state == core::AccessState::Exited);
    CHECK(view.periods[0].exit->reason == core::ExitReason::Moved);
    CHECK(view.periods[0].exit->note.empty());  // the note is the social worker's, not the manager's
    for (const char* action : {"renew", "suspend", "lift_suspension", "exit"}) CHECK(w.logged(action) == 1);
}

TEST_CASE("the rolling-window maximum refuses a renewal unless the commission overrides it with a reason",
          "[households][access]") {
    HouseholdWorld w;
    const auto id = w.referral();
    // Nine months already used, then the current three: twelve in the window.
    add_past_access(w, id, ymd(2025, 12, 1), 9);
    add_past_access(w, id, ymd(2026, 9, 1), 3);
    auto paul = w.as(Role::Manager);
    try {
        paul.renew(id, {});
        FAIL("a thirteenth month was opened");
    } catch (const ValidationError& e) {
        CHECK(e.reason().find("seule la commission") != std::string::npos);
    }
    auto sophie = w.as(Role::SocialWorker);
    CHECK_THROWS_AS(sophie.renew(id, {}), ValidationError);
    RenewalRequest forced;
    forced.override_reason = "projet presque atteint";
    const auto period = sophie.renew(id, forced);
    CHECK(period.rule_override);
    CHECK(period.start == ymd(2026, 12, 1));
    const auto stored = w.store->access().periods_of(id).back();
    CHECK(stored.rule_override);
    CHECK(stored.override_reason == "projet presque atteint");
}

TEST_CASE("list filters: expiring within N days, expired, waiting period, and search by name, file or card",
          "[households]") {
    HouseholdWorld w;
    auto sophie = w.as(Role::SocialWorker);
    const auto soon = w.referral("D-SOON");
    add_past_access(w, soon, ymd(2026, 9, 1), 3);  // ends 30/11/2026
    const auto old = w.referral("D-OLD");
    add_past_access(w, old, ymd(2026, 5, 1), 3);  // ended 31/07/2026
    const auto waiting = w.referral("D-WAIT");
    add_past_access(w, waiting, ymd(2025, 11, 15), 12);  // 12 months to 14/11/2026: carence
    const auto fresh = w.accepted("D-FRESH");

    auto ids = [&](AccessFilter f, int days = 30) {
        HouseholdQuery q;
        q.filter = f;
        q.expiring_within_days = days;
        std::vector<std::string> out;
        for (const auto& r : sophie.list(q)) out.push_back(r.file_number);
        return out;
    };
    CHECK(ids(AccessFilter::ExpiringWithin, 10) == std::vector<std::string>{"D-SOON"});
    CHECK(ids(AccessFilter::Active) == std::vector<std::string>{"D-FRESH", "D-SOON"});
    CHECK(ids(AccessFilter::Expired) == std::vector<std::string>{"D-OLD"});
    CHECK(ids(AccessFilter::WaitingPeriod) == std::vector<std::string>{"D-WAIT"});

    HouseholdQuery by_card;
    by_card.text = w.store->cards().active_card_of(fresh)->number;
    REQUIRE(sophie.list(by_card).size() == 1);
    CHECK(sophie.list(by_card)[0].id == fresh);
    HouseholdQuery by_name;
    by_name.text = "benali";
    CHECK(sophie.list(by_name).size() == 4);
    HouseholdQuery by_file;
    by_file.text = "old";
    CHECK(sophie.list(by_file).size() == 1);
    CHECK(sophie.resolve("D-WAIT") == waiting);
    CHECK(sophie.resolve(by_card.text) == fresh);
    (void)old;
}

TEST_CASE("cards: issue, replace with a new number, revoke, and print only the first name", "[households][cards]") {
    HouseholdWorld w;
    const auto id = w.referral();
    auto paul = w.as(Role::Manager);
    const auto first = paul.issue_card(id);
    CHECK_THROWS_AS(paul.issue_card(id), ValidationError);
    const auto second = paul.replace_card(id, "perdue");
    CHECK(second != first);
    const auto old = w.store->cards().find_by_number(first);
    CHECK(old->state == core::CardState::Revoked);
    CHECK(old->replaced_by == second);
    const auto print = paul.card_to_print(id);
    CHECK(print.number == second);
    CHECK(print.display_name == "Karim");
    CHECK_THROWS_AS(paul.revoke_card(id, ""), ValidationError);
    paul.revoke_card(id, "volée");
    CHECK_FALSE(w.store->cards().active_card_of(id));
    CHECK_THROWS_AS(paul.card_to_print(id), ValidationError);
    const auto third = paul.replace_card(id, "volée, remplacée au guichet");
    CHECK(w.store->cards().find_by_number(second)->replaced_by == third);
    for (const char* action : {"card_issue", "card_replace", "card_revoke", "card_print"})
        CHECK(w.logged(action) >= 1);
}

TEST_CASE("a printed card carries the end of the current period, through a renewal, or none", "[households][cards]") {
    HouseholdWorld w;
    auto paul = w.as(Role::Manager);
    const auto referred = w.referral("D-2026-0101");
    paul.issue_card(referred);
    CHECK_FALSE(paul.card_to_print(referred).valid_until);  // no decision yet: "voir l'épicerie"

    const auto id = w.accepted();
    CHECK(paul.card_to_print(id).valid_until == ymd(2027, 2, 22));
    paul.renew(id, {});
    CHECK(paul.card_to_print(id).valid_until == ymd(2027, 5, 22));
    const auto sheet = paul.card_sheet(id);
    REQUIRE(sheet.cards.size() == 1);
    CHECK(reports::card_validity_line(sheet.cards[0]) == "valable jusqu'au 22/05/2027");

    services::FixedClock later{ymd(2027, 6, 1)};
    HouseholdService after(*w.store, later, services::testing::user_with(Role::Manager), w.serials);
    CHECK_FALSE(after.card_to_print(id).valid_until);  // expired: no past date on a new card
}

TEST_CASE("updating a file keeps its sales code and is logged", "[households]") {
    HouseholdWorld w;
    const auto id = w.referral();
    auto sophie = w.as(Role::SocialWorker);
    auto file = *sophie.open(id).file;
    const auto code = file.sales_code;
    file.neighbourhood = "Centre";
    file.composition.charges.push_back({core::ChargeKind::Childcare, core::Money::from_euros(40), "crèche"});
    sophie.update(file);
    const auto stored = *w.store->households().get(id);
    CHECK(stored.sales_code == code);
    CHECK(stored.neighbourhood == "Centre");
    CHECK(stored.composition.charges.size() == 7);
    CHECK(w.logged("update_file") == 1);
    file.composition.members[0].first_name.clear();
    CHECK_THROWS_AS(sophie.update(file), ValidationError);
}
