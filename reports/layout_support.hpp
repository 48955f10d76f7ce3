// Small builders shared by the report layouts: rows of counts and amounts, averages and
// percentages that follow the suppression of the counts they derive from, and French numbers.
#pragma once

#include "core/money.hpp"
#include "reports/period_figures_model.hpp"
#include "reports/report_document.hpp"

#include <string>
#include <vector>

namespace cabas::reports {

/// "12,3" : one decimal, French comma; "—" when the denominator is zero.
std::string ratio_text(std::int64_t numerator, std::int64_t denominator, int decimals = 1);
/// "12,3 %" of numerator / denominator; "—" when the denominator is zero.
std::string percent_text(std::int64_t numerator, std::int64_t denominator);
/// "1 234,567" kilograms from grams.
std::string kg_text(std::int64_t grams);

Row count_row(std::string label, const std::vector<std::int64_t>& values, bool total = false);
Row money_row(std::string label, const std::vector<core::Money>& values, bool total = false);
Row text_row(std::string label, const std::vector<std::string>& values);

/// Adds rows `parts` and their `total` row to the table as a sum group; returns the total's index.
/// With `total_first` the total heads its parts ("Sorties" then each reason), else it ends them.
std::size_t add_group(Table& t, std::vector<Row> parts, Row total, bool total_first = false);

/// After suppression: a Text cell derived from the Count cell of row `source` in the same
/// column is hidden ("s") when that count is hidden.
void follow_suppression(Table& t, std::size_t source_row, std::size_t derived_row);

/// A profile breakdown table with one column per profile (e.g. served, admitted); free-text
/// categories are sorted by the first column, biggest first.
Table breakdown_table(const std::string& id, const std::vector<const Breakdown*>& columns,
                      const std::vector<std::string>& headers, bool sort_by_count);

/// A bar chart of a (suppressed) breakdown table: one series per count column.
Chart bars_of(const Table& t, const std::string& unit);

/// Applies suppression unless the document is internal.
void finish_table(Table& t, int threshold, bool internal);

/// Amounts, rates and averages over fewer households than the threshold say as much about them
/// as a count would (docs/design/domain.md §7.4): in an external report they show "s".
/// By column: `households[i]` is the group of column i (after the label); `keep_row` is a row of
/// things that are not households (till sessions), left as it is. Count cells are left to
/// suppress_small_cells.
void hide_small_group_columns(Table& t, const std::vector<std::int64_t>& households, int threshold, bool internal,
                              std::size_t keep_row = static_cast<std::size_t>(-1));
/// By row: the amounts of `row` are about `households` households.
void hide_small_group_row(Row& row, std::int64_t households, int threshold, bool internal);

} // namespace cabas::reports
