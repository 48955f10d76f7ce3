// The stock report as plain figures (built by services/stock/stock_report from the movements,
// drawn by stock_report_pdf): stock value and weight by category and origin at the end of a
// month, lots expiring soon, and the month's movements.
#pragma once

#include "core/date.hpp"
#include "core/money.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace cabas::reports {

/// Stock held by one group (a category, an origin) or in total.
struct StockValueRow {
    std::string label;
    int lots = 0;                       ///< lots with stock
    std::int64_t pieces = 0;            ///< of products sold by the piece
    std::int64_t grams = 0;             ///< everything (pieces through their net weight)
    core::Money value;                  ///< retail reference value
    core::Money cost;                   ///< purchase cost (purchased lots with a cost only)
};

struct StockExpiringRow {
    std::string product;
    std::string lot;                    ///< supplier code and "#id"
    std::string origin;                 ///< "FSE+", "Banque Alimentaire"...
    core::Date expiry_on;
    std::string kind;                   ///< "DLC" / "DDM"
    std::string quantity;               ///< "12" or "1,250 kg"
    int days_left = 0;                  ///< negative once past
};

/// Movements of the month of one kind. Quantities are positive; `value` is the retail value.
struct StockMovementRow {
    std::string label;                  ///< "Réceptions", "Ventes", "Pertes"...
    int count = 0;                      ///< movements
    std::int64_t pieces = 0;
    std::int64_t grams = 0;
    core::Money value;
};

struct StockReportModel {
    std::string epicerie;
    core::Date month_start;
    core::Date month_end;
    core::Date as_of;                   ///< stock figures are at the end of this day
    std::vector<StockValueRow> by_category;
    std::vector<StockValueRow> by_origin;
    StockValueRow total;
    int expiry_days = 7;
    std::vector<StockExpiringRow> expiring;   ///< as of `as_of`, within expiry_days
    std::vector<StockMovementRow> movements;  ///< receptions, sales, corrections, losses, adjustments
    std::string generated_at;                 ///< UTC timestamp
};

} // namespace cabas::reports
