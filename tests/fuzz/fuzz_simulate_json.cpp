// libFuzzer target: a household file as `cabas-cli simulate` reads it, then the eligibility
// computation on it with the default barème.
#include "fuzz_support.hpp"

#include "core/bareme.hpp"
#include "core/eligibility.hpp"
#include "services/simulation.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cabas;
    const core::Date today = core::Date::from_ymd(2026, 3, 15);
    fuzz::expect_only_validation_errors([&] {
        const core::HouseholdComposition household =
            services::composition_from_text(fuzz::as_text(data, size), "fuzz.json", today);
        const core::Bareme bareme = core::Bareme::defaults();
        const auto decision = core::evaluate_eligibility(household, bareme, today);
        (void)services::render_working_text(decision, bareme, today);
    });
    return 0;
}
