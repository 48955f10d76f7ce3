// Shared by the stock commands of cabas-cli: who is acting (a manager or admin, by --user and
// --pin), reading an origin and a lot reference, and French quantities.
#pragma once

#include "core/pricing.hpp"
#include "core/product.hpp"
#include "services/access_control.hpp"

#include <cstdint>
#include <optional>
#include <set>
#include <string>

namespace cabas::cli {

class Arguments;
class CommandContext;

/// The options every stock command takes besides its own.
std::set<std::string> stock_options(std::set<std::string> own);

/// Who runs a stock command (--user/--pin): see logged_in_user. The stock services refuse a role
/// that may not manage the stock.
services::LoggedUser stock_user(CommandContext&, const Arguments&);

/// "fse", "FSE+", "banque_alimentaire", "ba", "achat", "don", "collecte", "ramasse".
core::Origin parse_origin(const std::string& text);

/// One lot from a supplier lot code or "#N"; ValidationError when none or several match.
std::int64_t resolve_lot(CommandContext&, const services::LoggedUser& by, const std::string& text);

/// `products families ...` (command_product_families.cpp), reached through `products`.
int run_product_families(CommandContext&);

/// "12" pieces or "1,250 kg".
std::string quantity_text(core::SaleUnit, std::int64_t quantity);

} // namespace cabas::cli
