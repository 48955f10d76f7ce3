// The A4 renderer. A cursor runs down the page; a block that does not fit starts a new page.
// Tables put the labels on the left and right-align figures; charts are horizontal bars (long
// French labels stay readable) and a line over twelve months. Page numbers are written last.
#include "reports/report_pdf.hpp"

#include "reports/monthly_report_model.hpp"

#include <algorithm>
#include <cmath>

namespace cabas::reports {

namespace {

constexpr double kWidth = 595.28, kHeight = 841.89, kMargin = 42, kBottom = 50;
constexpr double kInner = kWidth - 2 * kMargin;
constexpr double kBody = 8.5, kRow = 12.5;
constexpr double kBlue[3] = {0.08, 0.40, 0.75}, kGrey[3] = {0.62, 0.62, 0.62}, kLight[3] = {0.92, 0.92, 0.92};

class Writer {
public:
    Writer(const ReportDocument& d, const FontPaths& fonts) : m_doc(d), m_pdf(fonts) { new_page(); }

    void header() {
        m_pdf.text(kMargin, m_y, m_doc.title, 16, true);
        m_y -= 20;
        m_pdf.text(kMargin, m_y, m_doc.shop_name + " — " + m_doc.period, 12, true);
        m_y -= 16;
        for (const auto& line : m_doc.header_lines) paragraph(line, 8);
        m_y -= 6;
    }

    void section(const Section& s) {
        need(130);  // a title alone at the foot of a page is useless: keep it with a first table
        m_y -= 6;
        m_pdf.fill_rectangle(kMargin, m_y - 4, kInner, 18, kLight[0], kLight[1], kLight[2]);
        m_pdf.text(kMargin + 4, m_y, s.title, 12, true);
        m_y -= 22;
        for (const auto& p : s.paragraphs) paragraph(p, kBody);
        for (const auto& t : s.tables) table(t);
        for (const auto& c : s.charts) c.kind == Chart::Kind::Bars ? bars(c) : line_chart(c);
    }

    void finish(const std::string& path) {
        const std::size_t n = m_pdf.page_count();
        for (std::size_t i = 0; i < n; ++i) {
            m_pdf.select_page(i);
            m_pdf.line(kMargin, 36, kWidth - kMargin, 36, 0.3);
            m_pdf.text(kMargin, 26, m_doc.shop_name + " — " + m_doc.title + " — " + m_doc.period, 7, false);
            m_pdf.text(kWidth - kMargin, 26, "Page " + std::to_string(i + 1) + " / " + std::to_string(n), 7, false,
                       Align::Right);
        }
        m_pdf.save_to_file(path);
    }

private:
    void new_page() {
        m_pdf.add_page(kWidth, kHeight);
        m_y = kHeight - kMargin - 10;
    }
    void need(double height) {
        if (m_y - height < kBottom) new_page();
    }
    void paragraph(const std::string& text, double size) {
        for (const auto& line : m_pdf.wrap(text, kInner, size, false)) {
            need(size + 3);
            m_pdf.text(kMargin, m_y, line, size, false);
            m_y -= size + 3;
        }
        m_y -= 3;
    }

    /// Widths of the figure columns from their content, so that dates and origins fit; the
    /// label column takes the rest (at least 22 % of the line).
    std::vector<double> column_widths(const Table& t) {
        const std::size_t figures = t.columns.size() - 1;
        const double minimum = figures > 4 ? 44 : 72;
        std::vector<double> w(figures, minimum);
        for (std::size_t c = 0; c < figures; ++c) {
            w[c] = std::max(w[c], m_pdf.text_width(t.columns[c + 1], kBody - 1, true) + 10);
            for (const auto& row : t.rows)
                if (c < row.cells.size())
                    w[c] = std::max(w[c], m_pdf.text_width(cell_text(row.cells[c], m_doc.threshold), kBody, row.total) + 10);
        }
        double sum = 0;
        for (double x : w) sum += x;
        const double cap = kInner * (figures > 4 ? 0.78 : 0.6);  // wide tables (lots) keep their figures whole
        if (sum > cap)
            for (double& x : w) x *= cap / sum;
        return w;
    }

    void table(const Table& t) {
        const auto widths = column_widths(t);
        double figures_width = 0;
        for (double x : widths) figures_width += x;
        const double label_width = kInner - figures_width;
        need(kRow * static_cast<double>(std::min<std::size_t>(t.rows.size(), 6) + 2) + 14);
        m_pdf.text(kMargin, m_y, t.title, 10, true);
        m_y -= 14;
        header_row(t, label_width, widths);
        for (const auto& row : t.rows) {
            // Labels that start with spaces are sub-rows ("dont ..."): indented, spaces dropped.
            const std::size_t first = row.label.find_first_not_of(' ');
            const double indent = first != std::string::npos && first > 0 ? 12 : 0;
            const std::string label = first == std::string::npos ? row.label : row.label.substr(first);
            const auto lines = m_pdf.wrap(label, label_width - 6 - indent, kBody, row.total);
            const double h = kRow * static_cast<double>(lines.size());
            if (m_y - h < kBottom) {
                new_page();
                header_row(t, label_width, widths);
            }
            if (row.total) m_pdf.line(kMargin, m_y + kRow - 3.5, kWidth - kMargin, m_y + kRow - 3.5, 0.6);
            for (std::size_t i = 0; i < lines.size(); ++i)
                m_pdf.text(kMargin + 2 + indent, m_y - kRow * static_cast<double>(i), lines[i], kBody, row.total);
            double x = kMargin + label_width - 3;
            for (std::size_t c = 0; c < row.cells.size() && c < widths.size(); ++c) {
                const std::string text = cell_text(row.cells[c], m_doc.threshold);
                x += widths[c];
                if (row.cells[c].suppressed())
                    m_pdf.coloured_text(x, m_y, text, kBody, row.total, Align::Right, 0.45, 0.45, 0.45);
                else
                    m_pdf.text(x, m_y, text, kBody, row.total, Align::Right);
            }
            m_y -= h;
            m_pdf.line(kMargin, m_y + kRow - 3.5, kWidth - kMargin, m_y + kRow - 3.5, 0.1);
        }
        if (!t.note.empty()) {
            m_y -= 2;
            paragraph(t.note, 7);
        }
        m_y -= 8;
    }

    void header_row(const Table& t, double label_width, const std::vector<double>& widths) {
        m_pdf.fill_rectangle(kMargin, m_y - 3.5, kInner, kRow, kLight[0], kLight[1], kLight[2]);
        m_pdf.text(kMargin + 2, m_y, t.columns[0], kBody - 0.5, true);
        double x = kMargin + label_width - 3;
        for (std::size_t c = 1; c < t.columns.size() && c - 1 < widths.size(); ++c) {
            x += widths[c - 1];
            const auto lines = m_pdf.wrap(t.columns[c], widths[c - 1] - 4, kBody - 1, true);
            m_pdf.text(x, m_y, lines.front(), kBody - 1, true, Align::Right);
        }
        m_y -= kRow + 1;
    }

    void bars(const Chart& c) {
        const double bar = 7, gap = 4;
        const double group = bar * static_cast<double>(c.series.size()) + gap;
        const double height = group * static_cast<double>(c.labels.size()) + 40;
        need(height);
        m_pdf.text(kMargin, m_y, "Graphique : " + c.title, 10, true);
        m_y -= 14;
        double max = 1;
        for (const auto& s : c.series)
            for (double v : s.values) max = std::max(max, v);
        const double label_width = 170, plot = kInner - label_width - 40;
        for (std::size_t k = 0; k < c.series.size(); ++k) {  // legend
            const double* colour = k == 0 ? kBlue : kGrey;
            const double x = kMargin + label_width + 130 * static_cast<double>(k);
            m_pdf.fill_rectangle(x, m_y - 1, 8, 7, colour[0], colour[1], colour[2]);
            m_pdf.text(x + 11, m_y, c.series[k].name, 7.5, false);
        }
        m_y -= 12;
        for (std::size_t i = 0; i < c.labels.size(); ++i) {
            const auto label = m_pdf.wrap(c.labels[i], label_width - 6, 7.5, false).front();
            m_pdf.text(kMargin, m_y - bar + 2, label, 7.5, false);
            for (std::size_t k = 0; k < c.series.size(); ++k) {
                const auto& s = c.series[k];
                const double* colour = k == 0 ? kBlue : kGrey;
                const double y = m_y - bar * static_cast<double>(k + 1);
                const double x = kMargin + label_width;
                if (s.hidden[i]) {
                    m_pdf.text(x + 2, y + 1, "< " + std::to_string(m_doc.threshold), 6.5, false);
                    continue;
                }
                const double w = plot * s.values[i] / max;
                if (w > 0) m_pdf.fill_rectangle(x, y, w, bar - 1, colour[0], colour[1], colour[2]);
                m_pdf.text(x + w + 3, y + 1, number(s.values[i]), 6.5, false);
            }
            m_y -= group;
        }
        m_pdf.line(kMargin + label_width, m_y + gap, kMargin + label_width, m_y + group * static_cast<double>(c.labels.size()) + gap, 0.5);
        m_y -= 10;
    }

    void line_chart(const Chart& c) {
        const double height = 130;
        need(height + 50);
        m_pdf.text(kMargin, m_y, "Graphique : " + c.title, 10, true);
        m_y -= 16;
        const double left = kMargin + 50, right = kWidth - kMargin - 10, top = m_y, bottom = m_y - height;
        double max = 1;
        for (double v : c.series.front().values) max = std::max(max, v);
        const double step = nice_step(max / 4);
        max = step * 4;
        for (int i = 0; i <= 4; ++i) {
            const double y = bottom + height * i / 4.0;
            m_pdf.line(left, y, right, y, i == 0 ? 0.6 : 0.15);
            m_pdf.text(left - 4, y - 3, number(step * i), 7, false, Align::Right);
        }
        const std::size_t n = c.labels.size();
        const double dx = n > 1 ? (right - left - 20) / static_cast<double>(n - 1) : 0;
        std::vector<std::pair<double, double>> run;
        const auto& s = c.series.front();
        auto flush = [&] {
            m_pdf.polyline(run, 1.6, kBlue[0], kBlue[1], kBlue[2]);
            run.clear();
        };
        for (std::size_t i = 0; i < n; ++i) {
            const double x = left + 10 + dx * static_cast<double>(i);
            m_pdf.text(x, bottom - 11, c.labels[i], 7, false, Align::Centre);
            if (s.hidden[i]) {
                flush();
                m_pdf.text(x, bottom + 4, "< " + std::to_string(m_doc.threshold), 6.5, false, Align::Centre);
                continue;
            }
            const double y = bottom + height * s.values[i] / max;
            run.emplace_back(x, y);
            m_pdf.fill_rectangle(x - 1.8, y - 1.8, 3.6, 3.6, kBlue[0], kBlue[1], kBlue[2]);
            m_pdf.text(x, y + 5, number(s.values[i]), 6.5, false, Align::Centre);
        }
        flush();
        m_y = bottom - 26;
        (void)top;
    }

    static double nice_step(double raw) {
        const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(raw, 1.0))));
        for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
            if (m * magnitude >= raw) return m * magnitude;
        return 10 * magnitude;
    }

    /// "1 234" or "1 234,5": French grouping with a narrow no-break space.
    static std::string number(double v) {
        const auto tenths = static_cast<long long>(std::llround(v * 10));
        std::string whole = std::to_string(tenths / 10);
        for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3) whole.insert(static_cast<std::size_t>(i), "\u202F");
        return tenths % 10 ? whole + "," + std::to_string(std::llabs(tenths % 10)) : whole;
    }

    const ReportDocument& m_doc;
    HpdfDocument m_pdf;
    double m_y = 0;
};

} // namespace

void render_report_pdf(const ReportDocument& document, const std::string& path, const FontPaths& fonts) {
    Writer w(document, fonts);
    w.header();
    for (const auto& s : document.sections) w.section(s);
    w.finish(path);
}

void render_monthly_pdf(const MonthlyReport& report, const std::string& path, const FontPaths& fonts) {
    render_report_pdf(report.document, path, fonts);
}

} // namespace cabas::reports
