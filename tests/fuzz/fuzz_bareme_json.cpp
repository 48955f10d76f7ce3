// libFuzzer target: a barème file as `cabas-cli bareme import` reads it. An accepted barème
// must survive its own export.
#include "fuzz_support.hpp"

#include "core/bareme.hpp"
#include "services/io/bareme_json.hpp"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cabas;
    fuzz::expect_only_validation_errors([&] {
        const core::Bareme bareme = services::io::bareme_from_text(fuzz::as_text(data, size), "fuzz.json");
        core::validate(bareme);
        const core::Bareme again = services::io::bareme_from_text(services::io::bareme_to_text(bareme), "again.json");
        if (services::io::bareme_to_text(again) != services::io::bareme_to_text(bareme)) std::abort();
    });
    return 0;
}
