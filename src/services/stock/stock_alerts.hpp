// Alerts of the manager's home screen and `cabas-cli stock alerts`: products at or under their
// low-stock threshold, and lots expiring within N days (a setting, 7 by default).
#pragma once

#include "services/access_control.hpp"
#include "services/settings_keys.hpp"
#include "core/date.hpp"
#include "core/pricing.hpp"
#include "core/product.hpp"
#include "storage/stock_repository.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services::stock {

/// Settings key of the expiry alert horizon, in days (settings_keys.hpp).
inline constexpr const char* k_expiry_alert_days_key = keys::stock_expiry_alert_days;
inline constexpr int k_default_expiry_alert_days = 7;

/// The horizon as set (a setting like the others: no personal data, no capability needed).
int expiry_alert_days(storage::Store&);
/// ValidationError outside 0..365.
void set_expiry_alert_days(storage::Store&, const LoggedUser& by, int days);

struct LowStockAlert {
    std::int64_t product_id = 0;
    std::string name;
    core::SaleUnit unit = core::SaleUnit::Piece;
    std::int64_t on_hand = 0;
    std::int64_t threshold = 0;
};

struct ExpiryAlert {
    std::int64_t lot_id = 0;
    std::int64_t product_id = 0;
    std::string name;
    core::SaleUnit unit = core::SaleUnit::Piece;
    std::string lot_code;
    core::Origin origin = core::Origin::Purchase;
    core::Date expiry_on;
    core::ExpiryKind kind = core::ExpiryKind::Dlc;
    std::int64_t remaining = 0;
    int days_left = 0;                      ///< negative once past
};

struct StockAlerts {
    int within_days = k_default_expiry_alert_days;
    std::vector<LowStockAlert> low_stock;   ///< by name
    std::vector<ExpiryAlert> expiring;      ///< soonest first; lots already past included
};

/// Active products whose stock is at or below a non-zero threshold, and non-empty lots whose
/// expiry is on or before today + N days (`within_days`, else the setting).
StockAlerts stock_alerts(storage::Store&, const LoggedUser& by, core::Date today, std::optional<int> within_days = std::nullopt);

} // namespace cabas::services::stock
