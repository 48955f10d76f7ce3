// Computing the raw figures of one period of the CCAS report (reports/period_figures_model.hpp)
// from storage's report queries and the barème in force.
#pragma once

#include "core/bareme.hpp"
#include "core/date.hpp"
#include "reports/period_figures_model.hpp"
#include "storage/report_queries.hpp"

#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services {

/// Figures of [from, to]. `households` is storage's list and `activity` the effective visits
/// of the period per household (both read once by the caller for the several periods of a
/// report); the barème gives the access and credit rules. With `goods_and_payments` the goods,
/// payments and closures of the period are read too (the month shows them, the year to date
/// does not). Reads only; the caller has checked the user's rights.
reports::PeriodFigures compute_period_figures(storage::Store&, const std::vector<storage::ReportHousehold>& households,
                                              const std::vector<storage::HouseholdActivity>& activity,
                                              const core::Bareme& bareme, core::Date from, core::Date to,
                                              bool goods_and_payments);

} // namespace cabas::services
