// A small deterministic random source for the demo épicerie. std::uniform_int_distribution
// differs between standard libraries; this does not, so a seed gives the same demo everywhere.
#pragma once

#include "services/card_service.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace cabas::services::demo {

class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed) : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL) {}

    /// splitmix64: good enough spread, trivially reproducible.
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform integer in [low, high].
    std::int64_t between(std::int64_t low, std::int64_t high) {
        return low + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(high - low + 1));
    }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <class T>
    const T& pick(const std::vector<T>& items) {
        return items[static_cast<std::size_t>(between(0, static_cast<std::int64_t>(items.size()) - 1))];
    }

private:
    std::uint64_t m_state;
};

/// Card serials drawn from the demo's random source, so a seed gives the same card numbers.
class DemoSerials final : public SerialSource {
public:
    explicit DemoSerials(DemoRandom& rng) : m_rng(rng) {}
    std::uint64_t next_serial(std::uint64_t max) override { return 1 + m_rng.next() % max; }

private:
    DemoRandom& m_rng;
};

} // namespace cabas::services::demo
