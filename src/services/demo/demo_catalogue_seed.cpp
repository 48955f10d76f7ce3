// Stocking the demo épicerie's catalogue (see demo_catalogue.hpp): categories, then every
// family × variant × brand as a product with its own EAN-13.
#include "services/demo/demo_catalogue.hpp"

#include "core/card_number.hpp"
#include "storage/store.hpp"

#include <map>
#include <set>
#include <sstream>

namespace cabas::services::demo {

namespace {

std::vector<std::string> split_variants(const char* text) {
    std::vector<std::string> parts;
    std::stringstream s(text);
    for (std::string part; std::getline(s, part, '|');) parts.push_back(part);
    return parts;
}

/// A French-range (376) EAN-13 not used yet.
std::string fresh_ean13(DemoRandom& rng, std::set<std::string>& used) {
    for (;;) {
        std::string digits = "376" + std::to_string(rng.between(100000000, 999999999));
        std::string code = digits + std::to_string(core::gs1_check_digit(digits));
        if (used.insert(code).second) return code;
    }
}

} // namespace

std::vector<core::Product> seed_demo_catalogue(storage::Store& store, DemoRandom& rng) {
    std::map<std::string, std::int64_t> category_ids;
    for (const auto& c : demo_categories()) {
        core::Category category;
        category.code = c.code;
        category.name = c.name;
        if (c.rate_bp >= 0) category.rate = core::Rate{c.rate_bp};
        if (c.limit_per_visit > 0) category.limit.per_visit = c.limit_per_visit;
        if (c.limit_per_month > 0) category.limit.per_month = c.limit_per_month;
        category_ids[c.code] = store.catalogue().add_category(category);
    }
    std::set<std::string> used_codes;
    std::vector<core::Product> products;
    for (const auto& family : demo_families()) {
        for (const auto& variant : split_variants(family.variants)) {
            const bool weighed = family.by_weight && variant.find("kilo") != std::string::npos;
            const std::vector<std::string> brands = weighed ? std::vector<std::string>{""} : demo_brands();
            for (std::size_t b = 0; b < brands.size(); ++b) {
                core::Product p;
                p.name = std::string(family.name) + " " + variant + (brands[b].empty() ? "" : " — " + brands[b]);
                p.category_id = category_ids.at(family.category);
                p.unit = weighed ? core::SaleUnit::Weight : core::SaleUnit::Piece;
                // Brands spread the price: store brand -10 %, first price -25 %, national brand +20 %.
                static const int brand_factor[] = {90, 75, 120};
                const int factor = brands[b].empty() ? 100 : brand_factor[b % 3];
                p.retail_value = core::Money::from_cents((family.value_cents * factor + 50) / 100);
                p.barcodes.push_back(fresh_ean13(rng, used_codes));
                p.always_free = family.always_free;
                if (family.limit_per_visit > 0) p.limit.per_visit = family.limit_per_visit;
                p.low_stock_threshold = weighed ? 2000 : 5;
                p.net_grams = weighed ? 0 : family.net_grams;
                p.id = store.catalogue().add_product(p);
                products.push_back(p);
            }
        }
    }
    return products;
}

} // namespace cabas::services::demo
