// The UTF-8 decoder of RFC 3629: lead byte, continuation bytes, then the range checks that
// refuse overlong forms and surrogates, so "valid" here means what every other tool means.
#include "core/utf8.hpp"

namespace cabas::core::utf8 {

namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

} // namespace

Decoded decode_at(std::string_view text, std::size_t offset) {
    const auto lead = static_cast<unsigned char>(text[offset]);
    if (lead < 0x80) return {lead, 1, true};
    std::size_t extra = 0;
    char32_t cp = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        extra = 1;
        cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        extra = 2;
        cp = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        extra = 3;
        cp = lead & 0x07;
    } else {
        return {};  // continuation byte, C0/C1 (always overlong) or F5..FF
    }
    if (offset + extra >= text.size()) return {};  // truncated at the end of the text
    for (std::size_t k = 1; k <= extra; ++k) {
        const auto byte = static_cast<unsigned char>(text[offset + k]);
        if (!is_continuation(byte)) return {};
        cp = (cp << 6) | (byte & 0x3F);
    }
    const bool overlong = (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
    if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return {};
    return {cp, extra + 1, true};
}

void append(std::string& out, char32_t cp) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacement;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

Position position_of(std::string_view text, std::size_t offset) {
    Position p;
    if (offset > text.size()) offset = text.size();
    for (std::size_t i = 0; i < offset;) {
        const Decoded d = decode_at(text, i);
        if (d.code_point == '\n') {
            ++p.line;
            p.column = 1;
        } else {
            ++p.column;
        }
        i += d.length;
    }
    return p;
}

std::optional<InvalidSequence> first_invalid(std::string_view text) {
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < text.size();) {
        const Decoded d = decode_at(text, i);
        if (!d.valid) return InvalidSequence{i, {line, column}, static_cast<unsigned char>(text[i])};
        if (d.code_point == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += d.length;
    }
    return std::nullopt;
}

bool is_valid(std::string_view text) { return !first_invalid(text).has_value(); }

std::size_t length(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); i += decode_at(text, i).length) ++n;
    return n;
}

std::string_view prefix(std::string_view text, std::size_t max_chars) {
    std::size_t i = 0;
    for (std::size_t n = 0; n < max_chars && i < text.size(); ++n) i += decode_at(text, i).length;
    return text.substr(0, i);
}

void pop_back(std::string& text) {
    if (text.empty()) return;
    // Walk back over continuation bytes to the lead byte, at most three of them.
    std::size_t start = text.size() - 1;
    while (start > 0 && text.size() - start < 4 && is_continuation(static_cast<unsigned char>(text[start]))) --start;
    // Keep the cut only if those bytes really form one character; otherwise drop one byte.
    if (decode_at(text, start).length == text.size() - start) text.resize(start);
    else text.pop_back();
}

} // namespace cabas::core::utf8
