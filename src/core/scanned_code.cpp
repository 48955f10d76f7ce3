// The AZERTY digit-row table (see scanned_code.hpp).
#include "core/scanned_code.hpp"

#include "core/utf8.hpp"

#include <optional>

namespace cabas::core {

namespace {

/// The digit whose key gives `c` on an AZERTY digit row, unshifted (French and Belgian) or with
/// Caps Lock (capital accented letters); nullopt for any other character. Digits are digits.
std::optional<char> digit_of(char32_t c) {
    if (c >= U'0' && c <= U'9') return static_cast<char>('0' + (c - U'0'));
    switch (c) {
    case U'&': return '1';
    case U'é': case U'É': return '2';
    case U'"': return '3';
    case U'\'': return '4';
    case U'(': return '5';
    case U'-': case U'§': return '6';   // French "-", Belgian "§"
    case U'è': case U'È': return '7';
    case U'_': case U'!': return '8';   // French "_", Belgian "!"
    case U'ç': case U'Ç': return '9';
    case U'à': case U'À': return '0';
    default: return std::nullopt;
    }
}

/// The digits of `text` when every character is a digit-row key, with how many were not
/// already digits; nullopt as soon as one character is something else.
std::optional<std::pair<std::string, int>> read_digit_row(std::string_view text) {
    std::string digits;
    int mapped = 0;
    for (std::size_t at = 0; at < text.size();) {
        const utf8::Decoded decoded = utf8::decode_at(text, at);
        at += decoded.length;
        const auto digit = decoded.valid ? digit_of(decoded.code_point) : std::nullopt;
        if (!digit) return std::nullopt;
        if (decoded.code_point < U'0' || decoded.code_point > U'9') ++mapped;
        digits += *digit;
    }
    return std::pair{digits, mapped};
}

} // namespace

std::string normalise_scanned_code(std::string_view text) {
    const auto read = read_digit_row(text);
    if (!read || read->second == 0) return std::string(text);
    return read->first;
}

bool looks_like_layout_mixup(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        const utf8::Decoded decoded = utf8::decode_at(text, at);
        at += decoded.length;
        if (decoded.valid && (decoded.code_point < U'0' || decoded.code_point > U'9') && digit_of(decoded.code_point))
            return true;
    }
    return false;
}

} // namespace cabas::core
