// Products and categories as the catalogue holds them.
#pragma once

#include "core/credit.hpp"
#include "core/money.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cabas::core {

enum class SaleUnit { Piece, Weight };   ///< Weight: value is per kg, quantities in grams

struct Category {
    std::int64_t id = 0;
    std::string code;                    ///< "epicerie", "frais", "hygiene"...
    std::string name;                    ///< "Épicerie sèche"
    std::optional<Rate> rate;            ///< replaces the household rate for this category
    QuotaLimit limit;
};

struct Product {
    std::int64_t id = 0;
    std::string name;
    std::int64_t category_id = 0;
    SaleUnit unit = SaleUnit::Piece;
    Money retail_value;                  ///< per piece, or per kg for Weight
    std::vector<std::string> barcodes;   ///< EAN-13 / EAN-8 / UPC-A, each unique in the catalogue
    bool always_free = false;
    QuotaLimit limit;
    std::int64_t low_stock_threshold = 0;  ///< pieces or grams; 0 = no alert
    std::int64_t net_grams = 0;            ///< weight of one piece, for kg figures (0 = unknown)
    bool active = true;
};

std::string to_code(SaleUnit);
std::optional<SaleUnit> sale_unit_from_code(std::string_view);

/// Retail value of `quantity` (pieces or grams) of a product.
Money line_value(const Product&, std::int64_t quantity);

} // namespace cabas::core
