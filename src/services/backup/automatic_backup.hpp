// Backups that run themselves: at each till session close, once a day while the back office
// is open, and from `cabas-cli backup --auto` (cron). Each goes through the checked backup
// (backup_service.hpp) into the folder an admin chose (settings key backup.folder), named
// cabas-AAAA-MM-JJ-HHMM.db (.dump on a server), then rotation (backup_rotation.hpp) prunes
// our own older files. What happened is kept in the settings (backup.last_*), logged in the
// access log, and never thrown at the caller: a failed backup must not undo or block a close.
#pragma once

#include "services/access_control.hpp"
#include "services/backup/backup_health.hpp"
#include "services/backup/backup_service.hpp"

#include <functional>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }
namespace cabas::services { class Clock; }

namespace cabas::services::backup {

enum class BackupTrigger { SessionClose, Daily, CommandLine };

struct AutomaticBackupOutcome {
    bool attempted = false;              ///< false: no folder chosen, automatic backups are off
    bool written = false;
    std::string file;                    ///< the backup written (full path)
    std::string failure;                 ///< French, why nothing was written
    std::vector<std::string> deleted;    ///< file names rotation removed
};

/// The two things an automatic backup does to the outside world, replaceable in tests (a full
/// disk cannot be made on demand without root).
struct BackupEnvironment {
    std::function<FolderState(const std::string& folder, std::uintmax_t needed_bytes)> probe = probe_folder;
    std::function<BackupOutcome(storage::Store&, const std::string& database, const std::string& destination)> write =
        [](storage::Store& store, const std::string& database, const std::string& destination) {
            return write_checked_backup(store, database, destination, true);
        };
};

/// Makes the automatic backup now, for `by` (RunAutomaticBackup: every role, see
/// access_control.cpp), and rotates the folder. Throws only PermissionDenied; every other
/// failure is in the outcome, recorded and logged. A name already taken (two backups in one
/// minute) is replaced by the newer checked copy.
AutomaticBackupOutcome run_automatic_backup(storage::Store&, const Clock&, const LoggedUser& by, BackupTrigger,
                                            const BackupEnvironment& = {});

/// True when a folder is chosen, no automatic backup succeeded on the clock's local day, and
/// the last failure (if any) is more than an hour old: the back office's daily timer asks this.
bool daily_backup_due(storage::Store&, const Clock&);

/// The settings' record of the automatic backups.
BackupRecord backup_record(storage::Store&);

/// The admin's line (backup_health.hpp), for `by` who may back up (PermissionDenied
/// otherwise: the line names the folder).
BackupHealth backup_health(storage::Store&, const Clock&, const LoggedUser& by, const BackupEnvironment& = {});

} // namespace cabas::services::backup
