// The CCAS's consolidated annual report over its épiceries (docs/design/multi_site.md): each
// site's annual report (FSE+ and food bank, month by month) as that site publishes it, then the
// CCAS total computed from the sites' raw figures and laid out, with small-cell suppression, as
// any annual report. Households and persons of two sites are counted at each.
#pragma once

#include "reports/fse_report_model.hpp"

#include <string>
#include <vector>

namespace cabas::reports {

struct SiteAnnualReport {
    std::string site_code;   ///< prefixes its tables' CSV names
    std::string site_name;
    FseReport report;        ///< the site's annual report, its own suppression
};

struct ConsolidatedAnnualReport {
    int year = 0;
    std::vector<SiteAnnualReport> sites;
    FseReport total;         ///< raw sums of the sites' figures, laid out with suppression
    ReportDocument document; ///< one part per site, then the total
};

/// The sum of two annual reports' raw figures: recipients field by field, goods by origin and
/// category, families by family and sub-family, the FSE+ check, months month by month; the lots
/// side by side (a lot is one site's), their labels prefixed with the site's code.
FseReport sum_annual(const FseReport& a, const FseReport& b, const std::string& b_site_code);

/// The consolidated annual report of `sites` (at least one, all annual reports of `year`): the
/// total's figures are the sums of theirs, its options the strictest of theirs, named `ccas_name`.
ConsolidatedAnnualReport consolidate_annual(const std::string& ccas_name, int year, std::vector<SiteAnnualReport> sites);

} // namespace cabas::reports
