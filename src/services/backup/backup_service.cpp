// Write beside, check, flush, rename: the order that makes a backup appear whole or not at all.
#include "services/backup/backup_service.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/backup/database_check.hpp"
#include "services/till/journal.hpp"
#include "storage/private_file.hpp"
#include "storage/store.hpp"

#include <cerrno>
#include <csignal>
#include <filesystem>
#include <set>
#include <unistd.h>

namespace cabas::services::backup {

namespace {

namespace fs = std::filesystem;

std::string host_name() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0 || name[0] == '\0') return "poste";
    std::string host(name);
    for (char& c : host)
        if (c == '/' || c == '-') c = '_';  // '-' separates the host from the process id
    return host;
}

std::string temporary_name(const std::string& destination) {
    return destination + std::string(kUnfinishedMarker) + host_name() + "-" + std::to_string(::getpid());
}

bool process_is_gone(long pid) { return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH; }

/// SQLite's companions of a database file. The copy keeps the source's WAL mode, so checking it
/// creates -wal and -shm beside it: a kill during the check leaves them too.
constexpr std::string_view kCompanionSuffixes[] = {"-journal", "-wal", "-shm"};

void remove_with_journal(const fs::path& file) {
    std::error_code ec;
    fs::remove(file, ec);
    for (const auto suffix : kCompanionSuffixes) fs::remove(file.string() + std::string(suffix), ec);
}

/// "1234" or "1234-wal" (a companion left alone once its database was removed) → "1234".
std::string pid_part(std::string text) {
    for (const auto suffix : kCompanionSuffixes)
        if (text.size() > suffix.size() && text.ends_with(suffix)) return text.substr(0, text.size() - suffix.size());
    return text;
}

/// Renames the checked copy into place. Without `replace`, link() then unlink() so that an
/// existing destination is never overwritten, even by a backup started at the same moment.
void move_into_place(const std::string& from, const std::string& to, bool replace) {
    if (!replace) {
        if (::link(from.c_str(), to.c_str()) == 0) {
            ::unlink(from.c_str());
            return;
        }
        if (errno == EEXIST) throw ValidationError(to, core::tr("le fichier existe déjà (ajoutez --force pour le remplacer)"));
        // Filesystems without hard links (FAT, some shares): check, then rename.
        if (fs::exists(to)) throw ValidationError(to, core::tr("le fichier existe déjà (ajoutez --force pour le remplacer)"));
    }
    if (::rename(from.c_str(), to.c_str()) != 0)
        throw StorageError(core::tr("Impossible de mettre la sauvegarde en place « {0} »", to));
}

/// A server database: pg_dump's archive is not a database Cabas can open, so the checks run on
/// the live database just before the dump (integrity, then the journal), and the storage writes
/// the archive beside the destination, 0600, proves it readable with pg_restore --list and only
/// then renames it into place (PgDatabase::backup_to).
BackupOutcome back_up_server(storage::Store& store, const std::string& destination) {
    BackupOutcome outcome;
    if (const auto problems = store.integrity_check(storage::IntegrityLevel::Full); !problems.empty()) {
        outcome.refusal = core::tr("la base ne passe pas les contrôles ({0}) : aucune sauvegarde écrite", problems.front());
        return outcome;
    }
    const auto journal = till::verify_journal(store);
    if (!journal.ok) {
        outcome.refusal = core::tr("journal rompu à l'enregistrement n° {0} ({1}) : aucune sauvegarde écrite",
                                   journal.first_broken_sequence, journal.reason);
        return outcome;
    }
    store.backup_to(destination);
    outcome.journal_records = journal.records_checked;
    outcome.written = true;
    return outcome;
}

} // namespace

int remove_unfinished_backups(const std::string& folder) {
    const std::string mine = std::string(kUnfinishedMarker) + host_name() + "-";
    // Collected first: removing entries while the directory is being read may skip or repeat some.
    std::set<fs::path> dead_copies;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder.empty() ? "." : folder, ec)) {
        const std::string name = entry.path().filename().string();
        const auto at = name.find(mine);
        if (at == std::string::npos) continue;
        const std::string pid_text = pid_part(name.substr(at + mine.size()));
        if (pid_text.empty() || pid_text.size() > 9 || pid_text.find_first_not_of("0123456789") != std::string::npos)
            continue;
        if (!process_is_gone(std::stol(pid_text))) continue;
        dead_copies.insert(entry.path().parent_path() / (name.substr(0, at + mine.size()) + pid_text));
    }
    for (const auto& copy : dead_copies) remove_with_journal(copy);
    return static_cast<int>(dead_copies.size());
}

bool same_file(const std::string& a, const std::string& b) {
    std::error_code ec;
    if (fs::exists(a, ec) && fs::exists(b, ec)) return fs::equivalent(a, b, ec);
    return fs::weakly_canonical(fs::absolute(a), ec) == fs::weakly_canonical(fs::absolute(b), ec);
}

BackupOutcome back_up_database(storage::Store& store, const LoggedUser& by, const std::string& database_path,
                               const std::string& destination, bool replace) {
    require(store, by, Capability::BackUp);
    BackupOutcome outcome = write_checked_backup(store, database_path, destination, replace);
    // Logged once written: the copy carries every personal datum, so who took one and where to
    // is worth as much as who opened a file.
    if (outcome.written)
        store.access_log().append(by.login, "database_backed_up", std::nullopt, "vers « " + destination + " »");
    return outcome;
}

BackupOutcome write_checked_backup(storage::Store& store, const std::string& database_path,
                                   const std::string& destination, bool replace) {
    if (same_file(destination, database_path))
        throw ValidationError(destination, core::tr("la sauvegarde ne peut pas remplacer la base elle-même"));
    if (!replace && fs::exists(destination))
        throw ValidationError(destination, core::tr("le fichier existe déjà (ajoutez --force pour le remplacer)"));
    if (storage::is_server_location(database_path)) return back_up_server(store, destination);
    const fs::path folder = fs::absolute(destination).parent_path();
    remove_unfinished_backups(folder.string());

    const std::string temporary = temporary_name(destination);
    remove_with_journal(temporary);  // a leftover of an earlier process with our pid
    storage::create_private_file(temporary);
    BackupOutcome outcome;
    try {
        store.backup_to(temporary);
        const DatabaseFileCheck check = check_database_file(temporary);
        if (!check.sound) {
            remove_with_journal(temporary);
            outcome.refusal = core::tr("la copie ne passe pas les contrôles ({0}) : aucune sauvegarde écrite", check.problem);
            return outcome;
        }
        outcome.journal_records = check.journal_records;
        storage::flush_to_disk(temporary);
        move_into_place(temporary, destination, replace);
        storage::flush_directory(folder.string());
    } catch (...) {
        remove_with_journal(temporary);
        throw;
    }
    outcome.written = true;
    return outcome;
}

} // namespace cabas::services::backup
