// The catalogue as the manager works on it: a searchable list with stock on hand, saving a
// product after checking its barcodes, and the products CSV export (the import's own format).
#pragma once

#include "services/access_control.hpp"
#include "core/product.hpp"

#include <optional>

#include <cstdint>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services::stock {

/// One row of the products list.
struct ProductRow {
    core::Product product;
    std::string category_name;              ///< empty when the product has no category
    std::int64_t on_hand = 0;               ///< pieces or grams, sum of the lots' movements
};

/// Products whose name contains `search` (case and accents ignored) or one of whose barcodes
/// starts with it; every product for an empty search. Ordered by name.
std::vector<ProductRow> list_products(storage::Store&, const LoggedUser& by, const std::string& search, bool include_inactive = false);

/// Adds (id 0) or updates a product. Each barcode must be a valid EAN-13, EAN-8 or UPC-A;
/// a barcode held by another product is refused naming that product. ValidationError, nothing
/// written, on any problem. Returns the product id.
std::int64_t save_product(storage::Store&, const LoggedUser& by, const core::Product& product);

/// Every category, by name (the product and inventory forms' choices).
std::vector<core::Category> categories(storage::Store&, const LoggedUser& by);
/// One product by id, or by one of its barcodes (a scan in the reception or loss screens).
std::optional<core::Product> product(storage::Store&, const LoggedUser& by, std::int64_t product_id);
std::optional<core::Product> product_by_barcode(storage::Store&, const LoggedUser& by, const std::string& barcode);

/// "0,95 €" per piece or "2,40 €/kg"; quantities as "12" or "1,250 kg".
std::string quantity_label(core::SaleUnit unit, std::int64_t quantity);

/// Every product (inactive ones included) as a products CSV that import_products reads back:
/// UTF-8, ';' separated, French amounts, barcodes separated by " | ".
std::string export_products_csv(storage::Store&, const LoggedUser& by);

} // namespace cabas::services::stock
