// Draws the stock report (A4 portrait, French) with libharu from its model.
#pragma once

#include "reports/hpdf_document.hpp"
#include "reports/stock_report_model.hpp"

#include <string>

namespace cabas::reports {

/// The PDF bytes. Throws ReportError when libharu fails (missing font...).
std::string stock_report_pdf(const StockReportModel&, const FontPaths& fonts = {});

/// Writes the PDF to `path`.
void write_stock_report_pdf(const StockReportModel&, const std::string& path, const FontPaths& fonts = {});

} // namespace cabas::reports
