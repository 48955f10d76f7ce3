// Storage of stock: receptions create lots; every change of quantity is a movement, and what is
// left of a lot is the sum of its movements, so stock can always be explained line by line.
#pragma once

#include "core/date.hpp"
#include "core/money.hpp"
#include "core/pricing.hpp"
#include "core/stock_kinds.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabas::storage {

/// One line of a delivery note: becomes one lot.
struct ReceptionLine {
    std::int64_t product_id = 0;
    std::string lot_code;
    std::int64_t quantity = 0;                 ///< pieces, or grams for weighed products; > 0
    std::optional<core::Date> expiry_on;
    core::ExpiryKind expiry_kind = core::ExpiryKind::Dlc;  ///< meaningful only with expiry_on
    std::optional<core::Money> unit_cost;      ///< purchases only
};

/// A delivery note. Every lot inherits its origin (FSE+, food bank, purchase...).
struct Reception {
    std::int64_t id = 0;
    core::Origin origin = core::Origin::Purchase;
    std::string supplier;
    core::Date received_on;
    std::string reference;                      ///< delivery note number
    std::string created_by;                     ///< login
    std::vector<ReceptionLine> lines;
};

/// A lot with what is left of it.
struct LotInfo {
    std::int64_t lot_id = 0;
    std::int64_t product_id = 0;
    std::int64_t reception_id = 0;
    core::Origin origin = core::Origin::Purchase;
    std::string lot_code;
    std::optional<core::Date> expiry_on;
    std::optional<core::ExpiryKind> expiry_kind;
    std::int64_t initial_quantity = 0;
    std::int64_t remaining = 0;                 ///< sum of the lot's movements
    std::optional<core::Money> unit_cost;
    core::Date received_on;
};

/// A change of a lot's quantity outside receptions and sales (loss, inventory adjustment).
struct StockMovement {
    std::int64_t lot_id = 0;
    core::MovementKind kind = core::MovementKind::Loss;
    std::int64_t quantity = 0;                  ///< signed: a loss is negative
    std::string occurred_at;                    ///< UTC timestamp; empty = now
    std::string reason;
};

/// A stored movement with the lot's product and origin, and the sale it belongs to if any.
struct MovementRecord {
    std::int64_t id = 0;
    std::int64_t lot_id = 0;
    std::int64_t product_id = 0;
    core::Origin origin = core::Origin::Purchase;
    core::MovementKind kind = core::MovementKind::Loss;
    std::int64_t quantity = 0;                  ///< signed, pieces or grams
    /// UTC timestamp. A reception counts from its delivery date (received_on at 00:00), not
    /// from the moment it was typed in, so a note entered late still precedes the sales.
    std::string occurred_at;
    std::string reason;
    std::optional<std::int64_t> sale_id;        ///< sale and correction movements
    std::optional<std::int64_t> sale_sequence;
};

/// Which movements to list. Timestamps are compared as text (UTC ISO): [from_at, until_at).
struct MovementFilter {
    std::optional<std::int64_t> lot_id;
    std::optional<std::int64_t> product_id;
    std::string from_at;                        ///< empty: from the beginning
    std::string until_at;                       ///< empty: up to now
};

/// A sale line taken with no lot because the system believed the product out of stock: a
/// discrepancy the next inventory explains. Lines of a corrected sale are not listed.
struct UnlottedSaleLine {
    std::int64_t sale_id = 0;
    std::int64_t product_id = 0;
    std::int64_t quantity = 0;
    std::string sold_at;
};

/// An inventory session: a count of part of the shop (a shelf, a category) or all of it.
struct InventorySession {
    std::int64_t id = 0;
    std::string scope;                          ///< "Rayon 3", "Produits frais", "" for the whole shop
    std::optional<std::int64_t> category_id;    ///< set when the count covers one category
    std::string started_by;                     ///< login
    std::string started_at;                     ///< UTC timestamp
    std::optional<std::string> closed_at;       ///< set once adjustments are recorded
};

/// What was counted of one product; `expected` is the stock the system held when the session
/// was closed (the adjustment is counted - expected), unset while the session is open.
struct InventoryCount {
    std::int64_t product_id = 0;
    std::int64_t counted = 0;
    std::optional<std::int64_t> expected;
    std::string counted_at;
};

class StockRepository {
public:
    virtual ~StockRepository() = default;

    /// Creates the reception, one lot per line and their 'reception' movements in one
    /// transaction; returns the reception id. ValidationError (field "ligne N: ...") for a
    /// quantity <= 0, an unknown product, or no lines.
    virtual std::int64_t add_reception(const Reception& reception) = 0;
    /// Lots of a product, first-expired-first-out: by expiry (lots without one last), then by
    /// reception date and id. Empty lots only when asked.
    virtual std::vector<LotInfo> lots_of(std::int64_t product_id, bool include_empty = false) = 0;
    virtual std::optional<LotInfo> lot(std::int64_t lot_id) = 0;
    /// Records a loss or adjustment; returns the movement id. ValidationError for an unknown lot
    /// or a zero quantity.
    virtual std::int64_t add_movement(const StockMovement& movement) = 0;
    /// Sum over the product's lots.
    virtual std::int64_t quantity_on_hand(std::int64_t product_id) = 0;

    /// Every lot of every product, in first-expired-first-out order; empty lots only when asked.
    virtual std::vector<LotInfo> all_lots(bool include_empty = false) = 0;
    /// The delivery note of a reception, without its lines (they are its lots).
    virtual std::optional<Reception> reception(std::int64_t reception_id) = 0;
    /// Movements in time order (then by id).
    virtual std::vector<MovementRecord> movements(const MovementFilter& filter) = 0;
    /// Sale lines sold with no lot since `since_at` (empty: ever), oldest first.
    virtual std::vector<UnlottedSaleLine> unlotted_sale_lines(const std::string& since_at = {}) = 0;

    /// Inventory sessions. ValidationError for an unknown category.
    virtual std::int64_t open_inventory(const InventorySession& session) = 0;
    virtual std::optional<InventorySession> inventory(std::int64_t session_id) = 0;
    /// Newest first.
    virtual std::vector<InventorySession> inventories() = 0;
    /// Sets what was counted of a product (replacing an earlier count of the same session).
    /// ValidationError for a closed or unknown session, an unknown product, a negative count.
    virtual void set_count(std::int64_t session_id, std::int64_t product_id, std::int64_t counted,
                           const std::string& counted_at) = 0;
    virtual std::vector<InventoryCount> counts(std::int64_t session_id) = 0;
    /// Marks the session closed and stores the expected quantity of each counted product. The
    /// caller records the adjustment movements in the same transaction.
    virtual void close_inventory(std::int64_t session_id, const std::string& closed_at,
                                 const std::vector<InventoryCount>& with_expected) = 0;
};

} // namespace cabas::storage
