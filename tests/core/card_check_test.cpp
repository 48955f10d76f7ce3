// The card check at the till: green with what may be shown, red with each reason in turn.
#include "fixtures.hpp"

#include "core/card_check.hpp"

#include <catch2/catch.hpp>

using namespace cabas::test;

namespace {

const Date today = d("2026-03-11");  // a Wednesday

AccessPeriod period(const char* start, int months = 3) {
    AccessPeriod p;
    p.start = d(start);
    p.end = period_end(p.start, months);
    return p;
}

CardFacts active_household() {
    CardFacts f;
    f.display_name = "Lina";
    f.periods = {period("2026-02-01")};
    f.uc_tenths = 21;
    f.rate = Rate::percent(10);
    return f;
}

} // namespace

TEST_CASE("a valid card is green with only what the till may show", "[card]") {
    CardFacts f = active_household();
    f.usage.used_this_month = eur(40);
    f.usage.visits_this_month = 2;
    const auto r = check_card(f, Bareme::defaults(), today);
    CHECK(r.green());
    CHECK(r.refusal == CardRefusal::None);
    CHECK(r.display_name == "Lina");
    CHECK(r.valid_until == d("2026-04-30"));
    CHECK(r.month_credit == eur(190));
    CHECK(r.month_left == eur(150));
    CHECK(r.week_left == cents(4750));
    CHECK(r.visits_left == 1);
    CHECK(r.rate == Rate::percent(10));
    CHECK_FALSE(r.reason_date.has_value());
}

TEST_CASE("an unknown or revoked card is red before anything else", "[card]") {
    const auto unknown = check_card(std::nullopt, Bareme::defaults(), today);
    CHECK(unknown.refusal == CardRefusal::Unknown);
    CHECK(label_of(unknown.refusal) == "Carte inconnue");

    CardFacts f = active_household();
    f.state = CardState::Revoked;
    const auto revoked = check_card(f, Bareme::defaults(), today);
    CHECK(revoked.refusal == CardRefusal::Revoked);
    CHECK(revoked.display_name.empty());
    CHECK(label_of(revoked.refusal) == "Carte révoquée (perdue ou volée) : la retenir et prévenir le responsable");
}

TEST_CASE("each access state gives its refusal and the date that explains it", "[card]") {
    struct Row {
        const char* what;
        std::vector<AccessPeriod> periods;
        CardRefusal refusal;
        std::optional<Date> reason_date;
        const char* label;
    };
    AccessPeriod suspended = period("2026-02-01");
    suspended.suspensions.push_back({d("2026-03-01"), std::nullopt, "impayé"});
    AccessPeriod exited = period("2025-12-01");
    exited.exit = PeriodExit{d("2026-01-31"), ExitReason::Exclusion, ""};
    const std::vector<AccessPeriod> year{period("2025-01-01"), period("2025-04-01"), period("2025-07-01"),
                                         period("2025-10-01")};
    auto row = GENERATE_COPY(values<Row>({
        {"no period", {}, CardRefusal::NoAccess, std::nullopt, "Aucun droit ouvert"},
        {"opens next week", {period("2026-03-18")}, CardRefusal::NotYetValid, d("2026-03-18"), "Droits pas encore ouverts"},
        {"ended yesterday", {period("2025-12-11")}, CardRefusal::Expired, d("2026-03-10"), "Droits expirés"},
        {"suspended", {suspended}, CardRefusal::Suspended, std::nullopt, "Droits suspendus"},
        {"in carence", year, CardRefusal::WaitingPeriod, d("2026-03-31"), "Période de carence"},
        {"exited", {exited}, CardRefusal::Exited, d("2026-01-31"), "Sortie du dispositif"},
    }));
    CAPTURE(row.what);
    CardFacts f = active_household();
    f.periods = row.periods;
    const auto r = check_card(f, Bareme::defaults(), today);
    CHECK(r.refusal == row.refusal);
    CHECK(r.reason_date == row.reason_date);
    CHECK(label_of(r.refusal) == row.label);
    CHECK_FALSE(r.green());
    // What the household pays if a manager lets it shop anyway: its own rate, never 0 %.
    CHECK(r.rate == Rate::percent(10));
}

TEST_CASE("a card is red once the visits of the week or month are used", "[card]") {
    CardFacts f = active_household();
    f.usage.visits_this_week = 1;
    auto r = check_card(f, Bareme::defaults(), today);
    CHECK(r.refusal == CardRefusal::VisitLimitReached);
    CHECK(label_of(r.refusal) == "Nombre de passages atteint");
    f.usage.visits_this_week = 0;
    f.usage.visits_this_month = 5;
    CHECK(check_card(f, Bareme::defaults(), today).refusal == CardRefusal::VisitLimitReached);
}

TEST_CASE("a card is red once the month's or the week's credit is spent", "[card]") {
    CardFacts f = active_household();
    f.usage.used_this_month = eur(190);
    auto r = check_card(f, Bareme::defaults(), today);
    CHECK(r.refusal == CardRefusal::CreditExhausted);
    CHECK(r.month_left == Money());
    CHECK(label_of(r.refusal) == "Crédit épuisé");

    f.usage.used_this_month = eur(60);
    f.usage.used_this_week = cents(4750);
    CHECK(check_card(f, Bareme::defaults(), today).refusal == CardRefusal::CreditExhausted);

    Bareme no_week = Bareme::defaults();
    no_week.credit.weekly_cap_enabled = false;
    const auto green = check_card(f, no_week, today);
    CHECK(green.green());
    CHECK_FALSE(green.week_left.has_value());
}
