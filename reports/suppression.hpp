// Small-cell suppression for published counts (docs/design/domain.md §7): primary suppression of
// any count from 1 to threshold − 1, then secondary suppression so that no hidden cell can be
// worked out from a published total, even knowing that a "< 11" cell lies in 1..10.
#pragma once

#include "reports/report_document.hpp"

namespace cabas::reports {

/// Suppresses the protected Count cells of `table` in place. Zero is published (it reveals
/// nobody); a secondary cell is the smallest published non-zero part of a group whose hidden
/// cells could otherwise be recovered. Totals are never hidden for secondary reasons, because
/// they are usually published elsewhere in the report, unless nothing else is left to hide.
void suppress_small_cells(Table& table, int threshold);

/// The range a reader can deduce for each hidden cell of one column of one group, from the
/// published cells, the total and the markers' bounds: [1, t−1] for "< t", [t, ∞) for "s".
/// Used by suppress_small_cells and by the property test; true when every hidden cell of every
/// group of every column has at least two possible values.
bool is_protected(const Table& table, int threshold);

} // namespace cabas::reports
