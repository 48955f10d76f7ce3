// Receipts and Z reports as one-page PDFs 80 mm wide, the size of a thermal roll, so that a
// till without a thermal printer can still print or keep a faithful copy.
#pragma once

#include "reports/hpdf_document.hpp"
#include "reports/receipt_model.hpp"

#include <string>

namespace cabas::reports {

/// 80 mm in points: the page width of every ticket PDF.
inline constexpr double ticket_width_pt = 80.0 / 25.4 * 72.0;

/// The PDF bytes of a receipt; the page is as tall as its content. Throws ReportError.
std::string render_receipt_pdf(const ReceiptModel& receipt, const FontPaths& fonts = {});
/// The PDF bytes of a Z report (till closing). Throws ReportError.
std::string render_z_report_pdf(const ZReportModel& report, const FontPaths& fonts = {});

} // namespace cabas::reports
