// Inventory sessions: scan and count a shelf, a category or the whole shop, compare with what
// the system expects, and record each difference as an adjustment movement. Partial
// inventories are the normal case: only the products counted are adjusted.
#pragma once

#include "services/access_control.hpp"
#include "core/product.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }
namespace cabas::services { class Clock; }

namespace cabas::services::stock {

/// One product of an inventory sheet.
struct InventoryLine {
    std::int64_t product_id = 0;
    std::string name;
    core::SaleUnit unit = core::SaleUnit::Piece;
    std::optional<std::int64_t> counted;    ///< nullopt: listed by the scope, not counted yet
    std::int64_t expected = 0;              ///< the system's stock now (or at closing, once closed)
    std::int64_t sold_without_lot = 0;      ///< discrepancies since the product's last inventory
    std::int64_t difference() const { return counted ? *counted - expected : 0; }
};

/// What a scan did in a count.
struct CountScan {
    bool known = false;                     ///< false: no product has this barcode
    bool needs_weight = false;              ///< weighed product: enter its weight with set_counted
    std::int64_t product_id = 0;
    std::string name;
    std::int64_t counted = 0;               ///< the product's count after this scan
};

/// Opens a session. `scope` names the shelf or area ("Rayon 3"); with `category_id` the sheet
/// also lists the category's products not counted yet. ValidationError for an unknown category.
std::int64_t start_inventory(storage::Store&, const LoggedUser& by, const std::string& scope, std::optional<std::int64_t> category_id,
                             const Clock&);

/// One more piece of the product with this barcode (the scanner types digits then Enter).
CountScan count_scan(storage::Store&, const LoggedUser& by, std::int64_t session_id, const std::string& barcode, const Clock&);

/// Sets the count of a product (typed quantity, or grams for a weighed product).
void set_counted(storage::Store&, const LoggedUser& by, std::int64_t session_id, std::int64_t product_id, std::int64_t counted, const Clock&);

/// The sheet: counted products in counting order, then the scope's products not counted.
std::vector<InventoryLine> inventory_sheet(storage::Store&, const LoggedUser& by, std::int64_t session_id);

/// One adjustment made at closing.
struct InventoryAdjustment {
    std::int64_t product_id = 0;
    std::int64_t lot_id = 0;
    std::int64_t quantity = 0;              ///< signed
};

/// Closes the session in one transaction: stores the expected quantities and records, per
/// counted product, counted - expected as 'adjustment' movements ("inventaire n° N").
///
/// Where differences go: a shortage is taken from the lots first-expired-first-out (the oldest
/// goods are the likeliest to have gone); a surplus is added to the product's most recently
/// received lot. A surplus of a product that never had a lot becomes a reception "Inventaire"
/// (origin donation, no expiry), so the goods found can be sold and traced like any other.
std::vector<InventoryAdjustment> close_inventory(storage::Store&, const LoggedUser& by, std::int64_t session_id, const Clock&);

} // namespace cabas::services::stock
