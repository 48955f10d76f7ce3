// Eligibility: the worked example of docs/design/domain.md §1 in the four modes, exact threshold
// comparison, the working shown to the social worker, and the participation rate policies.
#include "fixtures.hpp"

#include "core/eligibility.hpp"
#include "core/error.hpp"

#include <catch2/catch.hpp>

using namespace cabas::test;
using cabas::ValidationError;

namespace {

Bareme with_mode(EligibilityMode mode, bool loans_counted) {
    Bareme b = Bareme::defaults();
    b.mode = mode;
    if (loans_counted) b.counted_charges.insert(ChargeKind::ConsumerLoan);
    return b;
}

struct Boundary {
    const char* what;
    int persons;
    std::int64_t rav_cents;
    EligibilityOutcome outcome;
    std::int64_t shown_cents;
};

} // namespace

TEST_CASE("worked example, loans counted: 1 035 € -> 8,63 €/person/day, eligible", "[eligibility]") {
    const auto dec = evaluate_eligibility(worked_example(), with_mode(EligibilityMode::RavPerPersonDay, true),
                                          worked_example_date());
    const auto& w = dec.working;
    CHECK(w.total_resources == eur(2100));
    CHECK(w.total_charges == eur(1065));
    CHECK(w.reste_a_vivre == eur(1035));
    CHECK(w.persons == 4);
    CHECK(w.quotient_numerator == 103500);  // 8,625 exactly, never compared rounded
    CHECK(w.quotient_denominator == 120);
    CHECK(w.result == cents(863));
    CHECK(dec.rav_per_person_day == cents(863));
    CHECK(w.divisor_text == "4 personnes × 30 jours");
    CHECK(w.result_unit == "€/personne/jour");
    CHECK(dec.outcome == EligibilityOutcome::Eligible);
    CHECK(w.band == "≤ " + format_euros(eur(10)));
    CHECK(w.bareme_version == 1);
}

TEST_CASE("worked example, default charges: 1 115 € -> 9,29 €/person/day, eligible", "[eligibility]") {
    const auto dec = evaluate_eligibility(worked_example(), Bareme::defaults(), worked_example_date());
    CHECK(dec.working.reste_a_vivre == eur(1115));
    CHECK(dec.working.total_charges == eur(985));
    CHECK(dec.working.result == cents(929));
    CHECK(dec.outcome == EligibilityOutcome::Eligible);
    // The loan is shown but not summed, with the reason.
    const auto& loan = dec.working.charges.back();
    CHECK(loan.code == "credit_conso");
    CHECK_FALSE(loan.counted);
    CHECK(loan.note == "non retenue par le barème");
    CHECK(loan.amount == eur(80));
}

TEST_CASE("worked example per UC: 2,3 UC -> 15,00 €/UC/day, exactly on the threshold", "[eligibility]") {
    const auto dec = evaluate_eligibility(worked_example(), with_mode(EligibilityMode::RavPerUcDay, true),
                                          worked_example_date());
    CHECK(dec.working.uc_tenths == 23);
    CHECK(dec.working.result == eur(15));
    CHECK(dec.working.divisor_text == "2,3 UC × 30 jours");
    CHECK(dec.working.result_unit == "€/UC/jour");
    CHECK(dec.outcome == EligibilityOutcome::Eligible);
    CHECK(dec.rav_per_person_day == cents(863));  // always given, whatever the mode

    const auto def = evaluate_eligibility(worked_example(), with_mode(EligibilityMode::RavPerUcDay, false),
                                          worked_example_date());
    CHECK(def.working.result == cents(1616));  // 1 115 / 2,3 / 30 = 16,159...
    CHECK(def.outcome == EligibilityOutcome::ToCommission);
}

TEST_CASE("worked example by quotient familial: attested QF, or estimated from CAF parts", "[eligibility]") {
    auto h = worked_example();
    const Bareme b = with_mode(EligibilityMode::QuotientFamilial, false);
    const auto estimated = evaluate_eligibility(h, b, worked_example_date());
    CHECK(estimated.working.qf_estimated);
    CHECK(estimated.working.parts_halves == 6);
    CHECK(estimated.working.result == eur(700));  // 2 100 € / 3 parts: exactly the threshold
    CHECK(estimated.outcome == EligibilityOutcome::Eligible);
    CHECK_FALSE(estimated.working.free_aid_below.has_value());

    h.attested_qf = eur(550);
    const auto attested = evaluate_eligibility(h, b, worked_example_date());
    CHECK_FALSE(attested.working.qf_estimated);
    CHECK(attested.working.result == eur(550));
    CHECK(attested.outcome == EligibilityOutcome::Eligible);

    h.attested_qf = cents(70001);
    CHECK(evaluate_eligibility(h, b, worked_example_date()).outcome == EligibilityOutcome::ToCommission);
    h.attested_qf = cents(90001);
    CHECK(evaluate_eligibility(h, b, worked_example_date()).outcome == EligibilityOutcome::Refused);
}

TEST_CASE("worked example by monthly RAV compares with its household type's thresholds", "[eligibility]") {
    const auto dec = evaluate_eligibility(worked_example(), with_mode(EligibilityMode::MonthlyRav, false),
                                          worked_example_date());
    CHECK(dec.working.result == eur(1115));
    CHECK(dec.working.result_unit == "€/mois");
    CHECK(dec.working.commission_max == eur(1000));
    CHECK(dec.outcome == EligibilityOutcome::Refused);
    CHECK(dec.working.band == "> " + format_euros(eur(1000)));

    auto h = adults_with_rav(1, eur(450));
    h.type = HouseholdType::Single;
    CHECK(evaluate_eligibility(h, with_mode(EligibilityMode::MonthlyRav, false), worked_example_date()).outcome ==
          EligibilityOutcome::ToCommission);
}

TEST_CASE("housing benefit deducted from the rent gives the same reste à vivre", "[eligibility]") {
    Bareme b = Bareme::defaults();
    b.housing_benefit = HousingBenefitMode::DeductedFromRent;
    const auto dec = evaluate_eligibility(worked_example(), b, worked_example_date());
    const auto& w = dec.working;
    CHECK(w.reste_a_vivre == eur(1115));
    CHECK(w.total_resources == eur(1800));
    CHECK(w.total_charges == eur(685));
    CHECK(w.resources[3].code == "aide_logement");
    CHECK_FALSE(w.resources[3].counted);
    CHECK(w.resources[3].note == "déduite du loyer");
    REQUIRE(w.charges.size() == 7);
    CHECK(w.charges[0].code == "loyer");
    CHECK(w.charges[1].label == "Aide au logement déduite du loyer");
    CHECK(w.charges[1].amount == eur(-300));
    CHECK(w.charges[1].counted);
    CHECK(dec.working.result == cents(929));
}

TEST_CASE("thresholds compare the exact quotient, never the rounded one", "[eligibility]") {
    using O = EligibilityOutcome;
    auto row = GENERATE(values<Boundary>({
        {"exactly 10,00", 1, 30000, O::Eligible, 1000},
        {"10,01", 1, 30030, O::ToCommission, 1001},
        {"exactly 12,00", 1, 36000, O::ToCommission, 1200},
        {"12,01", 1, 36030, O::Refused, 1201},
        {"1,99", 1, 5970, O::ReferToFreeAid, 199},
        {"exactly 2,00", 1, 6000, O::Eligible, 200},
        {"10,00008 shows 10,00 but goes to the commission", 4, 120001, O::ToCommission, 1000},
        {"9,99992 shows 10,00 and is eligible", 4, 119999, O::Eligible, 1000},
        {"12,00008 shows 12,00 but is refused", 4, 144001, O::Refused, 1200},
        {"1,99992 shows 2,00 but is flagged for free aid", 4, 23999, O::ReferToFreeAid, 200},
        {"a negative reste à vivre is flagged for free aid", 2, -6000, O::ReferToFreeAid, -100},
    }));
    CAPTURE(row.what);
    const auto dec = evaluate_eligibility(adults_with_rav(row.persons, cents(row.rav_cents)), Bareme::defaults(),
                                          worked_example_date());
    CHECK(dec.outcome == row.outcome);
    CHECK(dec.working.result == cents(row.shown_cents));
}

TEST_CASE("the band names the threshold zone in French", "[eligibility]") {
    const Bareme b = Bareme::defaults();
    const Date on = worked_example_date();
    CHECK(evaluate_eligibility(adults_with_rav(1, eur(300)), b, on).working.band == "≤ 10,00\u00A0€");
    CHECK(evaluate_eligibility(adults_with_rav(1, eur(330)), b, on).working.band == "10,01–12,00\u00A0€");
    CHECK(evaluate_eligibility(adults_with_rav(1, eur(400)), b, on).working.band == "> 12,00\u00A0€");
    CHECK(evaluate_eligibility(adults_with_rav(1, eur(30)), b, on).working.band == "< 2,00\u00A0€");
    CHECK(evaluate_eligibility(adults_with_rav(1, eur(30)), b, on).working.divisor_text == "1 personne × 30 jours");
}

TEST_CASE("the single-person bonus raises the thresholds of one-person households only", "[eligibility]") {
    Bareme b = Bareme::defaults();
    b.single_person_bonus = eur(1);
    const Date on = worked_example_date();
    const auto single = evaluate_eligibility(adults_with_rav(1, eur(330)), b, on);  // 11,00 €
    CHECK(single.outcome == EligibilityOutcome::Eligible);
    CHECK(single.working.eligible_max == eur(11));
    CHECK(single.working.commission_max == eur(13));
    CHECK(evaluate_eligibility(adults_with_rav(2, eur(660)), b, on).outcome == EligibilityOutcome::ToCommission);
}

TEST_CASE("an empty household or a negative amount is refused as bad input", "[eligibility]") {
    const Bareme b = Bareme::defaults();
    HouseholdComposition empty;
    CHECK_THROWS_AS(evaluate_eligibility(empty, b, worked_example_date()), ValidationError);
    auto h = worked_example();
    h.charges[2].monthly = cents(-1);
    try {
        evaluate_eligibility(h, b, worked_example_date());
        FAIL("negative charge accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "charge 3");
    }
    h = worked_example();
    h.resources[0].monthly = cents(-1);
    CHECK_THROWS_AS(evaluate_eligibility(h, b, worked_example_date()), ValidationError);
    h = worked_example();
    h.attested_qf = cents(-1);
    CHECK_THROWS_AS(evaluate_eligibility(h, b, worked_example_date()), ValidationError);
}

TEST_CASE("working lines carry the French label and the user's own label", "[eligibility]") {
    auto h = worked_example();
    h.resources[0].label = "Mme";
    const auto dec = evaluate_eligibility(h, Bareme::defaults(), worked_example_date());
    CHECK(dec.working.resources[0].label == "Salaire (Mme)");
    CHECK(dec.working.resources[1].label == "Prime d'activité");
}

TEST_CASE("household_rate follows the barème's rate policy", "[eligibility]") {
    struct Row { RatePolicy policy; std::int64_t rav; std::optional<Rate> commission; Rate expected; };
    auto row = GENERATE(values<Row>({
        {RatePolicy::Flat, 300, std::nullopt, Rate::percent(10)},
        {RatePolicy::Flat, 300, Rate::percent(50), Rate::percent(10)},
        {RatePolicy::ByRavBand, -100, std::nullopt, Rate::percent(10)},
        {RatePolicy::ByRavBand, 499, std::nullopt, Rate::percent(10)},
        {RatePolicy::ByRavBand, 500, std::nullopt, Rate::percent(20)},
        {RatePolicy::ByRavBand, 799, std::nullopt, Rate::percent(20)},
        {RatePolicy::ByRavBand, 800, std::nullopt, Rate::percent(30)},
        {RatePolicy::ByRavBand, 1199, std::nullopt, Rate::percent(30)},
        {RatePolicy::ByRavBand, 1200, std::nullopt, Rate::percent(30)},
        {RatePolicy::ByRavBand, 5000, std::nullopt, Rate::percent(30)},
        {RatePolicy::PerHousehold, 300, Rate::percent(15), Rate::percent(15)},
        {RatePolicy::PerHousehold, 300, std::nullopt, Rate::percent(10)},
    }));
    Bareme b = Bareme::defaults();
    b.rate_policy = row.policy;
    CAPTURE(to_code(row.policy), row.rav);
    CHECK(household_rate(b, cents(row.rav), row.commission) == row.expected);
}
