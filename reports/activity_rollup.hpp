// Roll-ups of the per-month, per-household activity rows: the activity of a run of months
// (households distinct over it, first visit the earliest) and the totals of each month.
#pragma once

#include "reports/monthly_report.hpp"
#include "storage/report_queries.hpp"

#include <vector>

namespace cabas::reports {

/// Activity of the months [first, last] merged per household (credit_used left at zero).
std::vector<storage::HouseholdActivity> merge_months(const std::vector<storage::MonthHouseholdActivity>& rows,
                                                     Month first, Month last);

/// Totals of each month of [first, last], months without activity included as zeros.
std::vector<storage::MonthActivity> month_totals(const std::vector<storage::MonthHouseholdActivity>& rows, Month first,
                                                 Month last);

} // namespace cabas::reports
