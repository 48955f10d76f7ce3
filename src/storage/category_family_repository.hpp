// Storage of the food banks' families of the catalogue's categories (migration 14), and the goods
// a period distributed, summed by family. Kept out of store.hpp: the repository is asked of the
// store with category_families(store), over the same database, so its calls join
// store.transaction() like any other repository's.
#pragma once

#include "core/food_bank_family.hpp"
#include "core/money.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cabas::storage {

class Store;

/// One category's family.
struct CategoryFamilyRecord {
    std::int64_t category_id = 0;
    core::FoodBankFamily family;
};

/// Lines of the range's sales by family and sub-family of their product's category, counted as
/// ReportQueries::goods counts them (corrections when made): the same lines, grouped otherwise,
/// so the sums of a period equal those of goods(). `family` is nullopt for products without a
/// category or whose category has no family.
struct FamilyGoodsTotal {
    std::optional<core::FoodBankFamily> family;
    core::Money value;
    core::Money paid;
    std::int64_t grams = 0;                ///< weighed quantity, or pieces × net weight
    std::int64_t lines = 0;
};

class CategoryFamilyRepository {
public:
    virtual ~CategoryFamilyRepository() = default;

    /// Every category that has a family, by category id.
    virtual std::vector<CategoryFamilyRecord> all() = 0;
    virtual std::optional<core::FoodBankFamily> of(std::int64_t category_id) = 0;
    /// Files the category under `family` (replacing its previous one). ValidationError
    /// ("categorie") for an unknown category id; the family is stored as given.
    virtual void set(std::int64_t category_id, const core::FoodBankFamily& family) = 0;
    /// The category has no family any more (nothing happens when it had none).
    virtual void clear(std::int64_t category_id) = 0;
    /// The whole table becomes `records`, all or nothing: categories not listed lose their family.
    virtual void replace_all(const std::vector<CategoryFamilyRecord>& records) = 0;
    /// Sales of [from, until) (ISO dates), by family, then sub-family; the lines without family last.
    virtual std::vector<FamilyGoodsTotal> goods_by_family(const std::string& from, const std::string& until) = 0;
};

/// The families' repository of `store`'s database (SQLite or PostgreSQL). InternalError for a
/// Store that is neither (there are only the two engines).
std::unique_ptr<CategoryFamilyRepository> category_families(Store& store);

} // namespace cabas::storage
