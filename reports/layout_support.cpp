// Shared layout builders (see layout_support.hpp).
#include "reports/layout_support.hpp"

#include "core/money.hpp"
#include "reports/suppression.hpp"

#include <algorithm>
#include <numeric>

namespace cabas::reports {

std::string ratio_text(std::int64_t numerator, std::int64_t denominator, int decimals) {
    // A month that only corrects earlier months can have a negative value: no rate or average.
    if (denominator <= 0) return "—";
    std::int64_t scale = 1;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    const std::int64_t scaled = core::divide_half_up(numerator * scale, denominator);
    std::string out = std::to_string(scaled / scale);
    if (decimals > 0) {
        std::string frac = std::to_string(std::abs(scaled % scale));
        while (static_cast<int>(frac.size()) < decimals) frac.insert(frac.begin(), '0');
        if (scaled < 0 && scaled / scale == 0) out = "-" + out;
        out += "," + frac;
    }
    return out;
}

std::string percent_text(std::int64_t numerator, std::int64_t denominator) {
    // A month that only corrects earlier months can have a negative value: no rate or average.
    if (denominator <= 0) return "—";
    return ratio_text(numerator * 100, denominator) + " %";
}

std::string kg_text(std::int64_t grams) { return ratio_text(grams, 1000, 1); }

Row count_row(std::string label, const std::vector<std::int64_t>& values, bool total) {
    Row r{std::move(label), {}, total};
    for (auto v : values) r.cells.push_back(Cell::count(v));
    return r;
}

Row money_row(std::string label, const std::vector<core::Money>& values, bool total) {
    Row r{std::move(label), {}, total};
    for (auto v : values) r.cells.push_back(Cell::money(v));
    return r;
}

Row text_row(std::string label, const std::vector<std::string>& values) {
    Row r{std::move(label), {}, false};
    for (const auto& v : values) r.cells.push_back(Cell::of_text(v));
    return r;
}

std::size_t add_group(Table& t, std::vector<Row> parts, Row total, bool total_first) {
    SumGroup g;
    total.total = true;
    if (total_first) {
        g.total = t.rows.size();
        t.rows.push_back(std::move(total));
    }
    for (auto& p : parts) {
        g.parts.push_back(t.rows.size());
        t.rows.push_back(std::move(p));
    }
    if (!total_first) {
        g.total = t.rows.size();
        t.rows.push_back(std::move(total));
    }
    if (g.parts.size() > 1) t.groups.push_back(g);
    return g.total;
}

void follow_suppression(Table& t, std::size_t source_row, std::size_t derived_row) {
    auto& src = t.rows[source_row].cells;
    auto& dst = t.rows[derived_row].cells;
    for (std::size_t i = 0; i < src.size() && i < dst.size(); ++i)
        if (src[i].suppressed()) dst[i] = Cell::of_text("s");
}

Table breakdown_table(const std::string& id, const std::vector<const Breakdown*>& columns,
                      const std::vector<std::string>& headers, bool sort_by_count) {
    Table t;
    t.id = id;
    t.title = columns.front()->title;
    t.columns = headers;
    std::vector<std::string> labels = columns.front()->labels;
    for (const auto* b : columns)
        for (const auto& l : b->labels)
            if (std::find(labels.begin(), labels.end(), l) == labels.end()) labels.push_back(l);
    if (sort_by_count)
        std::stable_sort(labels.begin(), labels.end(), [&](const std::string& a, const std::string& b) {
            return columns.front()->count_of(a) > columns.front()->count_of(b);
        });
    std::vector<Row> parts;
    for (const auto& l : labels) {
        std::vector<std::int64_t> values;
        for (const auto* b : columns) values.push_back(b->count_of(l));
        parts.push_back(count_row(l, values));
    }
    std::vector<std::int64_t> totals;
    for (const auto* b : columns) totals.push_back(b->total());
    add_group(t, std::move(parts), count_row(columns.front()->persons ? "Total des personnes" : "Total des foyers", totals));
    return t;
}

Chart bars_of(const Table& t, const std::string& unit) {
    Chart c;
    c.kind = Chart::Kind::Bars;
    c.title = t.title;
    c.unit = unit;
    for (std::size_t col = 1; col < t.columns.size(); ++col) c.series.push_back({t.columns[col], {}, {}});
    for (const auto& row : t.rows) {
        if (row.total) continue;
        c.labels.push_back(row.label);
        for (std::size_t k = 0; k < c.series.size(); ++k) {
            const Cell& cell = row.cells[k];
            c.series[k].values.push_back(cell.suppressed() ? 0.0 : static_cast<double>(cell.value));
            c.series[k].hidden.push_back(cell.suppressed());
        }
    }
    return c;
}

void finish_table(Table& t, int threshold, bool internal) {
    if (!internal) suppress_small_cells(t, threshold);
}

namespace {

bool small_group(std::int64_t households, int threshold, bool internal) {
    return !internal && households > 0 && households < threshold;
}

} // namespace

void hide_small_group_columns(Table& t, const std::vector<std::int64_t>& households, int threshold, bool internal,
                              std::size_t keep_row) {
    for (std::size_t column = 0; column < households.size(); ++column) {
        if (!small_group(households[column], threshold, internal)) continue;
        for (std::size_t row = 0; row < t.rows.size(); ++row) {
            if (row == keep_row || column >= t.rows[row].cells.size()) continue;
            Cell& cell = t.rows[row].cells[column];
            if (cell.kind != CellKind::Count) cell = Cell::of_text("s");
        }
    }
}

void hide_small_group_row(Row& row, std::int64_t households, int threshold, bool internal) {
    if (!small_group(households, threshold, internal)) return;
    for (Cell& cell : row.cells)
        if (cell.kind != CellKind::Count) cell = Cell::of_text("s");
}

} // namespace cabas::reports
