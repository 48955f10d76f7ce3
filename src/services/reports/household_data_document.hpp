// The household's own data laid out as a report document for the household (right of access,
// docs/design/domain.md §6): the file, members, resources and charges, decisions, access
// periods, cards, visits and who opened or changed the file. reports::render_report_pdf prints
// it on A4.
#pragma once

#include "reports/report_document.hpp"
#include "services/households/household_views.hpp"

namespace cabas::services {

/// The document of an export already made by HouseholdService::export_data (which checked the
/// user's rights, logged the export and named the épicerie); it reads nothing else. Never suppressed: it is about
/// one household, for it.
reports::ReportDocument household_data_document(const households::HouseholdDataExport& data);

} // namespace cabas::services
