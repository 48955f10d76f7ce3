// First-expired-first-out: which lots a sale (or a loss without a lot) takes, shared by the till
// and the stock services so the rule exists once.
#pragma once

#include "core/date.hpp"
#include "core/pricing.hpp"
#include "storage/stock_repository.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services::stock {

/// One part of a consumption taken from one lot; lot_id 0 for the part no lot covers.
struct LotShare {
    std::int64_t lot_id = 0;
    std::int64_t quantity = 0;                  ///< pieces or grams
    core::Origin origin = core::Origin::Purchase;
    std::optional<core::Date> expiry_on;
    std::optional<core::ExpiryKind> expiry_kind;
};

/// The answer for one product and quantity.
///
/// Policy: lots are taken by expiry date (lots without a date last). A lot past its DLC is
/// never taken; a lot past its DDM is, with a warning. When the lots cannot cover the quantity
/// the rest is taken with no lot (`shortfall`): the goods are on the shelf, so the sale goes
/// on, and the sale line without a lot is the discrepancy the next inventory explains. Only
/// when every unit the system knows of is past its DLC is the sale blocked, because then the
/// goods in hand are most likely those expired ones.
struct ConsumptionPlan {
    std::vector<LotShare> shares;               ///< in FEFO order; the no-lot share comes last
    std::vector<std::string> warnings;          ///< in the process language, for the till's message strip
    std::int64_t shortfall = 0;                 ///< quantity taken with no lot
    std::int64_t past_dlc = 0;                  ///< units skipped because past their DLC
    bool blocked_by_dlc = false;                ///< nothing sellable, and expired stock exists
};

/// Plans taking `quantity` of a product on `today`. Reads only; nothing is written.
ConsumptionPlan plan_consumption(storage::Store&, std::int64_t product_id, std::int64_t quantity, core::Date today);

/// True when a lot is past its expiry on `today` (the expiry day itself is still fine).
bool is_past(const storage::LotInfo& lot, core::Date today);

} // namespace cabas::services::stock
