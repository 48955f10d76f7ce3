// Backups nobody can mistake for a finished one: the copy is written beside its destination
// under a name that says it is unfinished, checked (integrity and journal), flushed to disk,
// and only then renamed into place. An interrupted backup leaves no file that looks like a
// backup; the next backup removes the leftovers of dead ones.
#pragma once

#include "services/access_control.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace cabas::storage { class Store; }

namespace cabas::services::backup {

/// The part of a temporary file's name that says it is not a backup yet:
/// "cabas-2026-11-23.db.sauvegarde-inachevee-poste1-4242" (host name, process id).
inline constexpr std::string_view kUnfinishedMarker = ".sauvegarde-inachevee-";

struct BackupOutcome {
    bool written = false;
    std::string refusal;              ///< why nothing was written (the copy failed its checks)
    std::int64_t journal_records = 0; ///< records of the copy, all verified
};

/// Copies the live database (the store opened on `database_path`) to `destination` (SQLite
/// online backup, safe while the till sells), 0600, for `by`, who must be allowed to back up
/// (PermissionDenied, logged, otherwise: the copy holds every personal datum). Throws ValidationError when
/// `destination` is the database itself, or exists and `replace` is false; StorageError when
/// the disk or the folder fails. A copy that fails PRAGMA integrity_check or the journal
/// verification is deleted and reported in `refusal`. On a server database (a postgresql://
/// `database_path`) the backup is a pg_dump archive (custom format, for pg_restore), written
/// only when the live database passes the same checks just before, and renamed into place only
/// once pg_restore can read it.
/// A written backup is logged as "database_backed_up" under `by`.
BackupOutcome back_up_database(storage::Store&, const LoggedUser& by, const std::string& database_path,
                               const std::string& destination, bool replace);

/// The same checked copy, without asking for a capability and without a log line: for the
/// automatic backup (automatic_backup.hpp), which asks its own capability and writes its own
/// log line. Nothing else calls it.
BackupOutcome write_checked_backup(storage::Store&, const std::string& database_path, const std::string& destination,
                                   bool replace);

/// True when `a` and `b` name the same file (symbolic links and "." resolved).
bool same_file(const std::string& a, const std::string& b);

/// Removes, in `folder`, the temporary files of backups whose process (on this computer) is
/// gone; returns how many. Backups in progress and files of other computers are left alone.
int remove_unfinished_backups(const std::string& folder);

} // namespace cabas::services::backup
