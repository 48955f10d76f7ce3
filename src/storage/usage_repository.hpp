// What a household has already taken: credit used this month and week, visits, quantities per
// product and category this month. Read from the stored sales by the household's sales code.
#pragma once

#include "core/credit.hpp"
#include "core/date.hpp"

#include <cstdint>
#include <map>
#include <string>

namespace cabas::storage {

/// Counting rules: only sales that no later sale corrects (see SaleRecord); credit counts the
/// retail value of lines marked counts_against_credit; a visit is a sale with at least one line.
/// Periods are the calendar month of `on` and its Monday-to-Sunday week, compared on the UTC
/// sale timestamps (an épicerie is not open around midnight, where the two could differ).
class UsageRepository {
public:
    virtual ~UsageRepository() = default;

    /// carried_over is left at 0: the services compute it from the barème.
    virtual core::CreditUsage credit_usage(const std::string& household_code, core::Date on) = 0;
    /// product_id → quantity (pieces or grams) taken in the calendar month of `on`.
    virtual std::map<std::int64_t, std::int64_t> product_taken_this_month(const std::string& household_code,
                                                                          core::Date on) = 0;
    /// category_id → quantity taken in the month, through the products' current category.
    virtual std::map<std::int64_t, std::int64_t> category_taken_this_month(const std::string& household_code,
                                                                           core::Date on) = 0;
};

} // namespace cabas::storage
