// Household cards on A4 sheets: ten credit-card-size cards (85,6 × 54 mm) per page with the
// épicerie's name, the first name or chosen pseudonym and the card number as an EAN-13 barcode.
// Nothing else personal is printed: a lost card must tell a finder nothing about the household.
#pragma once

#include "reports/card_sheet_model.hpp"
#include "reports/hpdf_document.hpp"

#include <string>
#include <vector>

namespace cabas::reports {

/// Card size in PDF points (1 mm = 72 / 25,4 pt).
inline constexpr double kCardWidthPt = 85.6 * 72.0 / 25.4;
inline constexpr double kCardHeightPt = 54.0 * 72.0 / 25.4;

/// The PDF bytes. ReportError when there is no card, a number zint refuses, or libharu fails.
std::string render_card_sheet_pdf(const CardSheetModel&, const FontPaths& fonts = {});

} // namespace cabas::reports
