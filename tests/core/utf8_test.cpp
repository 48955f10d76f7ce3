// UTF-8 decoding: what counts as valid, where the first bad byte is, lengths in characters and
// cuts that never split a character.
#include "core/utf8.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace cabas::core;

namespace {
struct Validity { std::string bytes; bool valid; };
struct FirstBad { std::string bytes; std::size_t offset; std::size_t line; std::size_t column; unsigned char byte; };
struct Decoding { std::string bytes; char32_t code_point; std::size_t length; bool valid; };
} // namespace

TEST_CASE("tells well-formed UTF-8 from everything else", "[utf8]") {
    const auto c = GENERATE(values<Validity>({
        {"", true},
        {"abc", true},
        {"é€𝄞", true},
        {"\xC3", false},               // truncated
        {"\xC0\xAF", false},           // overlong '/'
        {"\xE0\x80\xAF", false},       // overlong, three bytes
        {"\xF0\x80\x80\xAF", false},   // overlong, four bytes
        {"\xED\xA0\x80", false},       // UTF-16 surrogate
        {"\xF4\x90\x80\x80", false},   // above U+10FFFF
        {"\xF8\x88\x80\x80\x80", false},  // five-byte form
        {"\x80", false},               // lone continuation byte
        {"\xE9t\xE9", false},          // Windows-1252 "été"
    }));
    CAPTURE(c.bytes);
    CHECK(utf8::is_valid(c.bytes) == c.valid);
}

TEST_CASE("decodes one character and says how many bytes it took", "[utf8]") {
    const auto c = GENERATE(values<Decoding>({
        {"a", U'a', 1, true},
        {"é", 0xE9, 2, true},
        {"€", 0x20AC, 3, true},
        {"𝄞", 0x1D11E, 4, true},
        {"\xE9t", utf8::kReplacement, 1, false},
        {"\xE2\x82", utf8::kReplacement, 1, false},
        {"\xF5\x80\x80\x80", utf8::kReplacement, 1, false},
    }));
    const utf8::Decoded d = utf8::decode_at(c.bytes, 0);
    CHECK(d.code_point == c.code_point);
    CHECK(d.length == c.length);
    CHECK(d.valid == c.valid);
}

TEST_CASE("places the first invalid byte by offset, line and character column", "[utf8]") {
    const auto c = GENERATE(values<FirstBad>({
        {"\xE9", 0, 1, 1, 0xE9},
        {"abc\xE9", 3, 1, 4, 0xE9},
        {"nom;prénom\nDupont;H\xE9l\xE8ne", 20, 2, 9, 0xE9},
        {"a\nb\nc€\x80", 8, 3, 3, 0x80},
    }));
    CAPTURE(c.bytes);
    const auto bad = utf8::first_invalid(c.bytes);
    REQUIRE(bad.has_value());
    CHECK(bad->offset == c.offset);
    CHECK(bad->position.line == c.line);
    CHECK(bad->position.column == c.column);
    CHECK(bad->byte == c.byte);
    CHECK_FALSE(utf8::first_invalid("nom;prénom\n€ 12\n").has_value());
}

TEST_CASE("counts characters, not bytes, and positions by character", "[utf8]") {
    CHECK(utf8::length("") == 0);
    CHECK(utf8::length("Hélène") == 6);
    CHECK(utf8::length("12,50\u00A0€") == 7);
    CHECK(utf8::length("\xE9t\xE9") == 3);  // each bad byte is one character
    CHECK(utf8::position_of("ab\ncdé€f", 9) == utf8::Position{2, 5});
    CHECK(utf8::position_of("abc", 99) == utf8::Position{1, 4});
}

TEST_CASE("cuts and shortens without splitting a character", "[utf8]") {
    CHECK(utf8::prefix("Hélène", 2) == "Hé");
    CHECK(utf8::prefix("€€€", 5) == "€€€");
    std::string text = "pâté€";
    utf8::pop_back(text);
    CHECK(text == "pâté");
    utf8::pop_back(text);
    CHECK(text == "pât");
    std::string broken = "ab\x82\x82";
    utf8::pop_back(broken);
    CHECK(broken == "ab\x82");  // stray continuation bytes go one at a time
    std::string empty;
    utf8::pop_back(empty);
    CHECK(empty.empty());
}

TEST_CASE("encodes every code point range and replaces what is not a scalar value", "[utf8]") {
    std::string out;
    for (char32_t cp : {U'A', char32_t{0xE9}, char32_t{0x20AC}, char32_t{0x1D11E}}) utf8::append(out, cp);
    CHECK(out == "Aé€𝄞");
    std::string bad;
    utf8::append(bad, 0xD800);
    utf8::append(bad, 0x110000);
    CHECK(bad == "\uFFFD\uFFFD");
}

TEST_CASE("iterates characters with their byte offsets", "[utf8]") {
    std::vector<std::size_t> offsets;
    std::u32string code_points;
    for (const auto c : utf8::characters("aé\xFF€")) {
        offsets.push_back(c.offset);
        code_points += c.decoded.code_point;
    }
    CHECK(offsets == std::vector<std::size_t>{0, 1, 3, 4});
    CHECK(code_points == std::u32string{U'a', 0xE9, utf8::kReplacement, 0x20AC});
}
