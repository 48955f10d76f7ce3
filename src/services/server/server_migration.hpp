// Moving an épicerie from its SQLite file to the PostgreSQL server (`cabas-cli migrate`): the
// whole database copied in one transaction of the server, the journal checked there before the
// copy commits, and this computer's anchor set for the server database.
#pragma once

#include "services/access_control.hpp"
#include "storage/server_copy.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services::server {

struct MigrationOutcome {
    std::vector<storage::TableRows> tables;  ///< rows copied per table, in copy order
    std::int64_t rows = 0;                   ///< their sum
    std::int64_t journal_records = 0;        ///< records of the target's journal, all verified
    std::string journal_head;                ///< the head's hash, the same on both sides
    std::string target;                      ///< the server database, as messages show it
};

/// Copies the épicerie of `source` (an SQLite store, open and so at the current schema version)
/// into the server database `target_uri`, for `by`, who must be allowed to back up (the copy
/// holds every personal datum; PermissionDenied, logged in the source, otherwise).
///
/// A source that fails its integrity check or whose journal does not verify is refused
/// (ValidationError) before anything is written. The target's schema must exist (`cabas-cli server setup` creates it); when it holds no
/// Cabas tables yet they are created at the current version first. A target that already
/// holds data is refused (ValidationError naming the tables and their rows) and left as it
/// was. Then storage::copy_sqlite_to_server, whose transaction commits only when the copied
/// journal verifies on the server (chain, every sale and session against its record,
/// signatures) and ends on the same record as the file's; otherwise StorageError and the
/// target stays empty. After the commit, this computer's anchor for the server database stands
/// at the copied head, as after a restore, its key for it is the file's key when it had none
/// (its Z tickets keep their fingerprint), and the file records where its épicerie went
/// (database_move.hpp: a till started on the file opens the server instead).
MigrationOutcome migrate_to_server(storage::Store& source, const LoggedUser& by, const std::string& target_uri);

} // namespace cabas::services::server
