// The CCAS's consolidated monthly and annual reports (reports/consolidated_report.hpp,
// reports/consolidated_annual.hpp) built from its register: every site's database opened in turn,
// the CCAS user logged in at each of them, each site's report built as that site would, then the
// total from their raw figures.
#pragma once

#include "reports/consolidated_annual.hpp"
#include "reports/consolidated_report.hpp"
#include "services/clock.hpp"
#include "services/reports/report_options.hpp"

#include <string>

namespace cabas::services::ccas {

/// Who consolidates: an account of the same login at every site, each with its own PIN check
/// and each allowed to build that site's reports (BuildReports; the options' rights too). There
/// is no CCAS-wide account: a site that did not grant the account keeps its figures to itself.
struct CcasReader {
    std::string login;
    std::string pin;
};

/// Builds the consolidated report of the CCAS whose PostgreSQL database `ccas_uri` names (its
/// search_path, if any, is ignored), over every site of its register, in code order, named
/// `ccas_name`. PermissionError naming the site at which the login or a right is refused (the
/// refusal logged there, nothing built); ValidationError without a register or a site.
reports::ConsolidatedMonthlyReport build_consolidated_monthly(const std::string& ccas_uri, const CcasReader& reader,
                                                              const Clock& clock, const std::string& ccas_name,
                                                              reports::Month month, const ReportOptions& options = {});

/// The same for the annual report of calendar year `year` (services::build_fse_report, annual):
/// each site's, then the total; the same login, rights and refusals, site by site.
reports::ConsolidatedAnnualReport build_consolidated_annual(const std::string& ccas_uri, const CcasReader& reader,
                                                            const Clock& clock, const std::string& ccas_name, int year,
                                                            const ReportOptions& options = {});

} // namespace cabas::services::ccas
