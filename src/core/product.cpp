// Products: the codes of sale units and the retail value of a line.
#include "core/product.hpp"

#include "core/enum_codes.hpp"

namespace cabas::core {

namespace {
constexpr std::array<std::pair<SaleUnit, const char*>, 2> sale_unit_codes{{
    {SaleUnit::Piece, "piece"}, {SaleUnit::Weight, "poids"}}};
} // namespace

std::string to_code(SaleUnit v) { return detail::code_of(sale_unit_codes, v); }
std::optional<SaleUnit> sale_unit_from_code(std::string_view s) { return detail::parse_code(sale_unit_codes, s); }

Money line_value(const Product& product, std::int64_t quantity) {
    // A weighed line is rounded once, here, half-up to the cent; a piece line needs no rounding.
    if (product.unit == SaleUnit::Weight) return price_by_weight(product.retail_value, quantity);
    return product.retail_value.times(quantity);
}

} // namespace cabas::core
