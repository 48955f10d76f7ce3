// Left/right aligned plain-text tables for the CLI, measuring width in UTF-8 code points so
// "é" and "€" do not shift the columns.
#pragma once

#include <string>
#include <vector>

namespace cabas::services {

/// Display width of UTF-8 text in code points (no wide characters are used in our output).
std::size_t display_width(const std::string& text);

/// Rows of three cells: a left-aligned label, a right-aligned amount, a free note.
class TextTable {
public:
    void row(std::string label, std::string amount, std::string note);
    std::string render() const;

private:
    struct Row { std::string label, amount, note; };
    std::vector<Row> m_rows;
};

} // namespace cabas::services
