// The layout of the monthly CCAS report: its figures turned into sections of tables and charts,
// with small-cell suppression applied unless the report is internal.
#pragma once

#include "reports/monthly_report_model.hpp"

namespace cabas::reports {

/// The layout of an already computed report (suppression applied unless options.internal).
ReportDocument layout_monthly(const MonthlyReport&);

} // namespace cabas::reports
