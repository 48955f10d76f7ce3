// The numbered schema migrations of the Cabas database. Version N's SQL turns a version N-1
// file into version N; Database applies the missing ones at open, each in its own transaction.
#pragma once

#include <string_view>
#include <vector>

namespace cabas::storage {

struct Migration {
    int version;                   ///< 1, 2, 3... without gaps
    std::string_view description;
    std::string_view sql;          ///< one or more statements; must not BEGIN/COMMIT itself
};

/// Every migration, ascending by version.
const std::vector<Migration>& migrations();

/// The schema version this program writes (the last migration's version).
int latest_schema_version();

} // namespace cabas::storage
