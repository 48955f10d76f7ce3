// The names automatic backups are written under, and which of them rotation keeps.
#pragma once

#include "core/date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cabas::services::backup {

/// The local day and minute an automatic backup was written, as its name tells.
struct BackupStamp {
    core::Date day;
    int minutes = 0;   ///< since local midnight, 0..1439

    auto operator<=>(const BackupStamp&) const = default;
};

/// ".db" for a SQLite database, ".dump" for a server's (pg_dump's custom archive).
std::string backup_extension(bool server);

/// "cabas-2026-12-01-1802.db": our naming pattern, local date and time of the backup.
std::string automatic_backup_name(const BackupStamp& stamp, const std::string& extension);

/// The stamp of a file named exactly by our pattern with `extension`; nullopt for any other
/// name (another extension, a manual backup's name, an impossible date, a temporary file).
std::optional<BackupStamp> parse_automatic_backup_name(const std::string& file_name, const std::string& extension);

/// Rotation policy: keep the newest backup of each of the 7 most recent days that have one,
/// of each of the 4 most recent ISO weeks (Monday to Sunday) that have one, and of each of
/// the 12 most recent calendar months that have one; the union of the three is kept (at most
/// 23 files), everything else of our naming pattern is deleted, and `just_written` always
/// stays. Other files in the folder are never looked at.
///
/// Path not taken: windows counted back from today ("the last 7 calendar days"). An épicerie
/// closed for August would come back to a folder whose daily and weekly copies all fall out of
/// the windows at the first backup in September; counting periods that have a backup keeps
/// the same number of recent copies however long the pause, and never depends on the clock
/// being right, only on the names.
///
/// Returns the stamps to delete, oldest first.
std::vector<BackupStamp> backups_to_delete(const std::vector<BackupStamp>& existing, const BackupStamp& just_written);

inline constexpr int kDailyKept = 7;
inline constexpr int kWeeklyKept = 4;
inline constexpr int kMonthlyKept = 12;

} // namespace cabas::services::backup
