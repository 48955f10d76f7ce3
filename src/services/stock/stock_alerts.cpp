// Low-stock and expiry alerts computed from the catalogue and the lots' movements.
#include "services/stock/stock_alerts.hpp"

#include "core/error.hpp"
#include "storage/store.hpp"

#include <algorithm>
#include <map>

namespace cabas::services::stock {

int expiry_alert_days(storage::Store& store) {
    const auto text = store.settings().get(k_expiry_alert_days_key);
    if (!text) return k_default_expiry_alert_days;
    try {
        const int days = std::stoi(*text);
        return days >= 0 && days <= 365 ? days : k_default_expiry_alert_days;
    } catch (const std::exception&) {
        return k_default_expiry_alert_days;  // a damaged setting must not hide the alerts
    }
}

void set_expiry_alert_days(storage::Store& store, const LoggedUser& by, int days) {
    require(store, by, Capability::ManageStock);
    if (days < 0 || days > 365) throw ValidationError("jours", "entre 0 et 365 jours");
    store.settings().set(k_expiry_alert_days_key, std::to_string(days));
}

StockAlerts stock_alerts(storage::Store& store, const LoggedUser& by, core::Date today, std::optional<int> within_days) {
    require(store, by, Capability::ManageStock);
    StockAlerts out;
    out.within_days = within_days.value_or(expiry_alert_days(store));
    std::map<std::int64_t, core::Product> products;
    for (auto& p : store.catalogue().products()) products[p.id] = std::move(p);
    std::map<std::int64_t, std::int64_t> on_hand;
    const core::Date horizon = today.plus_days(out.within_days);
    for (const auto& lot : store.stock().all_lots(false)) {
        on_hand[lot.product_id] += lot.remaining;
        const auto product = products.find(lot.product_id);
        if (product == products.end() || !lot.expiry_on || *lot.expiry_on > horizon) continue;
        ExpiryAlert a;
        a.lot_id = lot.lot_id;
        a.product_id = lot.product_id;
        a.name = product->second.name;
        a.unit = product->second.unit;
        a.lot_code = lot.lot_code;
        a.origin = lot.origin;
        a.expiry_on = *lot.expiry_on;
        a.kind = lot.expiry_kind.value_or(core::ExpiryKind::Dlc);
        a.remaining = lot.remaining;
        a.days_left = core::days_between(today, *lot.expiry_on);
        out.expiring.push_back(a);  // all_lots is in expiry order already
    }
    for (const auto& [id, p] : products) {
        if (p.low_stock_threshold <= 0 || on_hand[id] > p.low_stock_threshold) continue;
        out.low_stock.push_back({id, p.name, p.unit, on_hand[id], p.low_stock_threshold});
    }
    std::sort(out.low_stock.begin(), out.low_stock.end(),
              [](const LowStockAlert& a, const LowStockAlert& b) { return a.name < b.name; });
    return out;
}

} // namespace cabas::services::stock
