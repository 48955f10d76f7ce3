// The layout of the FSE+ / food-bank and annual reports: end recipients, goods by origin with
// the check that FSE+ food was given free, lot traceability and, for the year, the months.
#pragma once

#include "reports/fse_report_model.hpp"

namespace cabas::reports {

/// The layout of an already computed report (suppression applied unless options.internal).
ReportDocument layout_fse(const FseReport&);

} // namespace cabas::reports
