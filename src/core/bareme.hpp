// The barème: every threshold, rate and limit of the rules, dated and versioned. Each decision
// records the version it used. Defaults are those of docs/design/domain.md; where each one
// comes from is in its §8.1.
#pragma once

#include "core/date.hpp"
#include "core/household.hpp"
#include "core/money.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace cabas::core {

enum class EligibilityMode { RavPerPersonDay, RavPerUcDay, QuotientFamilial, MonthlyRav };
enum class HousingBenefitMode { AsResource, DeductedFromRent };
enum class RatePolicy { Flat, ByRavBand, PerHousehold };

/// Thresholds of a per-day mode, in cents per day. A quotient q is eligible when
/// q <= eligible_max, goes to the commission when q <= commission_max, is refused above,
/// and is flagged for free aid when q < free_aid_below.
struct DailyThresholds {
    Money eligible_max;
    Money commission_max;
    Money free_aid_below;
};

/// Monthly RAV thresholds for one household type (mode 4), in cents per month.
struct MonthlyThresholds {
    Money eligible_max;
    Money commission_max;
};

/// Participation rate by RAV band: RAV per person per day below `below` pays `rate`.
struct RateBand {
    Money below;
    Rate rate;
};

struct AccessRules {
    int initial_months = 3;
    int renewal_months = 3;
    int window_max_months = 12;   ///< at most this much access ...
    int window_months = 24;       ///< ... in any rolling window of this length
    int waiting_months = 3;       ///< carence once the maximum is reached
};

struct CreditRules {
    Money per_uc_month = Money::from_euros(90);
    Money rounding_step = Money::from_euros(5);
    Money monthly_cap = Money::from_euros(300);
    bool weekly_cap_enabled = true;
    Money weekly_rounding_step = Money::from_cents(50);
    bool carry_over = false;               ///< unused monthly credit carries to the next month
    bool fse_counts_against_credit = false;
    int visits_per_week = 1;
    int visits_per_month = 5;
    bool limits_scale_with_size = false;   ///< per-product/category limits × UC, rounded up
};

struct Bareme {
    int version = 1;
    Date effective_from = Date::from_ymd(2026, 1, 1);
    std::string label = "Barème par défaut";

    EligibilityMode mode = EligibilityMode::RavPerPersonDay;
    std::set<ChargeKind> counted_charges;
    HousingBenefitMode housing_benefit = HousingBenefitMode::AsResource;
    int days_per_month = 30;
    DailyThresholds per_person;        ///< mode 1
    DailyThresholds per_uc;            ///< mode 2
    Money single_person_bonus;         ///< added to mode 1/2 thresholds for one-person households
    Money qf_eligible_max;             ///< mode 3
    Money qf_commission_max;
    std::map<HouseholdType, MonthlyThresholds> monthly;  ///< mode 4

    RatePolicy rate_policy = RatePolicy::Flat;
    Rate flat_rate = Rate::percent(10);
    std::vector<RateBand> rate_bands;  ///< ascending by `below`; above the last: last rate
    Rate food_bank_cap = Rate::percent(10);

    AccessRules access;
    CreditRules credit;
    std::string card_prefix = "29";    ///< GS1 restricted-circulation prefix of card numbers

    /// The defaults of docs/design/domain.md (version 1, effective 2026-01-01).
    static Bareme defaults();
};

/// Checks every field; throws ValidationError naming the first bad one ("per_person.eligible_max").
void validate(const Bareme&);

std::string to_code(EligibilityMode);
std::string to_code(HousingBenefitMode);
std::string to_code(RatePolicy);
std::optional<EligibilityMode> eligibility_mode_from_code(std::string_view);
std::optional<HousingBenefitMode> housing_benefit_mode_from_code(std::string_view);
std::optional<RatePolicy> rate_policy_from_code(std::string_view);

} // namespace cabas::core
