// A QWERTY-set scanner on an AZERTY PC: the digit row read back as digits, and nothing else
// ever rewritten.
#include "core/card_number.hpp"
#include "core/scanned_code.hpp"

#include <catch2/catch.hpp>

using namespace cabas::core;

namespace {
struct Row {
    const char* typed;
    const char* read;
};
} // namespace

TEST_CASE("a code typed on the AZERTY digit row is read as its digits", "[scan]") {
    auto row = GENERATE(values<Row>({
        {"éç(\"_&éçèèç&è", "2953812977917"},   // the card of the issue, as the scanner typed it
        {"&é\"'(-è_çà", "1234567890"},         // the whole French row
        {"&é\"'(§è!çà", "1234567890"},         // the Belgian row
        {"ÉÈÇÀ", "2790"},                      // capitals some layouts give with Caps Lock
        {"3à1è62à422àà\"", "3017620422003"},   // digits mixed in (Shift held on some keys)
        {"2953812977917", "2953812977917"},    // already digits: unchanged
        {"", ""},
        {"pâtes", "pâtes"},                    // letters: not a scan, unchanged
        {"éç(\"_ &é", "éç(\"_ &é"},            // a space: unchanged
        {"29538-12977917x", "29538-12977917x"}, // one letter: unchanged
        {"\xE9\xE7", "\xE9\xE7"},              // Latin-1 bytes, not UTF-8: unchanged
    }));
    CAPTURE(row.typed);
    CHECK(normalise_scanned_code(row.typed) == row.read);
}

TEST_CASE("the issue's card reads back to a valid card number", "[scan]") {
    const std::string card = normalise_scanned_code("éç(\"_&éçèèç&è");
    CHECK(card == "2953812977917");
    CHECK(has_valid_gs1_check_digit(card));
}

TEST_CASE("a layout mix-up is recognised by its digit-row characters", "[scan]") {
    CHECK(looks_like_layout_mixup("éç(\"_&"));
    CHECK(looks_like_layout_mixup("abc&"));
    CHECK_FALSE(looks_like_layout_mixup("2953812977917"));
    CHECK_FALSE(looks_like_layout_mixup("pates"));
    CHECK_FALSE(looks_like_layout_mixup(""));
}
