// libFuzzer target: dates as "AAAA-MM-JJ" or "JJ/MM/AAAA". An accepted date must print and
// parse back to itself.
#include "fuzz_support.hpp"

#include "core/date.hpp"

#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cabas;
    const std::string text(fuzz::as_text(data, size));
    fuzz::expect_only_validation_errors([&] {
        const core::Date date = core::parse_date(text, "date");
        if (core::parse_date(date.iso(), "date") != date) std::abort();
        if (core::parse_date(date.french(), "date") != date) std::abort();
    });
    return 0;
}
