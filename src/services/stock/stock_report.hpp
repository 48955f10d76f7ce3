// Builds the stock report model of a month from the lots and their movements.
#pragma once

#include "services/access_control.hpp"
#include "core/date.hpp"
#include "reports/stock_report_model.hpp"

#include <string>

namespace cabas::storage { class Store; }
namespace cabas::services { class Clock; }

namespace cabas::services::stock {

/// The month containing `month` (any day of it). Stock figures are taken at the end of the
/// month, or today for the current month; a month still to come is refused (ValidationError).
reports::StockReportModel build_stock_report(storage::Store&, const LoggedUser& by, core::Date month, const Clock&);

/// "2026-11" -> 1 Nov 2026; ValidationError for anything else.
core::Date parse_month(const std::string& text);

} // namespace cabas::services::stock
