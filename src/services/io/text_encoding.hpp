// Turns the bytes of an imported file into UTF-8 text, whatever Excel or LibreOffice saved:
// UTF-8 with or without a BOM, or Windows-1252 ("CSV (séparateur : point-virgule)" in a French
// Excel). UTF-16 ("Texte Unicode") is refused with a hint rather than guessed at.
#pragma once

#include <string>
#include <string_view>

namespace cabas::services::io {

/// How the bytes were written. Reported to the user so a surprise ("Windows-1252?") is visible.
enum class TextEncoding { Utf8, Utf8WithBom, Windows1252 };

/// "UTF-8", "UTF-8 avec BOM", "Windows-1252".
std::string label_of(TextEncoding);

struct DecodedText {
    std::string utf8;        ///< the text, BOM removed, always valid UTF-8
    TextEncoding encoding = TextEncoding::Utf8;
};

/// Decodes a file's bytes. Valid UTF-8 is kept as is (after removing a BOM); anything else is
/// read as Windows-1252, which every byte sequence of a French Excel export is.
/// Throws ValidationError for UTF-16 (BOM FF FE / FE FF, or many NUL bytes), for a stray NUL
/// byte, and for the five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D);
/// the field is "encodage".
DecodedText decode_to_utf8(std::string_view bytes);

/// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

/// Windows-1252 to UTF-8 through glibc iconv, falling back to the built-in table when iconv
/// has no converter (a system without gconv modules). Throws ValidationError on undefined bytes.
std::string windows1252_to_utf8(std::string_view bytes);

namespace detail {
/// The built-in table conversion, exposed so a test can check it against iconv byte by byte.
std::string windows1252_to_utf8_by_table(std::string_view bytes);
} // namespace detail

} // namespace cabas::services::io
