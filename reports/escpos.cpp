// ESC/POS rendering of ticket rows. Text is converted to CP858 before layout, so that one
// byte is one printed column and padding is exact.
#include "reports/escpos.hpp"

#include "core/error.hpp"
#include "reports/cp858.hpp"
#include "reports/ticket_content.hpp"

#include <algorithm>
#include <vector>

namespace cabas::reports {
namespace {

namespace cmd {
const std::string init = "\x1B@";
const std::string code_page_858 = std::string("\x1Bt") + '\x13';  // ESC t 19
const std::string align_left = std::string("\x1B" "a") + '\0';
const std::string align_centre = "\x1B" "a\x01";
const std::string bold_on = "\x1B" "E\x01";
const std::string bold_off = std::string("\x1B" "E") + '\0';
const std::string size_normal = std::string("\x1D!") + '\0';
const std::string size_tall = "\x1D!\x01";        // double height, same width: columns still fit
const std::string size_double = "\x1D!\x11";      // double width and height
const std::string feed_4 = "\x1B" "d\x04";
const std::string partial_cut = std::string("\x1DVB") + '\0';  // GS V 66 0: feed to the cutter, cut
const std::string drawer_pin_2 = std::string("\x1Bp") + '\0' + "\x19\xFA";  // ESC p 0 25 250
const std::string drawer_pin_5 = "\x1Bp\x01\x19\xFA";                     // ESC p 1 25 250
} // namespace cmd

// Splits CP858 text at spaces into lines of at most `width` bytes; cuts words that are longer.
std::vector<std::string> wrap(const std::string& text, std::size_t width) {
    std::vector<std::string> lines;
    std::string current;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t space = text.find(' ', i);
        if (space == std::string::npos) space = text.size();
        std::string word = text.substr(i, space - i);
        i = space + 1;
        if (!current.empty() && current.size() + 1 + word.size() <= width) { current += ' ' + word; continue; }
        if (!current.empty()) lines.push_back(current);
        while (word.size() > width) { lines.push_back(word.substr(0, width)); word.erase(0, width); }
        current = word;
    }
    if (!current.empty() || lines.empty()) lines.push_back(current);
    return lines;
}

enum class Pad { Left, Right };

// `text` in a field of `width` bytes, cut if longer: columns never shift.
std::string field(const std::string& text, std::size_t width, Pad pad) {
    if (text.size() >= width) return text.substr(0, width);
    const std::string fill(width - text.size(), ' ');
    return pad == Pad::Left ? text + fill : fill + text;
}

class EscposWriter {
public:
    explicit EscposWriter(int columns) : m_columns(static_cast<std::size_t>(std::clamp(columns, 32, 64))) {
        m_out = cmd::init + cmd::code_page_858;
    }

    std::string finish(const std::vector<TicketRow>& rows) {
        for (const auto& r : rows) add(r);
        m_out += cmd::feed_4 + cmd::partial_cut;
        return m_out;
    }

private:
    void lines(const std::string& utf8, std::size_t width) {
        for (const auto& l : wrap(utf8_to_cp858(utf8), width)) m_out += l + '\n';
    }

    void centred(const std::string& utf8, const std::string& style, std::size_t width) {
        m_out += cmd::align_centre + style;
        lines(utf8, width);
        if (!style.empty()) m_out += cmd::size_normal + cmd::bold_off;
        m_out += cmd::align_left;
    }

    void pair(const TicketRow& r) {
        const std::string value = utf8_to_cp858(r.value);
        if (r.emphasis) m_out += cmd::bold_on + cmd::size_tall;
        const std::size_t room = m_columns > value.size() + 1 ? m_columns - value.size() - 1 : 1;
        const auto labels = wrap(utf8_to_cp858(r.text), room);
        for (std::size_t i = 0; i + 1 < labels.size(); ++i) m_out += labels[i] + '\n';
        m_out += field(labels.back(), m_columns - value.size(), Pad::Left) + value + '\n';
        if (r.emphasis) m_out += cmd::size_normal + cmd::bold_off;
    }

    // Quantity takes what the three amount columns leave, after a two-space indent.
    void columns(const std::string& q, const std::string& v, const std::string& rate, const std::string& paid) {
        const std::size_t amount = m_columns >= 40 ? 11 : 10;
        const std::size_t rate_width = m_columns >= 40 ? 10 : 8;
        const std::size_t quantity = m_columns - 2 - 2 * amount - rate_width;
        m_out += "  " + field(utf8_to_cp858(q), quantity, Pad::Left) + field(utf8_to_cp858(v), amount, Pad::Right) +
                 field(utf8_to_cp858(rate), rate_width, Pad::Right) + field(utf8_to_cp858(paid), amount, Pad::Right) +
                 '\n';
    }

    void add(const TicketRow& r) {
        using Kind = TicketRow::Kind;
        switch (r.kind) {
        case Kind::Title: centred(r.text, cmd::bold_on + cmd::size_tall, m_columns); break;
        case Kind::Centred: centred(r.text, r.emphasis ? cmd::bold_on : std::string(), m_columns); break;
        case Kind::Banner:
            m_out += std::string(m_columns, '=') + '\n';
            centred(r.text, cmd::bold_on + cmd::size_double, m_columns / 2);
            m_out += std::string(m_columns, '=') + '\n';
            break;
        case Kind::Text:
            if (r.emphasis) m_out += cmd::bold_on;
            lines(r.text, m_columns);
            if (r.emphasis) m_out += cmd::bold_off;
            break;
        case Kind::Pair: pair(r); break;
        case Kind::ItemHeader:
            m_out += cmd::bold_on;
            columns("Qté", "Valeur", "Taux", "À payer");
            m_out += cmd::bold_off;
            break;
        case Kind::Item:
            lines(r.text, m_columns);
            columns(r.quantity, r.item_value, r.rate, r.paid);
            break;
        case Kind::Rule: m_out += std::string(m_columns, '-') + '\n'; break;
        }
    }

    std::size_t m_columns;
    std::string m_out;
};

} // namespace

std::string render_receipt_escpos(const ReceiptModel& receipt, int columns) {
    return EscposWriter(columns).finish(receipt_rows(receipt));
}

std::string render_z_report_escpos(const ZReportModel& report, int columns) {
    return EscposWriter(columns).finish(z_report_rows(report));
}

std::string escpos_drawer_kick(int pin) {
    if (pin == 2) return cmd::drawer_pin_2;
    if (pin == 5) return cmd::drawer_pin_5;
    throw InternalError("broche de tiroir-caisse inconnue : " + std::to_string(pin));
}

} // namespace cabas::reports
