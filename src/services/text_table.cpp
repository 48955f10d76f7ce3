// Plain-text table rendering for the CLI.
#include "services/text_table.hpp"

#include <algorithm>

namespace cabas::services {

std::size_t display_width(const std::string& text) {
    std::size_t n = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

void TextTable::row(std::string label, std::string amount, std::string note) {
    m_rows.push_back({std::move(label), std::move(amount), std::move(note)});
}

std::string TextTable::render() const {
    std::size_t label_w = 0, amount_w = 0;
    for (const auto& r : m_rows) {
        label_w = std::max(label_w, display_width(r.label));
        amount_w = std::max(amount_w, display_width(r.amount));
    }
    std::string out;
    for (const auto& r : m_rows) {
        std::string line = r.label + std::string(label_w - display_width(r.label) + 2, ' ');
        line += std::string(amount_w - display_width(r.amount), ' ') + r.amount;
        if (!r.note.empty()) line += "  " + r.note;
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    }
    return out;
}

} // namespace cabas::services
