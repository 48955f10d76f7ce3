// Small-cell suppression: a property test over many random small tables checks, by brute
// force (every assignment of hidden values a reader could consider), that no published count is
// under the threshold and no hidden cell can be worked out from the published ones and totals.
#include "reports/layout_support.hpp"
#include "reports/suppression.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <random>
#include <set>

using namespace cabas::reports;

namespace {

/// A one-group table: parts in rows 0..n-1, their total in row n, `columns` count columns.
Table random_table(std::mt19937_64& rng, int columns) {
    std::uniform_int_distribution<int> parts(2, 5), kind(0, 9);
    const int n = parts(rng);
    std::vector<std::vector<std::int64_t>> values(static_cast<std::size_t>(n), std::vector<std::int64_t>(static_cast<std::size_t>(columns)));
    for (auto& row : values)
        for (auto& v : row) {
            const int k = kind(rng);  // mostly small cells, some zeros, some big ones
            v = k < 2 ? 0 : k < 7 ? std::uniform_int_distribution<int>(1, 10)(rng) : std::uniform_int_distribution<int>(11, 40)(rng);
        }
    Table t;
    t.columns.assign(static_cast<std::size_t>(columns) + 1, "c");
    std::vector<Row> rows;
    std::vector<std::int64_t> totals(static_cast<std::size_t>(columns), 0);
    for (int i = 0; i < n; ++i) {
        rows.push_back(count_row("r" + std::to_string(i), values[static_cast<std::size_t>(i)]));
        for (int c = 0; c < columns; ++c) totals[static_cast<std::size_t>(c)] += values[static_cast<std::size_t>(i)][static_cast<std::size_t>(c)];
    }
    add_group(t, std::move(rows), count_row("total", totals));
    return t;
}

/// Every value a reader could give each hidden cell of one column: hidden "< t" cells range over
/// 1..t−1, "s" cells over t..(sum of everything), and the parts must add up to the total.
std::vector<std::set<std::int64_t>> possible_values(const Table& t, std::size_t col, int threshold) {
    const auto& g = t.groups.front();
    std::vector<std::size_t> hidden;
    std::int64_t cap = 0;
    for (const auto& row : t.rows) cap += row.cells[col].value;
    for (auto p : g.parts)
        if (t.rows[p].cells[col].suppressed()) hidden.push_back(p);
    const bool total_hidden = t.rows[g.total].cells[col].suppressed();
    if (total_hidden) hidden.push_back(g.total);
    std::vector<std::set<std::int64_t>> seen(hidden.size());
    std::vector<std::int64_t> assignment(hidden.size());
    std::function<void(std::size_t)> walk = [&](std::size_t i) {
        if (i == hidden.size()) {
            std::int64_t sum = 0, total = 0;
            for (auto p : g.parts) {
                const auto it = std::find(hidden.begin(), hidden.end(), p);
                sum += it == hidden.end() ? t.rows[p].cells[col].value : assignment[static_cast<std::size_t>(it - hidden.begin())];
            }
            total = total_hidden ? assignment.back() : t.rows[g.total].cells[col].value;
            if (sum != total) return;
            for (std::size_t k = 0; k < hidden.size(); ++k) seen[k].insert(assignment[k]);
            return;
        }
        const Cell& c = t.rows[hidden[i]].cells[col];
        const std::int64_t lo = c.suppression == Suppression::Primary ? 1 : threshold;
        const std::int64_t hi = c.suppression == Suppression::Primary ? threshold - 1 : cap;
        for (std::int64_t v = lo; v <= hi; ++v) {
            assignment[i] = v;
            walk(i + 1);
        }
    };
    walk(0);
    return seen;
}

} // namespace

TEST_CASE("no published cell is under the threshold and no hidden cell is recoverable, over random tables", "[report][suppression]") {
    std::mt19937_64 rng(20261123);
    const int threshold = 11;
    int hidden_cells = 0, secondary = 0;
    for (int round = 0; round < 400; ++round) {
        Table t = random_table(rng, 2);
        const Table original = t;
        suppress_small_cells(t, threshold);
        for (std::size_t r = 0; r < t.rows.size(); ++r)
            for (std::size_t c = 0; c < t.rows[r].cells.size(); ++c) {
                const Cell& cell = t.rows[r].cells[c];
                CHECK(cell.value == original.rows[r].cells[c].value);
                if (!cell.suppressed()) CHECK((cell.value == 0 || cell.value >= threshold));
                hidden_cells += cell.suppressed();
                secondary += cell.suppression == Suppression::Secondary;
            }
        for (std::size_t c = 0; c < 2; ++c)
            for (const auto& values : possible_values(t, c, threshold)) CHECK(values.size() >= 2);
        CHECK(is_protected(t, threshold));
    }
    CHECK(hidden_cells > 400);
    CHECK(secondary > 50);
}

TEST_CASE("one small cell beside a published total forces a second hidden cell", "[report][suppression]") {
    Table t;
    add_group(t, {count_row("a", {5}), count_row("b", {30}), count_row("c", {12})}, count_row("total", {47}));
    suppress_small_cells(t, 11);
    CHECK(t.rows[0].cells[0].suppression == Suppression::Primary);
    CHECK(t.rows[2].cells[0].suppression == Suppression::Secondary);  // the smallest other part
    CHECK_FALSE(t.rows[1].cells[0].suppressed());
    CHECK_FALSE(t.rows[3].cells[0].suppressed());
    CHECK(cell_text(t.rows[0].cells[0], 11) == "< 11");
    CHECK(cell_text(t.rows[2].cells[0], 11) == "s");
}

TEST_CASE("two small cells whose sum pins them down are protected further", "[report][suppression]") {
    // 10 + 10 = 20: both "< 11" with a total of 20 leave only 10 and 10, so a third cell goes.
    Table t;
    add_group(t, {count_row("a", {10}), count_row("b", {10}), count_row("c", {25})}, count_row("total", {45}));
    suppress_small_cells(t, 11);
    CHECK(t.rows[2].cells[0].suppressed());
    CHECK(is_protected(t, 11));
}

TEST_CASE("zero is published and a total under the threshold is hidden", "[report][suppression]") {
    Table t;
    add_group(t, {count_row("a", {0}), count_row("b", {3}), count_row("c", {4})}, count_row("total", {7}));
    suppress_small_cells(t, 11);
    CHECK_FALSE(t.rows[0].cells[0].suppressed());
    CHECK(t.rows[1].cells[0].suppressed());
    CHECK(t.rows[2].cells[0].suppressed());
    CHECK(t.rows[3].cells[0].suppression == Suppression::Primary);
}
