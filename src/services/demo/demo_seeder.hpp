// `cabas-cli init --demo`: a realistic épicerie written through the same repositories and
// services as real data, deterministic for a given seed and relative to the seeding day.
#pragma once

#include "core/date.hpp"

#include <cstdint>

namespace cabas::storage { class Store; }

namespace cabas::services::demo {

struct DemoStats {
    int households = 0;
    int cards = 0;
    int products = 0;
    int lots = 0;
    int users = 0;
    int sessions = 0;   ///< till evenings of the three months of history
    int sales = 0;
};

/// The demo épicerie's name, on its tickets, cards and reports.
inline constexpr const char* kDemoShopName = "Épicerie solidaire des Lilas (démo)";

/// Seeds an empty database (throws ValidationError when it already holds households or
/// products). Everything is one transaction: a failure leaves the database as it was.
DemoStats seed_demo(storage::Store&, core::Date today, std::uint64_t seed);

} // namespace cabas::services::demo
