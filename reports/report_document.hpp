// The layout model shared by the CCAS, annual and FSE+ reports: sections of tables and charts,
// built from figures and then rendered as text (golden tests), PDF and CSV. Cells keep their
// raw value and how they are shown, so suppression is decided once, here, for every renderer.
#pragma once

#include "core/money.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace cabas::reports {

/// How a cell is published. Counts of households or persons are the only cells subject to
/// small-cell suppression; amounts and ratios are derived and follow their counts.
enum class CellKind { Count, Money, Text };
enum class Suppression { None, Primary, Secondary };

struct Cell {
    CellKind kind = CellKind::Text;
    std::int64_t value = 0;          ///< count, or cents for Money
    std::string text;                ///< Text cells: shown as is (percentages, averages, "—")
    Suppression suppression = Suppression::None;
    bool protect = false;            ///< a count of households or persons: suppression applies

    static Cell count(std::int64_t n, bool protect = true) { return {CellKind::Count, n, {}, Suppression::None, protect}; }
    static Cell money(core::Money m) { return {CellKind::Money, m.cents(), {}, Suppression::None, false}; }
    static Cell of_text(std::string t) { return {CellKind::Text, 0, std::move(t), Suppression::None, false}; }
    bool suppressed() const { return suppression != Suppression::None; }
    bool operator==(const Cell&) const = default;
};

struct Row {
    std::string label;
    std::vector<Cell> cells;
    bool total = false;              ///< drawn in bold with a rule above
    bool operator==(const Row&) const = default;
};

/// Rows `parts` of a column add up to row `total` (a published margin). Suppression keeps at
/// least two hidden cells in every such group so that no hidden cell is total minus the others.
struct SumGroup {
    std::vector<std::size_t> parts;
    std::size_t total = 0;
    bool operator==(const SumGroup&) const = default;
};

struct Table {
    std::string id;                  ///< stable file name for the CSV export ("activite")
    std::string title;
    std::vector<std::string> columns;  ///< header; columns[0] heads the row labels
    std::vector<Row> rows;
    std::vector<SumGroup> groups;    ///< additive structure, applied to every Count column
    std::string note;                ///< printed under the table
    bool operator==(const Table&) const = default;
};

/// A bar chart (one series per column of a profile) or a line chart over months.
struct Chart {
    enum class Kind { Bars, Line } kind = Kind::Bars;
    std::string title;
    std::vector<std::string> labels;
    struct Series {
        std::string name;
        std::vector<double> values;
        std::vector<bool> hidden;    ///< a suppressed value: no bar is drawn, "< 11" is written
        bool operator==(const Series&) const = default;
    };
    std::vector<Series> series;
    std::string unit;                ///< "foyers", "€"
    bool operator==(const Chart&) const = default;
};

struct Section {
    std::string title;
    std::vector<std::string> paragraphs;
    std::vector<Table> tables;
    std::vector<Chart> charts;
    bool operator==(const Section&) const = default;
};

struct ReportDocument {
    std::string title;               ///< "Rapport mensuel d'activité"
    std::string shop_name;
    std::string period;              ///< "novembre 2026"
    std::vector<std::string> header_lines;  ///< barème, conventions, confidentiality
    std::vector<Section> sections;
    int threshold = 11;
    bool internal = false;
    bool operator==(const ReportDocument&) const = default;
};

/// How a cell reads in every renderer: "42", "1 234,50 €", "< 11", "s" (secondary).
std::string cell_text(const Cell& cell, int threshold);

/// The whole document as plain text, one table after another: the golden-test form.
std::string to_text(const ReportDocument& document);

} // namespace cabas::reports
