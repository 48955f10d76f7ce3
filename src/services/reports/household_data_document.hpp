// The household's own data laid out as a report document for the household (right of access,
// DOMAIN.md §6): the file, members, resources and charges, decisions, access periods, cards,
// visits and who opened or changed the file. reports::render_report_pdf prints it on A4.
#pragma once

#include "reports/report_document.hpp"
#include "services/households/household_views.hpp"

#include <string>

namespace cabas::services {

/// The document of an export already made by HouseholdService::export_data (which checked the
/// user's rights and logged the export); it reads nothing else. Never suppressed: it is about
/// one household, for it.
reports::ReportDocument household_data_document(const households::HouseholdDataExport& data,
                                                const std::string& shop_name);

} // namespace cabas::services
