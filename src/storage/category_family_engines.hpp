// The families' repository of each engine, for category_families(Store&) alone
// (category_family_store.cpp): storage-internal.
#pragma once

#include "storage/category_family_repository.hpp"

namespace cabas::storage {

class Database;
class PgDatabase;

std::unique_ptr<CategoryFamilyRepository> sqlite_category_families(Database& db);
std::unique_ptr<CategoryFamilyRepository> postgres_category_families(PgDatabase& db);

} // namespace cabas::storage
