// libFuzzer target: the bytes of an imported CSV file, through decoding, the CSV reader and
// the households and products imports (the delivery note shares open_csv with them).
#include "fuzz_support.hpp"

#include "core/utf8.hpp"
#include "services/io/csv_reader.hpp"
#include "services/io/household_import.hpp"
#include "services/io/product_import.hpp"
#include "services/io/text_encoding.hpp"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cabas;
    const std::string_view bytes = fuzz::as_text(data, size);
    fuzz::expect_only_validation_errors([&] {
        const auto decoded = services::io::decode_to_utf8(bytes);
        if (!core::utf8::is_valid(decoded.utf8)) std::abort();  // decoding promises UTF-8
        const auto table = services::io::read_csv(decoded.utf8);
        for (const auto& row : table.rows)
            if (row.fields.size() != table.header.size()) std::abort();
    });
    const auto households = services::io::parse_households_csv(bytes, "fuzz.csv", core::Date::from_ymd(2026, 3, 15));
    if (!households.ok() && !households.households.empty()) std::abort();  // all or nothing
    const auto products = services::io::parse_products_csv(bytes, "fuzz.csv");
    if (!products.ok() && !products.products.empty()) std::abort();
    (void)services::io::to_string(products.errors);
    return 0;
}
