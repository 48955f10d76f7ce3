// libFuzzer target: French amounts and rates as people type them. An accepted amount must
// come back unchanged through format_decimal (the round trip the barème file relies on).
#include "fuzz_support.hpp"

#include "core/money.hpp"

#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cabas;
    const std::string text(fuzz::as_text(data, size));
    for (bool negative_allowed : {false, true}) {
        fuzz::expect_only_validation_errors([&] {
            const core::Money amount = core::parse_amount(text, negative_allowed);
            if (!negative_allowed && amount.is_negative()) std::abort();
            if (core::parse_amount(core::format_decimal(amount), true).cents() != amount.cents()) std::abort();
        });
    }
    fuzz::expect_only_validation_errors([&] {
        const core::Rate rate = core::parse_percent(text);
        if (rate.bp < 0 || rate.bp > 10000) std::abort();
    });
    return 0;
}
