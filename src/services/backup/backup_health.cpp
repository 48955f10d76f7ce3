// The backup folder as it is, and the admin's line about the backups (see backup_health.hpp).
#include "services/backup/backup_health.hpp"

#include "core/messages.hpp"
#include "services/clock.hpp"

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <sys/statvfs.h>
#include <unistd.h>

namespace cabas::services::backup {

namespace {

std::string megabytes(std::uintmax_t bytes) {
    return core::tr("{0} Mo", (bytes + 1024 * 1024 - 1) / (1024 * 1024));
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

std::string moment_text(std::time_t moment, std::time_t now) {
    static const char* const days[] = {core::to_translate("dimanche"), core::to_translate("lundi"),
                                       core::to_translate("mardi"),    core::to_translate("mercredi"),
                                       core::to_translate("jeudi"),    core::to_translate("vendredi"),
                                       core::to_translate("samedi")};
    static const char* const months[] = {core::to_translate("janvier"),   core::to_translate("février"),
                                         core::to_translate("mars"),      core::to_translate("avril"),
                                         core::to_translate("mai"),       core::to_translate("juin"),
                                         core::to_translate("juillet"),   core::to_translate("août"),
                                         core::to_translate("septembre"), core::to_translate("octobre"),
                                         core::to_translate("novembre"),  core::to_translate("décembre")};
    const std::tm at = local(moment);
    const std::tm today = local(now);
    const std::string day = core::tr(days[at.tm_wday]), month = core::tr(months[at.tm_mon]);
    const std::string date = at.tm_year != today.tm_year
                                 ? core::tr("{0} {1} {2} {3}", day, at.tm_mday, month, at.tm_year + 1900)
                                 : core::tr("{0} {1} {2}", day, at.tm_mday, month);
    char minutes[8];
    std::snprintf(minutes, sizeof minutes, "%02d", at.tm_min);
    return core::tr("{0} à {1} h {2}", date, at.tm_hour, minutes);
}

std::string folder_problem_text(const std::string& folder, const FolderState& state) {
    switch (state.problem) {
    case FolderState::Problem::None: return {};
    case FolderState::Problem::Missing:
        return core::tr("le dossier « {0} » n'existe pas (disque ou clé USB débranché ?)", folder);
    case FolderState::Problem::NotAFolder: return core::tr("le dossier « {0} » n'est pas un dossier", folder);
    case FolderState::Problem::NotWritable:
        return core::tr("impossible d'écrire dans le dossier « {0} » (droits ou support protégé)", folder);
    case FolderState::Problem::Full:
        return core::tr("le disque du dossier « {0} » est plein ({1} libres, il en faut {2})", folder,
                        megabytes(state.available_bytes), megabytes(state.needed_bytes));
    }
    return {};
}

BackupHealth assess_backups(const BackupRecord& record, const FolderState& folder, std::time_t now) {
    BackupHealth health;
    if (record.folder.empty()) {
        health.text = core::tr("Sauvegardes automatiques désactivées : aucun dossier choisi (Paramètres, « Sauvegardes auto. »).");
        return health;
    }
    const bool succeeded = !record.last_success_at.empty();
    const std::time_t success = succeeded ? parse_utc_timestamp(record.last_success_at) : 0;
    const bool failed_since = !record.last_failure_at.empty() &&
                              (!succeeded || parse_utc_timestamp(record.last_failure_at) > success);
    health.text = succeeded ? core::tr("Dernière sauvegarde : {0}", moment_text(success, now))
                            : core::tr("Aucune sauvegarde automatique réussie pour l'instant");
    if (folder.problem != FolderState::Problem::None) {
        health.alert = BackupAlert::Failing;
        std::string problem = folder_problem_text(record.folder, folder);
        problem[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(problem[0])));
        health.text += ". " + problem + ".";
        return health;
    }
    const bool late = !succeeded || now - success > kBackupLateAfterSeconds;
    health.alert = late || failed_since ? BackupAlert::Late : BackupAlert::Ok;
    if (succeeded && late) health.text = core::tr("{0}, il y a {1} jours", health.text, (now - success) / (24 * 3600));
    if (failed_since) health.text = core::tr("{0}. La dernière tentative a échoué : {1}", health.text, record.last_failure_reason);
    health.text += ".";
    return health;
}

} // namespace cabas::services::backup
