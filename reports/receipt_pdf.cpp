// Lays ticket rows out on an 80 mm page. Layout runs twice: once to measure the height (a
// PDF page's size cannot change once drawn on, its origin being the bottom), once to draw.
#include "reports/receipt_pdf.hpp"

#include "reports/ticket_content.hpp"

#include <algorithm>

namespace cabas::reports {
namespace {

constexpr double margin = 4.0 / 25.4 * 72.0;  // 4 mm, about what a thermal head leaves blank
constexpr double left = margin;
constexpr double right = ticket_width_pt - margin;
constexpr double content_width = right - left;
constexpr double body_size = 8.0;
constexpr double line_factor = 1.3;  // baseline-to-baseline distance relative to the type size

// Item columns, in points from the left margin; sized for "1 234,50 €" and "FSE+ 0 %" at 8 pt.
constexpr double quantity_x = left + 6.0;
constexpr double value_right = left + 108.0;
constexpr double rate_centre = left + 136.0;

/// Walks the rows from the top; draws only when `draw` is set, and returns the height used.
class TicketLayout {
public:
    TicketLayout(HpdfDocument& doc, bool draw, double page_height)
        : m_doc(doc), m_draw(draw), m_height(page_height) {}

    double run(const std::vector<TicketRow>& rows) {
        m_cursor = margin;
        for (const auto& r : rows) add(r);
        return m_cursor + margin + 4.0;  // a little more at the foot, where the roll is torn
    }

private:
    // Moves down one line of `size` and returns its baseline in PDF coordinates.
    double next_line(double size) {
        const double baseline = m_height - (m_cursor + size);
        m_cursor += size * line_factor;
        return baseline;
    }

    void text(double x, double y, const std::string& s, double size, bool bold, Align align) {
        if (m_draw) m_doc.text(x, y, s, size, bold, align);
    }

    void wrapped(const std::string& s, double size, bool bold, Align align) {
        const double x = align == Align::Centre ? (left + right) / 2 : left;
        for (const auto& l : m_doc.wrap(s, content_width, size, bold)) text(x, next_line(size), l, size, bold, align);
    }

    void rule() {
        m_cursor += 3.0;
        if (m_draw) m_doc.line(left, m_height - m_cursor, right, m_height - m_cursor, 0.5);
        m_cursor += 4.0;
    }

    // As big as fits on one line up to 14 pt: a banner split over lines reads less well.
    void banner(const std::string& s) {
        const double room = content_width - 8.0;
        const double size = std::clamp(14.0 * room / m_doc.text_width(s, 14.0, true), 9.0, 14.0);
        m_cursor += 3.0;
        const double top = m_cursor;
        const auto lines = m_doc.wrap(s, room, size, true);
        m_cursor += 3.0;
        for (const auto& l : lines) text((left + right) / 2, next_line(size), l, size, true, Align::Centre);
        const double bottom = m_cursor;
        if (m_draw) m_doc.rectangle(left, m_height - bottom, content_width, bottom - top, 1.5);
        m_cursor += 3.0;
    }

    void pair(const TicketRow& r) {
        const double size = r.emphasis ? 10.0 : body_size;
        const double value_width = m_doc.text_width(r.value, size, r.emphasis);
        const double label_room = std::max(content_width - value_width - 6.0, content_width / 2);
        const auto labels = m_doc.wrap(r.text, label_room, size, r.emphasis);
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const double y = next_line(size);
            text(left, y, labels[i], size, r.emphasis, Align::Left);
            if (i + 1 == labels.size()) text(right, y, r.value, size, r.emphasis, Align::Right);
        }
    }

    void columns(const std::string& q, const std::string& v, const std::string& rate, const std::string& paid,
                 double size, bool bold) {
        const double y = next_line(size);
        text(quantity_x, y, q, size, bold, Align::Left);
        text(value_right, y, v, size, bold, Align::Right);
        text(rate_centre, y, rate, size, bold, Align::Centre);
        text(right, y, paid, size, bold, Align::Right);
    }

    void add(const TicketRow& r) {
        using Kind = TicketRow::Kind;
        switch (r.kind) {
        case Kind::Title: wrapped(r.text, 11.0, true, Align::Centre); m_cursor += 2.0; break;
        case Kind::Centred: wrapped(r.text, body_size, r.emphasis, Align::Centre); break;
        case Kind::Banner: banner(r.text); break;
        case Kind::Text: wrapped(r.text, body_size, r.emphasis, Align::Left); break;
        case Kind::Pair: pair(r); break;
        case Kind::ItemHeader: columns("Qté", "Valeur", "Taux", "À payer", 7.0, true); break;
        case Kind::Item:
            m_cursor += 1.5;
            wrapped(r.text, body_size, false, Align::Left);
            columns(r.quantity, r.item_value, r.rate, r.paid, body_size, false);
            break;
        case Kind::Rule: rule(); break;
        }
    }

    HpdfDocument& m_doc;
    bool m_draw;
    double m_height;
    double m_cursor = 0;  // distance from the top of the page, in points
};

std::string render_rows(const std::vector<TicketRow>& rows, const FontPaths& fonts) {
    HpdfDocument doc(fonts);
    const double height = TicketLayout(doc, false, 0).run(rows);
    doc.add_page(ticket_width_pt, height);
    TicketLayout(doc, true, height).run(rows);
    return doc.save_to_memory();
}

} // namespace

std::string render_receipt_pdf(const ReceiptModel& receipt, const FontPaths& fonts) {
    return render_rows(receipt_rows(receipt), fonts);
}

std::string render_z_report_pdf(const ZReportModel& report, const FontPaths& fonts) {
    return render_rows(z_report_rows(report), fonts);
}

} // namespace cabas::reports
