// libFuzzer target: what is typed or scanned as a card number. An accepted number is 13
// digits, and its classification agrees with its check digit.
#include "fuzz_support.hpp"

#include "core/card_number.hpp"

#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cabas;
    const std::string text(fuzz::as_text(data, size));
    (void)core::classify_card_code(text, "29");
    (void)core::has_valid_gs1_check_digit(text);
    fuzz::expect_only_validation_errors([&] {
        const std::string number = core::parse_card_number(text);
        if (number.size() != 13) std::abort();
        const auto kind = core::classify_card_code(number, "29");
        const bool check_digit_ok = core::has_valid_gs1_check_digit(number);
        if (kind == core::CardCodeKind::Card && !check_digit_ok) std::abort();
        if (kind == core::CardCodeKind::CardBadCheckDigit && check_digit_ok) std::abort();
    });
    return 0;
}
