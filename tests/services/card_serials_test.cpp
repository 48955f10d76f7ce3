// Card serials come from libsodium's generator, uniform over 1..max whatever the width of max.
#include "services/card_service.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <map>

using cabas::services::RandomSerialSource;

TEST_CASE("serials stay within 1..max and reach every value of a small range", "[cards][random]") {
    RandomSerialSource serials;
    std::map<std::uint64_t, int> seen;
    for (int i = 0; i < 3000; ++i) ++seen[serials.next_serial(3)];
    REQUIRE(seen.size() == 3);
    CHECK(seen.begin()->first == 1);
    CHECK(seen.rbegin()->first == 3);
    // Each value about a third of the draws: far from what a biased modulo of a small range gives.
    for (const auto& [value, count] : seen) CHECK((count > 850 && count < 1150));
}

TEST_CASE("serials of a range wider than 32 bits use the whole range", "[cards][random]") {
    RandomSerialSource serials;
    const std::uint64_t max = 9'999'999'999ULL;  // ten digits after a two-digit prefix
    std::uint64_t highest = 0;
    for (int i = 0; i < 200; ++i) {
        const std::uint64_t s = serials.next_serial(max);
        REQUIRE(s >= 1);
        REQUIRE(s <= max);
        highest = std::max(highest, s);
    }
    CHECK(highest > UINT32_MAX);  // 200 draws all under 2^32 would happen with probability 0.43^200
}
