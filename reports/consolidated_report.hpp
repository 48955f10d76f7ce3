// The CCAS's consolidated monthly report over its épiceries (docs/design/multi_site.md): each
// site's own report, and the CCAS total computed from the sites' raw figures (never from their
// published, already suppressed cells), then laid out and suppressed like any monthly report.
#pragma once

#include "reports/monthly_report_model.hpp"

#include <string>
#include <vector>

namespace cabas::reports {

struct SiteMonthlyReport {
    std::string site_code;   ///< "CENTRE": prefixes its tables' CSV names
    std::string site_name;   ///< "Épicerie du centre": the CCAS's own register names it
    MonthlyReport report;    ///< as the site would publish it (its own suppression)
};

struct ConsolidatedMonthlyReport {
    Month month;
    std::vector<SiteMonthlyReport> sites;
    MonthlyReport total;     ///< raw sums of the sites' figures, laid out with suppression
    ReportDocument document; ///< one part per site, then the total
};

/// The sum of two periods' raw figures: counts, amounts, breakdowns label by label, goods by
/// origin and category, payments by method. Households of two sites are two households.
PeriodFigures sum_figures(const PeriodFigures& a, const PeriodFigures& b);

/// The consolidated report of `sites` (at least one, all of `month`): the total's figures are
/// the sums of theirs, its options the strictest of theirs (highest threshold; internal only
/// when every site's is), named `ccas_name`.
ConsolidatedMonthlyReport consolidate_monthly(const std::string& ccas_name, Month month,
                                              std::vector<SiteMonthlyReport> sites);

} // namespace cabas::reports
