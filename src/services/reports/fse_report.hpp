// Building the FSE+ / food-bank report of any period, and the annual report, from the
// database: end recipients, goods by origin, FSE+ lots, and for the year each month's activity.
#pragma once

#include "core/date.hpp"
#include "reports/fse_report_model.hpp"
#include "services/access_control.hpp"
#include "services/reports/report_options.hpp"

namespace cabas::storage { class Store; }

namespace cabas::services {

/// Builds the report of [from, to] (both included). `annual` adds the activity by month and
/// titles it as the annual report. Reads only; an empty period gives a report that says so.
/// PermissionDenied (the refusal logged) unless `user` may build it with these options.
reports::FseReport build_fse_report(storage::Store&, const LoggedUser& user, core::Date from, core::Date to,
                                    bool annual, const ReportOptions& = {});

} // namespace cabas::services
