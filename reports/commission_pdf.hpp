// The commission session's decisions as an A4 landscape PDF: one anonymised row per file
// (number, composition, RAV band, project, referrer type, decision, reason, period).
#pragma once

#include "reports/commission_model.hpp"
#include "reports/hpdf_document.hpp"

#include <string>

namespace cabas::reports {

/// "3 décisions : 2 acceptées, 1 ajournée" (counts in the order accepted, derogation,
/// postponed, refused; only those present).
std::string commission_summary(const CommissionSessionModel&);

/// The PDF bytes. A session without decisions still prints, saying so. ReportError on a
/// libharu failure.
std::string render_commission_pdf(const CommissionSessionModel&, const FontPaths& fonts = {});

} // namespace cabas::reports
