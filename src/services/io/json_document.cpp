// JSON parsing with positions: nlohmann reports the byte where parsing stopped; we turn it
// into a line and a column counted in characters, as editors show them.
#include "services/io/json_document.hpp"

#include "core/error.hpp"
#include "services/io/text_encoding.hpp"

namespace cabas::services::io {

namespace {

struct Position {
    std::size_t line = 1;
    std::size_t column = 1;
};

/// Position of the character at `offset` (0-based byte offset).
Position position_of(std::string_view text, std::size_t offset) {
    Position p;
    if (offset > text.size()) offset = text.size();
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++p.column;  // continuation bytes belong to the character already counted
        }
    }
    return p;
}

/// nlohmann's message minus its "[json.exception...] parse error at line L, column C: " prefix.
std::string detail_of(const nlohmann::json::parse_error& e) {
    const std::string what = e.what();
    const auto marker = what.find(": ", what.find("parse error"));
    return marker == std::string::npos ? what : what.substr(marker + 2);
}

} // namespace

nlohmann::json parse_json_document(std::string_view bytes, const std::string& file) {
    std::string text;
    try {
        text = decode_to_utf8(bytes).utf8;
    } catch (const ValidationError& e) {
        throw ValidationError(file, e.reason());
    }
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based: the character at which the parser gave up.
        const Position p = position_of(text, e.byte > 0 ? e.byte - 1 : 0);
        throw ValidationError(file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column),
                              "JSON invalide ligne " + std::to_string(p.line) + ", colonne " + std::to_string(p.column) +
                                  " (" + detail_of(e) + ")");
    }
}

} // namespace cabas::services::io
