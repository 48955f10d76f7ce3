// Small builders shared by the storage tests: a minimal household, a product, a till session.
#pragma once

#include "storage/sqlite_repositories.hpp"

#include <string>

namespace cabas::storage::testing {

/// A one-person household with a fixed sales code; returns its id.
inline std::int64_t add_household(Store& store, const std::string& file_number, const std::string& sales_code = {}) {
    core::HouseholdFile f;
    f.file_number = file_number;
    f.sales_code = sales_code;
    f.composition.members = {{"Jeanne", "Petit", core::Date::from_ymd(1960, 4, 1), core::Sex::Female,
                              core::Relationship::Applicant, false}};
    f.referral = core::Referral{core::Date::from_ymd(2026, 1, 5), "CCAS — Mme Durand", ""};
    return store.households().add(f);
}

/// A piece product worth `cents`, with optional category and barcode; returns its id.
inline std::int64_t add_product(Store& store, const std::string& name, std::int64_t cents,
                                std::int64_t category_id = 0, const std::string& barcode = {}) {
    core::Product p;
    p.name = name;
    p.retail_value = core::Money::from_cents(cents);
    p.category_id = category_id;
    if (!barcode.empty()) p.barcodes = {barcode};
    return store.catalogue().add_product(p);
}

} // namespace cabas::storage::testing
