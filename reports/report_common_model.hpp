// Plain pieces shared by the monthly, annual and FSE+ report models: the settings a report was
// built with, and the rows of goods, closures, monthly activity and lots. The services copy
// these from storage's query rows, so the models and their layouts never name storage.
#pragma once

#include "core/date.hpp"
#include "core/money.hpp"

#include <cstdint>
#include <string>

namespace cabas::reports {

/// The settings a report was built with: the request's options over the stored settings.
struct ResolvedOptions {
    int threshold = 11;            ///< counts from 1 to threshold − 1 are hidden
    bool internal = false;         ///< no suppression: the document stays in the épicerie
    std::string shop_name;         ///< as the services name the épicerie
    bool operator==(const ResolvedOptions&) const = default;
};

/// Lines of effective sales of one lot origin and one product category.
struct GoodsTotal {
    std::string origin;            ///< core::to_code(Origin), "" for a line without lot
    std::string category;          ///< category name, "" when none
    core::Money value;
    core::Money paid;
    std::int64_t grams = 0;        ///< weighed quantity, or pieces × net weight
    std::int64_t lines = 0;
    std::int64_t paying_lines = 0; ///< lines with a participation > 0
    bool operator==(const GoodsTotal&) const = default;
};

/// Till sessions closed in a period and the cash counted at those closures.
struct ClosureTotal {
    int sessions = 0;
    core::Money counted;
    bool operator==(const ClosureTotal&) const = default;
};

/// One calendar month of activity, for the 12-month trend and the annual report.
struct MonthActivity {
    std::string month;             ///< "2026-11"
    int households = 0;            ///< distinct households served that month
    int visits = 0;
    core::Money value;
    core::Money paid;
    bool operator==(const MonthActivity&) const = default;
};

/// What happened to one FSE+ or food-bank lot during a period, and what is left at its end.
/// Quantities are pieces, or grams for weighed products.
struct LotFlow {
    std::int64_t lot_id = 0;
    std::string product;
    std::string origin;
    std::string lot_code;
    core::Date received_on;
    bool weighed = false;
    std::int64_t received = 0;
    std::int64_t distributed = 0;  ///< sales net of corrections
    std::int64_t lost = 0;         ///< a positive number
    std::int64_t adjusted = 0;     ///< inventory adjustments, signed
    std::int64_t remaining = 0;
    bool operator==(const LotFlow&) const = default;
};

} // namespace cabas::reports
