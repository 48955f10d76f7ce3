// The monthly CCAS report model: its figures (the month, the previous month, the year to date
// and a 12-month trend) and its layout document. The services build it
// (services/reports/monthly_report.hpp); render_monthly_pdf (report_pdf.hpp) and
// write_csv_tables (csv_export.hpp) turn it into files.
#pragma once

#include "reports/month.hpp"
#include "reports/period_figures_model.hpp"
#include "reports/report_common_model.hpp"
#include "reports/report_document.hpp"

#include <string>
#include <vector>

namespace cabas::reports {

struct MonthlyReport {
    Month month;
    PeriodFigures current;
    PeriodFigures previous;
    PeriodFigures year_to_date;
    std::vector<MonthActivity> trend;  ///< the 12 months ending with this one, all present
    int bareme_version = 0;
    std::string bareme_label;
    core::Date bareme_from;
    ResolvedOptions options;
    ReportDocument document;           ///< suppressed unless internal
    bool operator==(const MonthlyReport&) const = default;
};

} // namespace cabas::reports
