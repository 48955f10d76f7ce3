// Encoding detection of imported files: UTF-8 kept, BOM removed, Windows-1252 converted,
// UTF-16 and garbage refused with a message a user can act on.
#include "core/error.hpp"
#include "services/io/text_encoding.hpp"

#include <catch2/catch.hpp>

using namespace cabas::services::io;

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
    } catch (const TextDecodingError& e) {
        CHECK(e.line() == 0);
        CHECK(e.reason() == "fichier en UTF-16 : enregistrez-le en CSV UTF-8");
    }
}

namespace {
struct Placed { std::string bytes; int line; int column; const char* reason; };
} // namespace

TEST_CASE("refuses bad bytes naming their line, their character and why", "[csv]") {
    const auto c = GENERATE(values<Placed>({
        {std::string("a;b\nc;d\nabcdefgh\0ijklmnopqrstuvwxyz\n", 36), 3, 9, "octet nul : fichier binaire ou endommagé"},
        {"nom\nH\xE9l\x81ne\n", 2, 4, "octet 0x81 : ni UTF-8 ni Windows-1252"},
        {"\xEF\xBB\xBF" "H\xE9l\xE8ne", 1, 2, "octet 0xE9 invalide en UTF-8 (le fichier est marqué UTF-8 par son BOM)"},
        {"prénom;nom\nH\xE9l\xE8ne;Dupont\n", 2, 2, "octet 0xE9 invalide en UTF-8 alors que le reste du fichier est en UTF-8"},
        {"a;b\n€;\xFF\n", 2, 3, "octet 0xFF invalide en UTF-8 alors que"},
    }));
    CAPTURE(c.bytes);
    try {
        decode_to_utf8(c.bytes);
        FAIL("decoded");
    } catch (const TextDecodingError& e) {
        CHECK(e.line() == c.line);
        CHECK(e.column() == c.column);
        CHECK(e.field() == "ligne " + std::to_string(c.line) + ", caractère " + std::to_string(c.column));
        CHECK_THAT(e.reason(), Catch::StartsWith(c.reason));
    }
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
    CHECK(label_of(TextEncoding::Windows1252) == "Windows-1252, converti en UTF-8");
}
