// Roll-ups of per-month activity rows (see activity_rollup.hpp).
#include "services/reports/activity_rollup.hpp"

#include <map>

namespace cabas::services {

using reports::Month;

std::vector<storage::HouseholdActivity> merge_months(const std::vector<storage::MonthHouseholdActivity>& rows,
                                                     Month first, Month last) {
    const std::string from = first.iso(), to = last.iso();
    std::map<std::string, storage::HouseholdActivity> by_code;
    for (const auto& row : rows) {
        if (row.month < from || row.month > to) continue;
        const auto& a = row.activity;
        auto [it, inserted] = by_code.try_emplace(a.household_code, a);
        if (inserted) continue;
        auto& m = it->second;
        // A month without a visit (only a later correction) has no first visit to offer.
        if (a.visits > 0 && (m.visits == 0 || a.first_visit < m.first_visit)) m.first_visit = a.first_visit;
        m.visits += a.visits;
        m.value += a.value;
        m.paid += a.paid;
    }
    std::vector<storage::HouseholdActivity> out;
    for (auto& [code, a] : by_code) out.push_back(std::move(a));
    return out;
}

std::vector<reports::MonthActivity> month_totals(const std::vector<storage::MonthHouseholdActivity>& rows, Month first,
                                                 Month last) {
    std::vector<reports::MonthActivity> out;
    for (Month m = first; m.first() <= last.first(); m = m.next()) {
        reports::MonthActivity total;
        total.month = m.iso();
        for (const auto& row : rows) {
            if (row.month != total.month) continue;
            if (row.activity.visits > 0) ++total.households;  // one row per household and month
            total.visits += row.activity.visits;
            total.value += row.activity.value;
            total.paid += row.activity.paid;
        }
        out.push_back(total);
    }
    return out;
}

} // namespace cabas::services
