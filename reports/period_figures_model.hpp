// The raw figures of one period (a month, a year to date, any range) from which the CCAS report
// is laid out: activity, flows, money and goods, credit use and the profiles of households
// served and admitted. Plain numbers, unsuppressed: suppression happens in the layout. The
// services compute them (services/reports/period_figures.hpp).
#pragma once

#include "core/date.hpp"
#include "core/money.hpp"
#include "reports/report_common_model.hpp"

#include <map>
#include <string>
#include <vector>

namespace cabas::reports {

/// Counts by label, in a fixed order for enums and in first-seen order for free text
/// (neighbourhoods, referrers), which the layout then sorts.
struct Breakdown {
    std::string title;
    std::vector<std::string> labels;
    std::vector<int> counts;
    bool persons = false;   ///< counts persons rather than households

    void add(const std::string& label, int n = 1);
    int count_of(const std::string& label) const;
    int total() const;
    bool operator==(const Breakdown&) const = default;
};

/// Profile of a set of households: ten breakdowns (type, size, ages, sex, main resource,
/// housing, referrer, neighbourhood, RAV band, project).
struct Profile {
    int households = 0;
    int persons = 0;
    std::vector<Breakdown> parts;
    bool operator==(const Profile&) const = default;
};

struct PeriodFigures {
    core::Date from;        ///< first day, included
    core::Date to;          ///< last day, included

    // 1. Activity. Households are distinct within the period; visits are cumulative.
    int households_open = 0;      ///< with an access period overlapping the period
    int open_started = 0;         ///< ... whose rights were not open yet on the first day
    int open_ended = 0;           ///< ... whose rights were no longer open on the last day
    int served = 0;               ///< distinct households with at least one effective visit
    int persons = 0;              ///< members of the households served (ages at first visit)
    int adults = 0;
    int age_0_2 = 0;
    int age_3_13 = 0;
    int age_14_17 = 0;
    int visits = 0;               ///< effective sales with at least one line
    core::Money value;            ///< retail value distributed
    core::Money paid;             ///< participations paid
    core::Money aid() const { return value - paid; }

    // 2. Flows.
    int admissions = 0;           ///< first (non-renewal) periods starting in the period
    int renewals = 0;
    Breakdown exits;              ///< recorded exits, and ends of rights not renewed
    int waiting = 0;              ///< households in waiting period on the last day
    Breakdown decisions;          ///< commission decisions by outcome
    int first_decisions = 0;      ///< households' first decisions dated on or after their referral
    std::int64_t delay_days = 0;  ///< sum of referral-to-first-decision delays

    // 3. Money and goods.
    std::vector<GoodsTotal> goods;
    std::map<std::string, core::Money> payments;  ///< by method code
    ClosureTotal closures;
    core::Money credit_granted;   ///< monthly credit of the households with open rights (with the
                                  ///< carry-over, core/carry_over.hpp, for a calendar month)
    core::Money credit_used;      ///< value of the lines that count against credit (zero when
                                  ///< the activity came from month roll-ups: year to date)
    int open_without_visit = 0;   ///< households with open rights that did not come

    // 4. Profiles.
    Profile served_profile;
    Profile admitted_profile;
    bool operator==(const PeriodFigures&) const = default;
};

} // namespace cabas::reports
