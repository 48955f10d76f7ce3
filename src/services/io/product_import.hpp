// Reading a products CSV (one row per product) into catalogue records, all or nothing.
// The format is documented for users in docs/import_formats.md.
#pragma once

#include "core/product.hpp"
#include "services/io/import_error.hpp"
#include "services/io/text_encoding.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabas::services::io {

/// One product read from the file. `product` has id 0 and category_id 0: storage resolves
/// `category_code` to an existing category or creates it, named `category_name` (the
/// categorie_libelle given on any row of that code; empty when none was given).
/// Quota limits and the alert threshold are in the product's unit: pieces, or grams for kg.
struct ImportedProduct {
    int line = 0;
    core::Product product;
    std::string category_code;   ///< normalised: lowercase ASCII, digits and '_'
    std::string category_name;
};

/// The outcome of an import: either products and no errors, or errors and no products.
struct ProductImport {
    std::vector<ImportedProduct> products;
    std::vector<ImportError> errors;        ///< sorted by line; file-level ones (line 0) first
    std::optional<TextEncoding> encoding;   ///< set whenever the bytes could be decoded
    bool ok() const { return errors.empty(); }
};

/// Parses a products file. Never throws for bad content; every problem is an ImportError,
/// including barcodes repeated within the file (the error names both lines).
ProductImport parse_products_csv(std::string_view bytes, const std::string& file_name);

/// The column names, in the order of the documentation and of a blank template.
const std::vector<std::string>& product_columns();

} // namespace cabas::services::io
