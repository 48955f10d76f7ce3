// CSV export of every table and chart series a report shows, for LibreOffice and Excel in
// French: ';' separator, UTF-8 with a byte-order mark, CRLF line ends, decimal commas. Text
// that a spreadsheet would run as a formula (starting with = + - @, tab or CR) is neutralised
// with a leading apostrophe; plain numbers, negative ones included, are left as numbers.
#pragma once

#include "reports/report_document.hpp"

#include <string>
#include <vector>

namespace cabas::reports {

/// One CSV field, quoted when needed and neutralised when it could be a formula.
std::string csv_field(const std::string& text);

/// A table as CSV bytes (BOM included), cells as the PDF shows them ("< 11", "s").
std::string table_to_csv(const Table& table, int threshold);
/// A chart's data as CSV: one row per label, one column per series.
std::string chart_to_csv(const Chart& chart, int threshold);

/// Writes <dir>/<table id>.csv for every table and <dir>/graphique_<n>.csv for every chart;
/// creates `dir` if needed. Returns the files written. Throws ReportError when a file cannot
/// be written (the message names it).
std::vector<std::string> write_csv_tables(const ReportDocument& document, const std::string& dir);

} // namespace cabas::reports
