// Encoding detection and conversion for imported files. Detection is deliberately simple:
// valid UTF-8 is almost never produced by accident from Windows-1252 French text (an "é" is a
// lone 0xE9 there, which is invalid UTF-8), so "valid UTF-8, else Windows-1252" is reliable.
#include "services/io/text_encoding.hpp"

#include "core/error.hpp"

#include <array>
#include <cerrno>
#include <cstdio>
#include <iconv.h>

namespace cabas::services::io {

namespace {

const std::string k_field = "encodage";

std::size_t line_of_offset(std::string_view bytes, std::size_t offset) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < offset && i < bytes.size(); ++i)
        if (bytes[i] == '\n') ++line;
    return line;
}

[[noreturn]] void throw_undefined_byte(std::string_view bytes, std::size_t offset) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(bytes[offset])));
    throw ValidationError(k_field, "octet " + std::string(hex) + " ligne " + std::to_string(line_of_offset(bytes, offset)) +
                                       " : ni UTF-8 ni Windows-1252 ; enregistrez le fichier en CSV UTF-8");
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
    const std::string utf16 = "fichier en UTF-16 : enregistrez-le en CSV UTF-8";
    if (starts_with_bytes(bytes, {0xFF, 0xFE}) || starts_with_bytes(bytes, {0xFE, 0xFF})) throw ValidationError(k_field, utf16);
    const std::size_t sample = bytes.size() < 4096 ? bytes.size() : 4096;
    std::size_t nuls = 0;
    for (std::size_t i = 0; i < sample; ++i)
        if (bytes[i] == '\0') ++nuls;
    if (sample > 0 && nuls * 4 >= sample) throw ValidationError(k_field, utf16);
    if (auto pos = bytes.find('\0'); pos != std::string_view::npos)
        throw ValidationError(k_field, "octet nul ligne " + std::to_string(line_of_offset(bytes, pos)) +
                                           " : fichier binaire ou endommagé");
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
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
    case TextEncoding::Utf8WithBom: return "UTF-8 avec BOM";
    case TextEncoding::Windows1252: return "Windows-1252";
    }
    return "?";
}

bool is_valid_utf8(std::string_view bytes) {
    std::size_t i = 0;
    while (i < bytes.size()) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        std::size_t extra = 0;
        char32_t cp = 0;
        if (b < 0x80) { ++i; continue; }
        if (b >= 0xC2 && b <= 0xDF) { extra = 1; cp = b & 0x1F; }
        else if (b >= 0xE0 && b <= 0xEF) { extra = 2; cp = b & 0x0F; }
        else if (b >= 0xF0 && b <= 0xF4) { extra = 3; cp = b & 0x07; }
        else return false;
        if (i + extra >= bytes.size()) return false;  // truncated sequence at the end
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto c = static_cast<unsigned char>(bytes[i + k]);
            if ((c & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (c & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are all invalid.
        if ((extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return false;
        i += extra + 1;
    }
    return true;
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
        append_utf8(out, cp);
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
    if (starts_with_bytes(bytes, {0xEF, 0xBB, 0xBF})) {
        bytes.remove_prefix(3);
        // A BOM promises UTF-8; a file that breaks the promise is damaged, not Windows-1252.
        if (!is_valid_utf8(bytes))
            throw ValidationError(k_field, "fichier marqué UTF-8 (BOM) mais contenant des octets invalides");
        return {std::string(bytes), TextEncoding::Utf8WithBom};
    }
    if (is_valid_utf8(bytes)) return {std::string(bytes), TextEncoding::Utf8};
    return {windows1252_to_utf8(bytes), TextEncoding::Windows1252};
}

} // namespace cabas::services::io
