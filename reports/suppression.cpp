// Primary and secondary small-cell suppression, checked with interval reasoning: what a reader
// can deduce about each hidden cell from the published ones, the total and the markers' bounds.
#include "reports/suppression.hpp"

#include <algorithm>
#include <limits>

namespace cabas::reports {

namespace {

constexpr std::int64_t kUnbounded = std::numeric_limits<std::int64_t>::max() / 4;

struct Bounds {
    std::int64_t lo = 0;
    std::int64_t hi = 0;
};

/// What the marker of a cell tells: its value, "< t" → 1..t−1, "s" → at least t (a secondary
/// cell is never zero and was not small, or it would have been primary).
Bounds bounds_of(const Cell& c, int threshold) {
    switch (c.suppression) {
    case Suppression::Primary: return {1, threshold - 1};
    case Suppression::Secondary: return {threshold, kUnbounded};
    case Suppression::None: break;
    }
    return {c.value, c.value};
}

bool is_count_column(const Table& t, std::size_t column) {
    for (const auto& row : t.rows)
        if (column < row.cells.size() && row.cells[column].kind == CellKind::Count && row.cells[column].protect)
            return true;
    return false;
}

/// True when every hidden cell of the group in this column has at least two possible values.
bool group_protected(const Table& t, const SumGroup& g, std::size_t column, int threshold) {
    std::int64_t published = 0, lo_sum = 0, hi_sum = 0;
    std::vector<Bounds> hidden;
    for (auto p : g.parts) {
        const Cell& c = t.rows[p].cells[column];
        if (!c.suppressed()) {
            published += c.value;
            continue;
        }
        const Bounds b = bounds_of(c, threshold);
        hidden.push_back(b);
        lo_sum += b.lo;
        hi_sum = std::min(kUnbounded, hi_sum + b.hi);
    }
    const Cell& total = t.rows[g.total].cells[column];
    const Bounds tb = bounds_of(total, threshold);
    const std::int64_t s_min = tb.lo - published;
    const std::int64_t s_max = tb.hi >= kUnbounded ? kUnbounded : tb.hi - published;
    for (const Bounds& b : hidden) {
        const std::int64_t others_hi = hi_sum >= kUnbounded || b.hi >= kUnbounded ? kUnbounded : hi_sum - b.hi;
        const std::int64_t others_lo = lo_sum - b.lo;
        const std::int64_t lo = others_hi >= kUnbounded ? b.lo : std::max(b.lo, s_min - others_hi);
        const std::int64_t hi = s_max >= kUnbounded ? b.hi : std::min(b.hi, s_max - others_lo);
        if (hi <= lo) return false;
    }
    if (total.suppressed()) {
        const std::int64_t lo = std::max(tb.lo, published + lo_sum);
        const std::int64_t hi = hi_sum >= kUnbounded ? tb.hi : std::min(tb.hi, published + hi_sum);
        if (hi <= lo) return false;
    }
    return true;
}

/// Hides one more cell of a group that leaks: the smallest published non-zero part, or the
/// total when no part is left. False when nothing is left to hide.
bool hide_one_more(Table& t, const SumGroup& g, std::size_t column) {
    Cell* best = nullptr;
    for (auto p : g.parts) {
        Cell& c = t.rows[p].cells[column];
        if (c.suppressed() || c.value == 0) continue;
        if (!best || c.value < best->value) best = &c;
    }
    if (!best) {
        Cell& total = t.rows[g.total].cells[column];
        if (total.suppressed() || total.value == 0) return false;
        best = &total;
    }
    best->suppression = Suppression::Secondary;
    return true;
}

} // namespace

void suppress_small_cells(Table& table, int threshold) {
    for (auto& row : table.rows)
        for (auto& c : row.cells)
            if (c.kind == CellKind::Count && c.protect && c.value > 0 && c.value < threshold)
                c.suppression = Suppression::Primary;
    bool changed = true;
    while (changed) {
        changed = false;
        for (const auto& g : table.groups) {
            const std::size_t columns = table.rows[g.total].cells.size();
            for (std::size_t col = 0; col < columns; ++col) {
                if (!is_count_column(table, col)) continue;
                if (group_protected(table, g, col, threshold)) continue;
                if (hide_one_more(table, g, col)) changed = true;
            }
        }
    }
}

bool is_protected(const Table& table, int threshold) {
    for (const auto& g : table.groups) {
        const std::size_t columns = table.rows[g.total].cells.size();
        for (std::size_t col = 0; col < columns; ++col)
            if (is_count_column(table, col) && !group_protected(table, g, col, threshold)) return false;
    }
    return true;
}

} // namespace cabas::reports
