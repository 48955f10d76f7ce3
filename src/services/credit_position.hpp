// A household's credit usage on a day with its carry-over worked out by the core rule
// (core/carry_over.hpp): what the card check, the receipt and the household's view start from,
// so that the three show the same credit left.
#pragma once

#include "core/access.hpp"
#include "core/bareme.hpp"
#include "core/credit.hpp"

#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services {

/// The stored usage of `on`'s month and week for the sales code, with `carried_over` set from the
/// previous month's usage and the household's rights on its last day.
core::CreditUsage credit_usage_on(storage::Store&, const core::Bareme&, const std::string& sales_code, int uc_tenths,
                                  const std::vector<core::AccessPeriod>& periods, core::Date on);

} // namespace cabas::services
