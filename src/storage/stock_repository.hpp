// Storage of stock: receptions create lots; every change of quantity is a movement, and what is
// left of a lot is the sum of its movements, so stock can always be explained line by line.
#pragma once

#include "core/date.hpp"
#include "core/money.hpp"
#include "core/pricing.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabas::storage {

/// DLC (use-by: sale blocked after it) or DDM (best-before: sale allowed, with a warning).
enum class ExpiryKind { Dlc, Ddm };
std::string to_code(ExpiryKind);                       ///< "dlc", "ddm"
std::optional<ExpiryKind> expiry_kind_from_code(std::string_view);

enum class MovementKind { Reception, Sale, Loss, Adjustment, Correction };
std::string to_code(MovementKind);                     ///< "reception", "sale", "loss", ...
std::optional<MovementKind> movement_kind_from_code(std::string_view);

/// One line of a delivery note: becomes one lot.
struct ReceptionLine {
    std::int64_t product_id = 0;
    std::string lot_code;
    std::int64_t quantity = 0;                 ///< pieces, or grams for weighed products; > 0
    std::optional<core::Date> expiry_on;
    ExpiryKind expiry_kind = ExpiryKind::Dlc;  ///< meaningful only with expiry_on
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
    std::optional<ExpiryKind> expiry_kind;
    std::int64_t initial_quantity = 0;
    std::int64_t remaining = 0;                 ///< sum of the lot's movements
    std::optional<core::Money> unit_cost;
    core::Date received_on;
};

/// A change of a lot's quantity outside receptions and sales (loss, inventory adjustment).
struct StockMovement {
    std::int64_t lot_id = 0;
    MovementKind kind = MovementKind::Loss;
    std::int64_t quantity = 0;                  ///< signed: a loss is negative
    std::string occurred_at;                    ///< UTC timestamp; empty = now
    std::string reason;
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
};

} // namespace cabas::storage
