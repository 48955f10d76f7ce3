// The default barème and its validation: each bad field is named in the error.
#include "fixtures.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>

#include <functional>

using namespace cabas::test;
using cabas::ValidationError;

namespace {
struct Mutation {
    const char* field;
    std::function<void(Bareme&)> apply;
};
} // namespace

TEST_CASE("the default barème holds the values of docs/design/domain.md and validates",
          "[eligibility]") {
    const Bareme b = Bareme::defaults();
    REQUIRE_NOTHROW(validate(b));
    CHECK(b.version == 1);
    CHECK(b.effective_from == d("2026-01-01"));
    CHECK(b.mode == EligibilityMode::RavPerPersonDay);
    CHECK(b.counted_charges == std::set<ChargeKind>{ChargeKind::Rent, ChargeKind::ServiceCharges, ChargeKind::Energy,
                                                    ChargeKind::Water, ChargeKind::HomeInsurance,
                                                    ChargeKind::HealthInsurance, ChargeKind::Childcare,
                                                    ChargeKind::MaintenancePaid, ChargeKind::DebtPlan});
    CHECK(b.per_person.eligible_max == eur(10));
    CHECK(b.per_person.commission_max == eur(12));
    CHECK(b.per_person.free_aid_below == eur(2));
    CHECK(b.per_uc.eligible_max == eur(15));
    CHECK(b.qf_eligible_max == eur(700));
    CHECK(b.qf_commission_max == eur(900));
    CHECK(b.monthly.size() == 5);
    CHECK(b.monthly.at(HouseholdType::CoupleWithChildren).commission_max == eur(1000));
    CHECK(b.flat_rate == Rate::percent(10));
    REQUIRE(b.rate_bands.size() == 3);
    CHECK(b.rate_bands[2].below == eur(12));
    CHECK(b.rate_bands[2].rate == Rate::percent(30));
    CHECK(b.food_bank_cap == Rate::percent(10));
    CHECK(b.access.window_max_months == 12);
    CHECK(b.access.window_months == 24);
    CHECK(b.credit.per_uc_month == eur(90));
    CHECK(b.credit.monthly_cap == eur(300));
    CHECK(b.credit.visits_per_week == 1);
    CHECK(b.credit.visits_per_month == 5);
    CHECK(b.card_prefix == "29");
}

TEST_CASE("validate names the first bad field of a barème", "[eligibility]") {
    auto row = GENERATE(values<Mutation>({
        {"version", [](Bareme& b) { b.version = 0; }},
        {"days_per_month", [](Bareme& b) { b.days_per_month = 0; }},
        {"per_person.commission_max", [](Bareme& b) { b.per_person.commission_max = eur(9); }},
        {"per_person.eligible_max", [](Bareme& b) { b.per_person = {eur(-1), eur(12), eur(0)}; }},
        {"per_person.free_aid_below", [](Bareme& b) { b.per_person.free_aid_below = eur(11); }},
        {"per_uc.commission_max", [](Bareme& b) { b.per_uc.commission_max = eur(1); }},
        {"single_person_bonus", [](Bareme& b) { b.single_person_bonus = cents(-1); }},
        {"qf_commission_max", [](Bareme& b) { b.qf_commission_max = eur(600); }},
        {"monthly.monoparental", [](Bareme& b) { b.monthly.erase(HouseholdType::SingleParent); }},
        {"monthly.seul.commission_max", [](Bareme& b) { b.monthly[HouseholdType::Single].commission_max = eur(1); }},
        {"flat_rate", [](Bareme& b) { b.flat_rate = Rate{10001}; }},
        {"food_bank_cap", [](Bareme& b) { b.food_bank_cap = Rate{-1}; }},
        {"rate_bands[1].rate", [](Bareme& b) { b.rate_bands[1].rate = Rate{20000}; }},
        {"rate_bands[2].below", [](Bareme& b) { b.rate_bands[2].below = eur(6); }},
        {"rate_bands", [](Bareme& b) { b.rate_policy = RatePolicy::ByRavBand; b.rate_bands.clear(); }},
        {"access.initial_months", [](Bareme& b) { b.access.initial_months = 0; }},
        {"access.waiting_months", [](Bareme& b) { b.access.waiting_months = -3; }},
        {"access.window_max_months", [](Bareme& b) { b.access.window_max_months = 30; }},
        {"credit.rounding_step", [](Bareme& b) { b.credit.rounding_step = Money(); }},
        {"credit.weekly_rounding_step", [](Bareme& b) { b.credit.weekly_rounding_step = cents(-50); }},
        {"credit.monthly_cap", [](Bareme& b) { b.credit.monthly_cap = cents(-1); }},
        {"credit.visits_per_week", [](Bareme& b) { b.credit.visits_per_week = 0; }},
        {"card_prefix", [](Bareme& b) { b.card_prefix = "39"; }},
        {"card_prefix", [](Bareme& b) { b.card_prefix = "29999"; }},
        {"card_prefix", [](Bareme& b) { b.card_prefix = "2a"; }},
        {"card_prefix", [](Bareme& b) { b.card_prefix = ""; }},
    }));
    CAPTURE(row.field);
    Bareme b = Bareme::defaults();
    row.apply(b);
    try {
        validate(b);
        FAIL("accepted a bad " << row.field);
    } catch (const ValidationError& e) {
        CHECK(e.field() == row.field);
        CHECK_FALSE(e.reason().empty());
    }
}

TEST_CASE("a barème with equal thresholds or a free zone of zero is valid", "[eligibility]") {
    Bareme b = Bareme::defaults();
    b.per_person = {eur(10), eur(10), Money()};
    b.rate_policy = RatePolicy::ByRavBand;
    b.card_prefix = "2";
    CHECK_NOTHROW(validate(b));
}
