// Roll-ups of the per-month, per-household activity rows that storage reads once per report:
// the activity of a run of months (households distinct over it, first visit the earliest) and
// the totals of each month, as the report models show them.
#pragma once

#include "reports/month.hpp"
#include "reports/report_common_model.hpp"
#include "storage/report_queries.hpp"

#include <vector>

namespace cabas::services {

/// Activity of the months [first, last] merged per household (credit_used left at zero).
std::vector<storage::HouseholdActivity> merge_months(const std::vector<storage::MonthHouseholdActivity>& rows,
                                                     reports::Month first, reports::Month last);

/// Totals of each month of [first, last], months without activity included as zeros.
std::vector<reports::MonthActivity> month_totals(const std::vector<storage::MonthHouseholdActivity>& rows,
                                                 reports::Month first, reports::Month last);

} // namespace cabas::services
