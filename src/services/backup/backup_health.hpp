// How the automatic backups are doing, in one line for the admin: the folder as it is now,
// and what the last attempts left in the settings. The judgement is a pure function, so every
// state is table-tested without a real full disk.
#pragma once

#include <cstdint>
#include <ctime>
#include <string>

namespace cabas::services::backup {

/// The backup folder as the system sees it now.
struct FolderState {
    enum class Problem { None, Missing, NotAFolder, NotWritable, Full } problem = Problem::None;
    std::uintmax_t available_bytes = 0;
    std::uintmax_t needed_bytes = 0;   ///< what the next backup is expected to take
};

/// Looks at `folder`: exists, is a folder, may be written by this process, and has at least
/// `needed_bytes` free.
FolderState probe_folder(const std::string& folder, std::uintmax_t needed_bytes);

/// What the automatic backups left in the settings (UTC timestamps, empty when never).
struct BackupRecord {
    std::string folder;
    std::string last_success_at;
    std::string last_success_file;
    std::string last_failure_at;
    std::string last_failure_reason;
};

/// Off: no folder chosen. Ok: a backup within 2 days. Late (amber): none for more than 48
/// hours, none yet, or the last attempt failed. Failing (red): the folder is missing, not a
/// folder, not writable or full, whatever the last backup.
enum class BackupAlert { Off, Ok, Late, Failing };

struct BackupHealth {
    BackupAlert alert = BackupAlert::Off;
    std::string text;   ///< one or two sentences in the process language: "Dernière sauvegarde : mardi 1 décembre à 18 h 02"
};

inline constexpr std::time_t kBackupLateAfterSeconds = 2 * 24 * 3600;

BackupHealth assess_backups(const BackupRecord&, const FolderState&, std::time_t now);

/// "mardi 1 décembre à 18 h 02" ("Tuesday 1 December at 18:02" in English), local time; the year
/// is added when it is not `now`'s.
std::string moment_text(std::time_t moment, std::time_t now);

/// "le dossier « /media/cle » n'existe pas (support débranché ?)", empty for Problem::None.
std::string folder_problem_text(const std::string& folder, const FolderState&);

} // namespace cabas::services::backup
