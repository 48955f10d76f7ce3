// Storage of the catalogue: categories, products and their barcodes.
#pragma once

#include "core/product.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cabas::storage {

class CatalogueRepository {
public:
    virtual ~CatalogueRepository() = default;

    /// ValidationError for an empty or taken code.
    virtual std::int64_t add_category(const core::Category& category) = 0;
    virtual std::vector<core::Category> categories() = 0;
    virtual std::optional<core::Category> find_category(const std::string& code) = 0;
    virtual std::optional<core::Category> get_category(std::int64_t id) = 0;

    /// Stores a product and its barcodes, all or nothing; returns its id. A barcode already held
    /// by another product is a ValidationError (field "barcodes") naming that product. A
    /// category_id of 0 means no category.
    virtual std::int64_t add_product(const core::Product& product) = 0;
    virtual std::optional<core::Product> get_product(std::int64_t id) = 0;
    virtual std::optional<core::Product> find_by_barcode(const std::string& code) = 0;
    /// Products by name; inactive ones only when asked.
    virtual std::vector<core::Product> products(bool include_inactive = false) = 0;
    /// Replaces product `product.id` and its barcode list. Same barcode rule as add_product.
    virtual void update_product(const core::Product& product) = 0;
    virtual std::int64_t product_count() = 0;
};

} // namespace cabas::storage
