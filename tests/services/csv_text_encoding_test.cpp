// Encoding detection of imported files: UTF-8 kept, BOM removed, Windows-1252 converted,
// UTF-16 and garbage refused with a message a user can act on.
#include "core/error.hpp"
#include "services/io/text_encoding.hpp"

#include <catch2/catch.hpp>

using namespace cabas::services::io;
using cabas::ValidationError;

TEST_CASE("keeps valid UTF-8 as it is and says so", "[csv]") {
    const auto decoded = decode_to_utf8("prénom;nom\nHélène;Œuvre\n");
    CHECK(decoded.encoding == TextEncoding::Utf8);
    CHECK(decoded.utf8 == "prénom;nom\nHélène;Œuvre\n");
}

TEST_CASE("removes a UTF-8 byte order mark", "[csv]") {
    const auto decoded = decode_to_utf8("\xEF\xBB\xBF" "dossier;prénom\n");
    CHECK(decoded.encoding == TextEncoding::Utf8WithBom);
    CHECK(decoded.utf8 == "dossier;prénom\n");
}

TEST_CASE("converts Windows-1252 bytes to UTF-8", "[csv]") {
    struct Case { std::string bytes; std::string utf8; };
    const auto c = GENERATE(values<Case>({
        {"H\xE9l\xE8ne", "Hélène"},
        {"\x80 12", "€ 12"},
        {"\x9C" "uf", "œuf"},
        {"\x92", "\u2019"},
        {"\xA0", "\u00A0"},
        {"\xFF", "ÿ"},
    }));
    const auto decoded = decode_to_utf8(c.bytes);
    CHECK(decoded.encoding == TextEncoding::Windows1252);
    CHECK(decoded.utf8 == c.utf8);
}

TEST_CASE("refuses UTF-16 files with a hint to save as CSV UTF-8", "[csv]") {
    const auto bytes = GENERATE(as<std::string>{},
                                std::string("\xFF\xFE" "d\0o\0s\0", 8),            // little-endian BOM
                                std::string("\xFE\xFF\0d\0o\0s", 8),               // big-endian BOM
                                std::string("d\0o\0s\0s\0i\0e\0r\0;\0", 16));      // no BOM, half NULs
    try {
        decode_to_utf8(bytes);
        FAIL("UTF-16 accepted");
    } catch (const ValidationError& e) {
        CHECK(e.reason() == "fichier en UTF-16 : enregistrez-le en CSV UTF-8");
    }
}

TEST_CASE("refuses a stray NUL byte and names its line", "[csv]") {
    const std::string bytes("a;b\nc;d\nabcdefgh\0ijklmnopqrstuvwxyz\n", 36);
    CHECK_THROWS_WITH(decode_to_utf8(bytes), Catch::Contains("octet nul ligne 3"));
}

TEST_CASE("refuses bytes that Windows-1252 leaves undefined", "[csv]") {
    CHECK_THROWS_WITH(decode_to_utf8("nom\nH\xE9l\x81ne\n"), Catch::Contains("octet 0x81 ligne 2"));
}

TEST_CASE("refuses a file with a UTF-8 BOM but invalid UTF-8 inside", "[csv]") {
    CHECK_THROWS_AS(decode_to_utf8("\xEF\xBB\xBF" "H\xE9l\xE8ne"), ValidationError);
}

TEST_CASE("tells well-formed UTF-8 from everything else", "[csv]") {
    struct Case { std::string bytes; bool valid; };
    const auto c = GENERATE(values<Case>({
        {"", true},
        {"abc", true},
        {"é€𝄞", true},
        {"\xC3", false},               // truncated
        {"\xC0\xAF", false},           // overlong '/'
        {"\xE0\x80\xAF", false},       // overlong, three bytes
        {"\xED\xA0\x80", false},       // UTF-16 surrogate
        {"\xF4\x90\x80\x80", false},   // above U+10FFFF
        {"\xE9t\xE9", false},          // Windows-1252 "été"
    }));
    CHECK(is_valid_utf8(c.bytes) == c.valid);
}

TEST_CASE("the built-in Windows-1252 table agrees with iconv on every defined byte", "[csv]") {
    for (int b = 1; b < 256; ++b) {
        if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) continue;
        const std::string byte(1, static_cast<char>(b));
        INFO("byte " << b);
        CHECK(detail::windows1252_to_utf8_by_table(byte) == windows1252_to_utf8(byte));
    }
}

TEST_CASE("names each encoding in French", "[csv]") {
    CHECK(label_of(TextEncoding::Utf8) == "UTF-8");
    CHECK(label_of(TextEncoding::Utf8WithBom) == "UTF-8 avec BOM");
    CHECK(label_of(TextEncoding::Windows1252) == "Windows-1252");
}
