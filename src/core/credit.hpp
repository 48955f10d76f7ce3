// Credit (in retail value) and quotas: monthly credit from UC, weekly cap, carry-over,
// per-product and per-category limits per visit and per month. One check answers: may this
// line be added to the basket, and if not, why and what is left.
#pragma once

#include "core/bareme.hpp"
#include "core/date.hpp"
#include "core/money.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cabas::core {

/// Monthly credit for a household of `uc_tenths`: per_uc × UC, rounded to the nearest step,
/// capped. 90 € × 2,1 UC = 189 € -> 190 €.
Money monthly_credit(const CreditRules&, int uc_tenths);

/// Weekly cap: monthly ÷ 4 rounded up to the next step (0,50 €). 115 € -> 29,00 €.
Money weekly_cap(const CreditRules&, Money monthly);

/// Consumption before the current basket, from the stored sales.
struct CreditUsage {
    Money used_this_month;          ///< retail value counted against credit, this calendar month
    Money used_this_week;           ///< same, this Monday-to-Sunday week
    Money carried_over;             ///< unused credit of last month, when carry-over is on
    int visits_this_week = 0;
    int visits_this_month = 0;
};

/// What is left before the basket: month, week (nullopt when there is no weekly cap), visits.
struct CreditLeft {
    Money month_credit;             ///< monthly credit + carry-over
    Money month_left;
    std::optional<Money> week_left;
    int visits_left_week = 0;
    int visits_left_month = 0;
    int visits_left() const { return visits_left_week < visits_left_month ? visits_left_week : visits_left_month; }
};

CreditLeft credit_left(const CreditRules&, int uc_tenths, const CreditUsage&);

/// A per-product or per-category limit, in the product's unit (pieces or grams).
struct QuotaLimit {
    std::optional<std::int64_t> per_visit;
    std::optional<std::int64_t> per_month;
};

/// A line already in the basket, or the candidate line.
struct BasketLine {
    std::int64_t product_id = 0;
    std::optional<std::int64_t> category_id;
    std::int64_t quantity = 0;      ///< pieces, or grams for weighed products
    Money value;                    ///< retail value of the line
    bool counts_against_credit = true;  ///< false for FSE+ lots unless the barème says otherwise
};

/// Everything the line check needs besides the basket.
struct QuotaContext {
    const CreditRules* rules = nullptr;
    int uc_tenths = 10;
    CreditUsage usage;
    std::map<std::int64_t, QuotaLimit> product_limits;
    std::map<std::int64_t, QuotaLimit> category_limits;
    std::map<std::int64_t, std::int64_t> product_taken_this_month;   ///< before this visit
    std::map<std::int64_t, std::int64_t> category_taken_this_month;
};

enum class LineRefusal {
    None, CreditMonthExceeded, CreditWeekExceeded, ProductVisitLimit, ProductMonthLimit,
    CategoryVisitLimit, CategoryMonthLimit
};

struct LineCheck {
    LineRefusal refusal = LineRefusal::None;
    Money month_left_after;                 ///< credit left if the line is added (may be < 0 when refused)
    std::optional<Money> week_left_after;
    std::optional<std::int64_t> quantity_left;  ///< for a limit refusal: how many may still be taken
    std::optional<std::int64_t> limit;          ///< for a limit refusal: the limit, scaled by UC
    bool allowed() const { return refusal == LineRefusal::None; }
};

/// May `candidate` be added to `basket`? Checks credit (month then week) and every limit that
/// applies (product then category, visit then month). Limits are scaled by UC, rounded up,
/// when the barème says so.
LineCheck check_line(const BasketLine& candidate, const std::vector<BasketLine>& basket, const QuotaContext&);

std::string to_code(LineRefusal);
/// "Crédit du mois dépassé", "Limite par passage atteinte pour ce produit"...
std::string label_of(LineRefusal);

} // namespace cabas::core
