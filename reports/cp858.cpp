// The CP858 table and the few typographic substitutions French text needs on a thermal printer.
#include "reports/cp858.hpp"

#include <array>
#include <cstdint>

namespace cabas::reports {
namespace {

// Unicode code point of each byte 0x80..0xFF in CP858 (checked against Python's cp858 codec).
constexpr std::array<std::uint16_t, 128> upper_half = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7,
    0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192,
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA,
    0x00BF, 0x00AE, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00C1, 0x00C2, 0x00C0,
    0x00A9, 0x2563, 0x2551, 0x2557, 0x255D, 0x00A2, 0x00A5, 0x2510,
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x00A4,
    0x00F0, 0x00D0, 0x00CA, 0x00CB, 0x00C8, 0x20AC, 0x00CD, 0x00CE,
    0x00CF, 0x2518, 0x250C, 0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580,
    0x00D3, 0x00DF, 0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE,
    0x00DE, 0x00DA, 0x00DB, 0x00D9, 0x00FD, 0x00DD, 0x00AF, 0x00B4,
    0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6, 0x00A7, 0x00F7, 0x00B8,
    0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0,
};

struct Substitution {
    char32_t code_point;
    const char* ascii;
};

// Mostly what French word processors put in names typed elsewhere and pasted in.
constexpr std::array<Substitution, 15> substitutions = {{
    {0x00A0, " "}, {0x202F, " "}, {0x2009, " "}, {0x2007, " "},  // no-break and thin spaces
    {0x0153, "oe"}, {0x0152, "OE"}, {0x0178, "Y"},              // œ Œ Ÿ
    {0x2019, "'"}, {0x2018, "'"}, {0x201C, "\""}, {0x201D, "\""},
    {0x2013, "-"}, {0x2014, "-"}, {0x2026, "..."}, {0x2212, "-"},  // – — … minus
}};

// Decodes one UTF-8 character at `i` and advances `i`; returns U+FFFD for malformed input.
char32_t decode(std::string_view s, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 && lead < 0xF5 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    if (length == 0 || i + length > s.size()) { ++i; return 0xFFFD; }
    char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) { ++i; return 0xFFFD; }
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    i += length;
    return cp;
}

} // namespace

std::string utf8_to_cp858(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const char32_t cp = decode(utf8, i);
        if (cp >= 0x20 && cp < 0x7F) { out += static_cast<char>(cp); continue; }
        bool done = false;
        for (const auto& sub : substitutions)
            if (sub.code_point == cp) { out += sub.ascii; done = true; break; }
        for (std::size_t b = 0; !done && b < upper_half.size(); ++b)
            if (upper_half[b] == cp) { out += static_cast<char>(0x80 + b); done = true; }
        if (!done) out += '?';
    }
    return out;
}

} // namespace cabas::reports
