// A4 PDF rendering of a report document (CCAS monthly, annual, FSE+): header, tables, bar and
// line charts drawn with libharu paths, page numbers, embedded UTF-8 DejaVu fonts.
#pragma once

#include "reports/hpdf_document.hpp"
#include "reports/report_document.hpp"

#include <string>

namespace cabas::reports {

struct MonthlyReport;

/// Writes `document` as an A4 PDF at `path`. Throws ReportError when libharu fails or the
/// file cannot be written.
void render_report_pdf(const ReportDocument& document, const std::string& path, const FontPaths& fonts = {});

/// The monthly CCAS report as PDF (the benchmark times this apart from the model build).
void render_monthly_pdf(const MonthlyReport& report, const std::string& path, const FontPaths& fonts = {});

} // namespace cabas::reports
