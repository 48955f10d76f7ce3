// Traceability: the life of one lot from its delivery note to each sale line and loss that
// took from it, and for a period the FSE+ and Banque Alimentaire lots received, distributed,
// lost and remaining, in units and kilograms (what the food bank and the FSE+ audit ask for).
#pragma once

#include "services/access_control.hpp"
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

/// Movement totals of a lot. Signs are made positive for reading: received, distributed (sales
/// net of corrections) and lost; adjusted keeps its sign (inventory surplus or shortage).
/// Invariant: opening + received - distributed - lost + adjusted = remaining.
struct LotTotals {
    std::int64_t opening = 0;               ///< held before the period (0 for a whole-life trace)
    std::int64_t received = 0;
    std::int64_t distributed = 0;
    std::int64_t lost = 0;
    std::int64_t adjusted = 0;
    std::int64_t remaining = 0;
    bool balanced() const { return opening + received - distributed - lost + adjusted == remaining; }
};

struct LotTrace {
    storage::LotInfo lot;
    core::Product product;
    storage::Reception reception;
    std::vector<storage::MovementRecord> movements;   ///< in time order
    LotTotals totals;
};

/// The whole life of a lot. ValidationError for an unknown lot.
LotTrace trace_lot(storage::Store&, const LoggedUser& by, std::int64_t lot_id);

/// Lots whose supplier lot code is `text`, or the lot whose number it is ("#12" or "12").
std::vector<storage::LotInfo> find_lots(storage::Store&, const LoggedUser& by, const std::string& text);

/// The lots of a product that still hold something (a loss is taken from one of them), or one
/// lot by number (nullopt when unknown).
std::vector<storage::LotInfo> lots_of_product(storage::Store&, const LoggedUser& by, std::int64_t product_id);
std::optional<storage::LotInfo> lot(storage::Store&, const LoggedUser& by, std::int64_t lot_id);

/// Weight in grams of a quantity of a product: grams for a weighed product, pieces × net
/// weight otherwise (0 when the net weight is unknown).
std::int64_t grams_of(const core::Product&, std::int64_t quantity);

struct PeriodLot {
    storage::LotInfo lot;
    std::string product_name;
    core::SaleUnit unit = core::SaleUnit::Piece;
    std::int64_t net_grams = 0;
    LotTotals totals;                       ///< within the period
};

/// Sums for one origin: pieces of products sold by the piece, and kilograms of everything
/// (grams; pieces count through their net weight).
struct OriginTotals {
    core::Origin origin = core::Origin::FsePlus;
    LotTotals units;
    LotTotals grams;
    int lots = 0;
};

struct PeriodTrace {
    core::Date from;
    core::Date to;                          ///< included
    std::vector<PeriodLot> lots;            ///< by origin, then product name, then lot
    std::vector<OriginTotals> totals;       ///< one per origin asked
};

/// Lots of the given origins that were received in [from, to] or still held stock on `from`.
PeriodTrace trace_period(storage::Store&, const LoggedUser& by, core::Date from, core::Date to,
                         const std::vector<core::Origin>& origins = {core::Origin::FsePlus, core::Origin::FoodBank});

} // namespace cabas::services::stock
