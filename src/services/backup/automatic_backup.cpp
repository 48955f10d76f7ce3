// The automatic backup: folder check, checked copy, record, log, rotation (see
// automatic_backup.hpp).
#include "services/backup/automatic_backup.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/backup/backup_log_texts.hpp"
#include "services/backup/backup_rotation.hpp"
#include "services/clock.hpp"
#include "services/settings_keys.hpp"
#include "storage/store.hpp"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <system_error>

namespace cabas::services::backup {

namespace {

namespace fs = std::filesystem;

constexpr int kSqliteFull = 13;                       // SQLITE_FULL
constexpr std::time_t kRetryAfterFailureSeconds = 3600;

std::string setting(storage::Store& store, const char* key) { return store.settings().get(key).value_or(""); }

BackupStamp local_stamp(std::time_t moment) {
    std::tm local{};
    localtime_r(&moment, &local);
    return BackupStamp{core::Date::from_ymd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                                            static_cast<unsigned>(local.tm_mday)),
                       local.tm_hour * 60 + local.tm_min};
}

/// Our own backups in `folder`, by stamp.
std::vector<BackupStamp> our_backups(const std::string& folder, const std::string& extension) {
    std::vector<BackupStamp> found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        if (!entry.is_regular_file(ec)) continue;
        if (auto stamp = parse_automatic_backup_name(entry.path().filename().string(), extension)) found.push_back(*stamp);
    }
    return found;
}

/// What the copy will take: the database file and its WAL, or (a server) our last dump.
std::uintmax_t expected_size(storage::Store& store, const std::string& folder, const std::string& extension) {
    std::error_code ec;
    const std::string database = store.location();
    if (!storage::is_server_location(database)) {
        std::uintmax_t size = fs::file_size(database, ec);
        if (ec) size = 0;
        const std::uintmax_t wal = fs::file_size(database + "-wal", ec);
        return size + (ec ? 0 : wal);
    }
    const auto existing = our_backups(folder, extension);
    if (existing.empty()) return 0;
    const auto newest = *std::max_element(existing.begin(), existing.end());
    const std::uintmax_t size = fs::file_size(fs::path(folder) / automatic_backup_name(newest, extension), ec);
    return ec ? 0 : size;
}

bool disk_full(const std::error_code& code) { return code == std::errc::no_space_on_device || code.value() == EDQUOT; }

/// Writes the record and the log line of one attempt in one transaction.
void record(storage::Store& store, const Clock& clock, const LoggedUser& by, BackupTrigger trigger,
            const AutomaticBackupOutcome& outcome) {
    const std::string now = clock.now_utc();
    store.transaction([&] {
        if (outcome.written) {
            store.settings().set(keys::backup_last_success_at, now);
            store.settings().set(keys::backup_last_success_file, outcome.file);
            store.access_log().append(by.login, "backup_auto", std::nullopt,
                                      log_text::written(trigger, outcome.file), now);
        } else {
            store.settings().set(keys::backup_last_failure_at, now);
            store.settings().set(keys::backup_last_failure_reason, outcome.failure);
            store.access_log().append(by.login, "backup_auto_failed", std::nullopt, log_text::failed(trigger, outcome.failure),
                                      now);
        }
    });
}

void rotate(const std::string& folder, const std::string& extension, const BackupStamp& written,
            AutomaticBackupOutcome& outcome) {
    for (const BackupStamp& stamp : backups_to_delete(our_backups(folder, extension), written)) {
        const std::string name = automatic_backup_name(stamp, extension);
        std::error_code ec;
        if (fs::remove(fs::path(folder) / name, ec)) outcome.deleted.push_back(name);
    }
}

/// The copy itself; every failure becomes a French reason.
void write_copy(storage::Store& store, const std::string& folder, const BackupEnvironment& environment,
                AutomaticBackupOutcome& outcome) {
    try {
        const BackupOutcome written = environment.write(store, store.location(), outcome.file);
        if (written.written) outcome.written = true;
        else outcome.failure = written.refusal;
    } catch (const StorageError& e) {
        outcome.failure = e.sqlite_code() == kSqliteFull
                              ? core::tr("le disque du dossier « {0} » est plein", folder)
                              : std::string(e.what());
    } catch (const std::system_error& e) {
        outcome.failure = disk_full(e.code()) ? core::tr("le disque du dossier « {0} » est plein", folder)
                                              : std::string(e.what());
    } catch (const std::exception& e) {
        outcome.failure = e.what();
    }
}

} // namespace

BackupRecord backup_record(storage::Store& store) {
    return BackupRecord{setting(store, keys::backup_folder), setting(store, keys::backup_last_success_at),
                        setting(store, keys::backup_last_success_file), setting(store, keys::backup_last_failure_at),
                        setting(store, keys::backup_last_failure_reason)};
}

AutomaticBackupOutcome run_automatic_backup(storage::Store& store, const Clock& clock, const LoggedUser& by,
                                            BackupTrigger trigger, const BackupEnvironment& environment) {
    require(store, by, Capability::RunAutomaticBackup);
    AutomaticBackupOutcome outcome;
    const std::string folder = setting(store, keys::backup_folder);
    if (folder.empty()) return outcome;
    outcome.attempted = true;
    const std::string extension = backup_extension(storage::is_server_location(store.location()));
    const FolderState state = environment.probe(folder, expected_size(store, folder, extension));
    const BackupStamp stamp = local_stamp(parse_utc_timestamp(clock.now_utc()));
    outcome.file = (fs::path(folder) / automatic_backup_name(stamp, extension)).string();
    if (state.problem != FolderState::Problem::None) outcome.failure = folder_problem_text(folder, state);
    else write_copy(store, folder, environment, outcome);
    if (!outcome.written) outcome.file.clear();
    try {
        record(store, clock, by, trigger, outcome);
    } catch (const std::exception& e) {
        // The copy exists or not whatever the record says; a database that cannot take two
        // settings now is said with the outcome rather than thrown at a closing till.
        if (outcome.failure.empty()) outcome.failure = core::tr("sauvegarde écrite, mais non notée : {0}", e.what());
    }
    if (outcome.written) rotate(folder, extension, stamp, outcome);
    return outcome;
}

bool daily_backup_due(storage::Store& store, const Clock& clock) {
    const BackupRecord record = backup_record(store);
    if (record.folder.empty()) return false;
    const std::time_t now = parse_utc_timestamp(clock.now_utc());
    if (!record.last_success_at.empty() &&
        local_stamp(parse_utc_timestamp(record.last_success_at)).day >= local_stamp(now).day)
        return false;
    return record.last_failure_at.empty() ||
           now - parse_utc_timestamp(record.last_failure_at) > kRetryAfterFailureSeconds;
}

BackupHealth backup_health(storage::Store& store, const Clock& clock, const LoggedUser& by,
                           const BackupEnvironment& environment) {
    require(store, by, Capability::BackUp);
    const BackupRecord record = backup_record(store);
    FolderState state;
    if (!record.folder.empty()) {
        const std::string extension = backup_extension(storage::is_server_location(store.location()));
        state = environment.probe(record.folder, expected_size(store, record.folder, extension));
    }
    return assess_backups(record, state, parse_utc_timestamp(clock.now_utc()));
}

} // namespace cabas::services::backup
