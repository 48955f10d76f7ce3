// One ordinary sale in a till test world, for tests whose subject is what happens around sales
// (backups, restores) rather than the sale itself.
#pragma once

#include "till_fixtures.hpp"

#include <catch2/catch.hpp>

namespace cabas::services::testing {

/// One rice paid 1 € cash by the world's household (its card forced by paul if not green).
inline void sell_rice(TillWorld& w, till::TillService& till, const std::string& request) {
    till.scan(w.card);
    if (!till.card() || !till.card()->result.green()) till.override_last_refusal("paul", "2222", "test");
    till.add_product(w.product.at("riz"), 1);
    REQUIRE(till.validate({{core::PaymentMethod::Cash, core::Money::from_euros(1)}}, request).recorded);
}

} // namespace cabas::services::testing
