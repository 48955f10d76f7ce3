// The demo épicerie's catalogue: categories of the ANDES taxonomy and product families from
// which ~260 products with valid EAN-13 codes are generated.
#pragma once

#include "core/product.hpp"
#include "services/demo/demo_random.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services::demo {

struct DemoCategory {
    const char* code;
    const char* name;
    int rate_bp;           ///< -1 = household rate
    int limit_per_visit;   ///< 0 = none
    int limit_per_month;
};

struct DemoFamily {
    const char* category;
    const char* name;       ///< "Pâtes"
    const char* variants;   ///< "coquillettes 500 g|spaghetti 500 g|penne 500 g"
    int value_cents;        ///< typical retail value per piece (per kg when by_weight)
    int net_grams;
    bool by_weight;
    bool always_free;
    int limit_per_visit;    ///< 0 = none
};

const std::vector<DemoCategory>& demo_categories();
const std::vector<DemoFamily>& demo_families();

/// Brands multiply the families into distinct products ("Pâtes coquillettes 500 g — Marque A").
const std::vector<std::string>& demo_brands();

/// Writes the categories and the ~255 products (families × variants × brands, valid EAN-13
/// codes drawn from `rng`) and returns the products with their ids. The demo and cabas-bench
/// both stock their épicerie with it.
std::vector<core::Product> seed_demo_catalogue(storage::Store&, DemoRandom& rng);

} // namespace cabas::services::demo
