// Turns the bytes of an imported file into UTF-8 text, whatever Excel or LibreOffice saved:
// UTF-8 with or without a BOM, or Windows-1252 ("CSV (séparateur : point-virgule)" in a French
// Excel). UTF-16 ("Texte Unicode") is refused with a hint rather than guessed at.
#pragma once

#include "core/error.hpp"

#include <string>
#include <string_view>

namespace cabas::services::io {

/// How the bytes were written. Reported to the user so a surprise ("Windows-1252?") is visible.
enum class TextEncoding { Utf8, Utf8WithBom, Windows1252 };

/// "UTF-8", "UTF-8 avec BOM", "Windows-1252, converti en UTF-8".
std::string label_of(TextEncoding);

struct DecodedText {
    std::string utf8;        ///< the text, BOM removed, always valid UTF-8
    TextEncoding encoding = TextEncoding::Utf8;
};

/// A file's bytes that cannot be read as text, placed where an editor shows them: `line` and
/// `column` (characters) from 1, both 0 for a problem with the whole file (UTF-16). The field
/// is "ligne L, caractère C", or "encodage" for the whole file.
class TextDecodingError : public ValidationError {
public:
    TextDecodingError(int line, int column, const std::string& reason);
    int line() const noexcept { return m_line; }
    int column() const noexcept { return m_column; }

private:
    int m_line;
    int m_column;
};

/// Decodes a file's bytes. Valid UTF-8 is kept as is (after removing a BOM). A file whose
/// bytes above 0x7F never form a UTF-8 sequence is read as Windows-1252, which every French
/// Excel export is. Throws TextDecodingError for UTF-16 (BOM FF FE / FE FF, or many NUL
/// bytes), for a stray NUL byte, for invalid UTF-8 in a file that is otherwise UTF-8 (or
/// marked so by a BOM), and for the five bytes Windows-1252 leaves undefined (0x81, 0x8D,
/// 0x8F, 0x90, 0x9D).
DecodedText decode_to_utf8(std::string_view bytes);

/// Windows-1252 to UTF-8 through glibc iconv, falling back to the built-in table when iconv
/// has no converter (a system without gconv modules). Throws ValidationError on undefined bytes.
std::string windows1252_to_utf8(std::string_view bytes);

namespace detail {
/// The built-in table conversion, exposed so a test can check it against iconv byte by byte.
std::string windows1252_to_utf8_by_table(std::string_view bytes);
} // namespace detail

} // namespace cabas::services::io
