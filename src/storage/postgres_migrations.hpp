// The numbered schema migrations of a Cabas database on PostgreSQL: the same numbers and the
// same tables as the SQLite ones (migrations.hpp), written in PostgreSQL's own types.
#pragma once

#include "storage/migrations.hpp"

#include <vector>

namespace cabas::storage {

/// Every PostgreSQL migration, ascending; the same version numbers as migrations(), so one
/// schema version means the same tables on both engines.
const std::vector<Migration>& postgres_migrations();

} // namespace cabas::storage
