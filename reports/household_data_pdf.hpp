// The household's own data as an A4 PDF handed to the household (right of access,
// docs/design/domain.md §6): the file, members, resources and charges, decisions, access periods,
// cards, visits and who opened or changed the file. The document model is built apart so tests can
// read it.
#pragma once

#include "reports/hpdf_document.hpp"
#include "reports/report_document.hpp"
#include "services/households/household_views.hpp"

#include <string>

namespace cabas::reports {

ReportDocument household_data_document(const services::households::HouseholdDataExport& data,
                                       const std::string& shop_name);

/// Writes the document at `path` (ReportError when it cannot be written).
void render_household_data_pdf(const services::households::HouseholdDataExport& data, const std::string& shop_name,
                               const std::string& path, const FontPaths& fonts = {});

} // namespace cabas::reports
