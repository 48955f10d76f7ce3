// Plain-text form of a report document: the golden-test representation of the layout model,
// and a readable dump for the CLI. Columns are padded by characters (UTF-8 aware).
#include "reports/report_document.hpp"

#include "core/utf8.hpp"

#include <algorithm>
#include <sstream>

namespace cabas::reports {

namespace {

std::size_t display_width(const std::string& s) { return core::utf8::length(s); }

std::string pad(const std::string& s, std::size_t width, bool right) {
    const std::size_t w = display_width(s);
    if (w >= width) return s;
    const std::string fill(width - w, ' ');
    return right ? fill + s : s + fill;
}

void write_table(std::ostringstream& out, const Table& t, int threshold) {
    out << "### " << t.title << "\n";
    std::vector<std::vector<std::string>> grid;
    grid.push_back(t.columns);
    for (const auto& row : t.rows) {
        std::vector<std::string> line{row.total ? "= " + row.label : row.label};
        for (const auto& c : row.cells) line.push_back(cell_text(c, threshold));
        grid.push_back(std::move(line));
    }
    std::vector<std::size_t> widths;
    for (const auto& line : grid)
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (widths.size() <= i) widths.push_back(0);
            widths[i] = std::max(widths[i], display_width(line[i]));
        }
    for (const auto& line : grid) {
        std::string text;
        for (std::size_t i = 0; i < line.size(); ++i) text += (i ? " | " : "") + pad(line[i], widths[i], i > 0);
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out << text << "\n";
    }
    if (!t.note.empty()) out << "(" << t.note << ")\n";
    out << "\n";
}

} // namespace

std::string cell_text(const Cell& cell, int threshold) {
    if (cell.suppression == Suppression::Primary) return "< " + std::to_string(threshold);
    if (cell.suppression == Suppression::Secondary) return "s";
    switch (cell.kind) {
    case CellKind::Count: return std::to_string(cell.value);
    case CellKind::Money: return core::format_euros(core::Money::from_cents(cell.value));
    case CellKind::Text: break;
    }
    return cell.text;
}

std::string to_text(const ReportDocument& d) {
    std::ostringstream out;
    out << "# " << d.title << " — " << d.shop_name << " — " << d.period << "\n";
    for (const auto& line : d.header_lines) out << line << "\n";
    out << "\n";
    for (const auto& s : d.sections) {
        out << "## " << s.title << "\n";
        for (const auto& p : s.paragraphs) out << p << "\n";
        if (!s.paragraphs.empty()) out << "\n";
        for (const auto& t : s.tables) write_table(out, t, d.threshold);
        for (const auto& c : s.charts) {
            out << "[graphique] " << c.title << " :";
            for (std::size_t i = 0; i < c.labels.size(); ++i) {
                out << " " << c.labels[i] << "=";
                for (std::size_t k = 0; k < c.series.size(); ++k) {
                    const auto& se = c.series[k];
                    out << (k ? "/" : "");
                    if (i < se.hidden.size() && se.hidden[i]) out << "<" << d.threshold;
                    else {
                        std::ostringstream v;
                        v << se.values[i];
                        out << v.str();
                    }
                }
            }
            out << "\n";
        }
        if (!s.charts.empty()) out << "\n";
    }
    return out.str();
}

} // namespace cabas::reports
