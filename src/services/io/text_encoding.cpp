// Encoding detection and conversion for imported files. Detection looks at the file as a
// whole: valid UTF-8 is kept; a file with no valid multi-byte UTF-8 sequence at all and bytes
// above 0x7F is a Windows-1252 export (an "é" is a lone 0xE9 there) and is converted; a file
// mixing both is damaged UTF-8, refused at its first bad byte rather than turned into mojibake.
#include "services/io/text_encoding.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "core/utf8.hpp"

#include <array>
#include <cerrno>
#include <cstdio>
#include <iconv.h>

namespace cabas::services::io {

namespace {

const std::string k_field = "encodage";

std::string hex_byte(unsigned char byte) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(byte));
    return hex;
}

/// Bad bytes are placed by line and character, characters counted as the file's own encoding
/// would show them (one per byte that is not part of a valid UTF-8 sequence).
[[noreturn]] void throw_at(std::string_view bytes, std::size_t offset, const std::string& reason) {
    const core::utf8::Position p = core::utf8::position_of(bytes, offset);
    throw TextDecodingError(static_cast<int>(p.line), static_cast<int>(p.column), reason);
}

[[noreturn]] void throw_undefined_byte(std::string_view bytes, std::size_t offset) {
    throw_at(bytes, offset, core::tr("octet {0} : ni UTF-8 ni Windows-1252 ; enregistrez le fichier en CSV UTF-8",
                                     hex_byte(static_cast<unsigned char>(bytes[offset]))));
}

bool starts_with_bytes(std::string_view bytes, std::initializer_list<unsigned char> prefix) {
    if (bytes.size() < prefix.size()) return false;
    std::size_t i = 0;
    for (unsigned char b : prefix)
        if (static_cast<unsigned char>(bytes[i++]) != b) return false;
    return true;
}

/// UTF-16 text of Latin script is about half NUL bytes; a quarter is a safe margin that no
/// CSV of ours reaches. A few NULs otherwise mean a binary or damaged file.
void refuse_utf16_and_nul(std::string_view bytes) {
    const std::string utf16 = core::tr("fichier en UTF-16 : enregistrez-le en CSV UTF-8");
    if (starts_with_bytes(bytes, {0xFF, 0xFE}) || starts_with_bytes(bytes, {0xFE, 0xFF}))
        throw TextDecodingError(0, 0, utf16);
    const std::size_t sample = bytes.size() < 4096 ? bytes.size() : 4096;
    std::size_t nuls = 0;
    for (std::size_t i = 0; i < sample; ++i)
        if (bytes[i] == '\0') ++nuls;
    if (sample > 0 && nuls * 4 >= sample) throw TextDecodingError(0, 0, utf16);
    if (auto pos = bytes.find('\0'); pos != std::string_view::npos)
        throw_at(bytes, pos, core::tr("octet nul : fichier binaire ou endommagé"));
}

/// True when some byte above 0x7F starts a valid multi-byte UTF-8 sequence: the file was
/// written as UTF-8, so its invalid bytes are damage, not another encoding.
bool has_multibyte_utf8(std::string_view bytes) {
    for (std::size_t i = 0; i < bytes.size();) {
        const core::utf8::Decoded d = core::utf8::decode_at(bytes, i);
        if (d.valid && d.length > 1) return true;
        i += d.length;
    }
    return false;
}

/// Windows-1252 0x80-0x9F; 0 marks the five undefined bytes. 0xA0-0xFF equal Latin-1.
constexpr std::array<char32_t, 32> k_cp1252_high = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/// Owns an iconv descriptor; closed on every path.
class IconvHandle {
public:
    IconvHandle(const char* to, const char* from) : m_cd(iconv_open(to, from)) {}
    ~IconvHandle() {
        if (valid()) iconv_close(m_cd);
    }
    IconvHandle(const IconvHandle&) = delete;
    IconvHandle& operator=(const IconvHandle&) = delete;
    bool valid() const { return m_cd != reinterpret_cast<iconv_t>(-1); }
    iconv_t get() const { return m_cd; }

private:
    iconv_t m_cd;
};

} // namespace

std::string label_of(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::Utf8WithBom: return core::tr("UTF-8 avec BOM");
    case TextEncoding::Windows1252: return core::tr("Windows-1252, converti en UTF-8");
    }
    return "?";
}

namespace detail {

std::string windows1252_to_utf8_by_table(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        char32_t cp = b;
        if (b >= 0x80 && b <= 0x9F) {
            cp = k_cp1252_high[b - 0x80];
            if (cp == 0) throw_undefined_byte(bytes, i);
        }
        core::utf8::append(out, cp);
    }
    return out;
}

} // namespace detail

std::string windows1252_to_utf8(std::string_view bytes) {
    IconvHandle cd("UTF-8", "WINDOWS-1252");
    if (!cd.valid()) return detail::windows1252_to_utf8_by_table(bytes);
    // Every Windows-1252 byte becomes at most three UTF-8 bytes (U+20AC is the widest).
    std::string out(bytes.size() * 3, '\0');
    char* in_ptr = const_cast<char*>(bytes.data());  // iconv's POSIX signature is not const-correct
    std::size_t in_left = bytes.size();
    char* out_ptr = out.data();
    std::size_t out_left = out.size();
    if (iconv(cd.get(), &in_ptr, &in_left, &out_ptr, &out_left) == static_cast<std::size_t>(-1)) {
        if (errno == EILSEQ || errno == EINVAL) throw_undefined_byte(bytes, static_cast<std::size_t>(in_ptr - bytes.data()));
        return detail::windows1252_to_utf8_by_table(bytes);
    }
    out.resize(out.size() - out_left);
    return out;
}

DecodedText decode_to_utf8(std::string_view bytes) {
    refuse_utf16_and_nul(bytes);
    const bool bom = starts_with_bytes(bytes, {0xEF, 0xBB, 0xBF});
    if (bom) bytes.remove_prefix(3);
    const auto invalid = core::utf8::first_invalid(bytes);
    if (!invalid) return {std::string(bytes), bom ? TextEncoding::Utf8WithBom : TextEncoding::Utf8};
    const std::string bad = hex_byte(invalid->byte);
    // A BOM promises UTF-8; a file that breaks the promise is damaged, not Windows-1252.
    if (bom)
        throw_at(bytes, invalid->offset, core::tr("octet {0} invalide en UTF-8 (le fichier est marqué UTF-8 par son BOM)", bad));
    if (has_multibyte_utf8(bytes))
        throw_at(bytes, invalid->offset,
                 core::tr("octet {0} invalide en UTF-8 alors que le reste du fichier est en UTF-8 : fichier endommagé, "
                          "enregistrez-le à nouveau",
                          bad));
    return {windows1252_to_utf8(bytes), TextEncoding::Windows1252};
}

TextDecodingError::TextDecodingError(int line, int column, const std::string& reason)
    : ValidationError(line > 0 ? core::tr("ligne {0}, caractère {1}", line, column) : k_field, reason),
      m_line(line),
      m_column(column) {}

} // namespace cabas::services::io
