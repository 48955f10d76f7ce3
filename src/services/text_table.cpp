// Plain-text table rendering for the CLI.
#include "services/text_table.hpp"

#include "core/utf8.hpp"

#include <algorithm>

namespace cabas::services {

std::size_t display_width(const std::string& text) { return core::utf8::length(text); }

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
