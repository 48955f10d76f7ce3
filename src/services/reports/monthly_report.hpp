// Building the monthly CCAS report model from the database: the month, the previous month, the
// year to date and the 12-month trend, then its layout. Reading only, for the users the
// capability table lets build reports.
#pragma once

#include "reports/monthly_report_model.hpp"
#include "services/access_control.hpp"
#include "services/reports/report_options.hpp"

namespace cabas::storage { class Store; }

namespace cabas::services {

/// Builds the whole report. An empty month gives a report that says so. PermissionDenied (the
/// refusal logged) unless `user` may build it with these options (require_report_rights).
reports::MonthlyReport build_monthly_report(storage::Store&, const LoggedUser& user, reports::Month,
                                            const ReportOptions& = {});

} // namespace cabas::services
