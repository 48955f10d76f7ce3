// First-expired-first-out planning over a product's lots (see ConsumptionPlan for the policy).
#include "services/stock/fefo.hpp"

#include "core/messages.hpp"

#include "storage/store.hpp"

#include <algorithm>

namespace cabas::services::stock {

bool is_past(const storage::LotInfo& lot, core::Date today) { return lot.expiry_on && *lot.expiry_on < today; }

ConsumptionPlan plan_consumption(storage::Store& store, std::int64_t product_id, std::int64_t quantity,
                                 core::Date today) {
    ConsumptionPlan plan;
    std::int64_t need = quantity;
    // lots_of() already returns FEFO order: expiry, then reception date, then id.
    for (const auto& lot : store.stock().lots_of(product_id)) {
        if (need == 0) break;
        if (lot.remaining <= 0) continue;
        if (is_past(lot, today) && lot.expiry_kind == core::ExpiryKind::Dlc) {
            plan.past_dlc += lot.remaining;
            continue;
        }
        if (is_past(lot, today))
            plan.warnings.push_back(core::tr("DDM dépassée le {0} : vendable, prévenez le foyer", lot.expiry_on->french()));
        LotShare share{lot.lot_id, std::min(need, lot.remaining), lot.origin, lot.expiry_on, lot.expiry_kind};
        plan.shares.push_back(share);
        need -= share.quantity;
    }
    if (need > 0) {
        if (plan.shares.empty() && plan.past_dlc > 0) {
            plan.blocked_by_dlc = true;
            return plan;
        }
        LotShare rest;
        rest.quantity = need;
        // Goods of unknown lot are priced like the lot sold just before them, if any.
        if (!plan.shares.empty()) rest.origin = plan.shares.front().origin;
        plan.shares.push_back(rest);
        plan.shortfall = need;
        plan.warnings.push_back(core::tr("Stock épuisé selon le système : écart noté pour l'inventaire"));
    }
    return plan;
}

} // namespace cabas::services::stock
