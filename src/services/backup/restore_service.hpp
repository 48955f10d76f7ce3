// Restoring a backup over the database in use: the file is checked first, the current
// database is kept aside, and the swap itself is one SQLite transaction, so a restore either
// happens whole or leaves everything as it was.
#pragma once

#include "services/access_control.hpp"

#include <cstdint>
#include <string>

namespace cabas::storage { class Store; }

namespace cabas::services::backup {

struct RestoreOutcome {
    bool restored = false;
    std::string refusal;              ///< why nothing changed (a till session is open)
    std::string set_aside;            ///< where the previous database was kept
    int schema_version = 0;           ///< of the restored file, before migrations
    std::int64_t journal_records = 0;
};

/// The name the previous database is kept under: "cabas.db.avant-restauration-20261123-140205"
/// (UTC time of `now_utc`, "2026-11-23T14:02:05Z").
std::string set_aside_name(const std::string& database_path, const std::string& now_utc);

/// Replaces the database `store` has open (at `database_path`) with `backup_file`, for `user`:
/// 1. the user's role must have Capability::Restore (PermissionDenied, logged);
/// 2. the file must be a sound Cabas database whose journal verifies and whose schema is not
///    newer (ValidationError naming the file and the first problem);
/// 3. no till session may be open (refusal: restoring would pull the sales from under a till);
/// 4. the current database is copied aside, 0600, under set_aside_name();
/// 5. the content is swapped in one transaction, older schemas migrated, and the restore
///    written to the (restored) access log.
RestoreOutcome restore_database(storage::Store& store, const std::string& database_path,
                                const std::string& backup_file, const LoggedUser& user,
                                const std::string& now_utc);

} // namespace cabas::services::backup
