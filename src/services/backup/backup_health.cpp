// The backup folder as it is, and the admin's line about the backups (see backup_health.hpp).
#include "services/backup/backup_health.hpp"

#include "services/clock.hpp"

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <sys/statvfs.h>
#include <unistd.h>

namespace cabas::services::backup {

namespace {

std::string megabytes(std::uintmax_t bytes) {
    return std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024)) + " Mo";
}

std::tm local(std::time_t moment) {
    std::tm tm{};
    localtime_r(&moment, &tm);
    return tm;
}

} // namespace

FolderState probe_folder(const std::string& folder, std::uintmax_t needed_bytes) {
    namespace fs = std::filesystem;
    FolderState state;
    state.needed_bytes = needed_bytes;
    std::error_code ec;
    const auto status = fs::status(folder, ec);
    if (!fs::exists(status)) state.problem = FolderState::Problem::Missing;
    else if (!fs::is_directory(status)) state.problem = FolderState::Problem::NotAFolder;
    else if (::access(folder.c_str(), W_OK | X_OK) != 0) state.problem = FolderState::Problem::NotWritable;
    if (state.problem != FolderState::Problem::None) return state;
    struct statvfs disk{};
    if (::statvfs(folder.c_str(), &disk) == 0) {
        state.available_bytes = static_cast<std::uintmax_t>(disk.f_bavail) * disk.f_frsize;
        if (disk.f_flag & ST_RDONLY) state.problem = FolderState::Problem::NotWritable;
        else if (state.available_bytes < needed_bytes) state.problem = FolderState::Problem::Full;
    }
    return state;
}

std::string french_moment(std::time_t moment, std::time_t now) {
    static const char* const days[] = {"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"};
    static const char* const months[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                         "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
    const std::tm at = local(moment);
    const std::tm today = local(now);
    std::string text = std::string(days[at.tm_wday]) + " " + std::to_string(at.tm_mday) + " " + months[at.tm_mon];
    if (at.tm_year != today.tm_year) text += " " + std::to_string(at.tm_year + 1900);
    char time[16];
    std::snprintf(time, sizeof time, " à %d h %02d", at.tm_hour, at.tm_min);
    return text + time;
}

std::string folder_problem_text(const std::string& folder, const FolderState& state) {
    const std::string named = "le dossier « " + folder + " »";
    switch (state.problem) {
    case FolderState::Problem::None: return {};
    case FolderState::Problem::Missing: return named + " n'existe pas (disque ou clé USB débranché ?)";
    case FolderState::Problem::NotAFolder: return named + " n'est pas un dossier";
    case FolderState::Problem::NotWritable: return "impossible d'écrire dans " + named + " (droits ou support protégé)";
    case FolderState::Problem::Full:
        return "le disque du dossier « " + folder + " » est plein (" + megabytes(state.available_bytes) + " libres, il en faut " +
               megabytes(state.needed_bytes) + ")";
    }
    return {};
}

BackupHealth assess_backups(const BackupRecord& record, const FolderState& folder, std::time_t now) {
    BackupHealth health;
    if (record.folder.empty()) {
        health.text = "Sauvegardes automatiques désactivées : aucun dossier choisi (Paramètres, « Sauvegardes auto. »).";
        return health;
    }
    const bool succeeded = !record.last_success_at.empty();
    const std::time_t success = succeeded ? parse_utc_timestamp(record.last_success_at) : 0;
    const bool failed_since = !record.last_failure_at.empty() &&
                              (!succeeded || parse_utc_timestamp(record.last_failure_at) > success);
    health.text = succeeded ? "Dernière sauvegarde : " + french_moment(success, now)
                            : std::string("Aucune sauvegarde automatique réussie pour l'instant");
    if (folder.problem != FolderState::Problem::None) {
        health.alert = BackupAlert::Failing;
        std::string problem = folder_problem_text(record.folder, folder);
        problem[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(problem[0])));
        health.text += ". " + problem + ".";
        return health;
    }
    const bool late = !succeeded || now - success > kBackupLateAfterSeconds;
    health.alert = late || failed_since ? BackupAlert::Late : BackupAlert::Ok;
    if (succeeded && late) health.text += ", il y a " + std::to_string((now - success) / (24 * 3600)) + " jours";
    if (failed_since) health.text += ". La dernière tentative a échoué : " + record.last_failure_reason;
    health.text += ".";
    return health;
}

} // namespace cabas::services::backup
