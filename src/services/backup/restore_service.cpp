// Check, refuse, keep aside, swap: each step stops the restore before anything changes.
#include "services/backup/restore_service.hpp"

#include "core/error.hpp"
#include "services/backup/backup_service.hpp"
#include "services/backup/database_check.hpp"
#include "services/till/journal.hpp"
#include "services/till/journal_seal.hpp"
#include "storage/private_file.hpp"
#include "storage/store.hpp"

#include <filesystem>

namespace cabas::services::backup {

namespace {

std::string open_sessions_text(const std::vector<storage::TillSession>& sessions) {
    std::string out;
    for (const auto& s : sessions)
        out += (out.empty() ? "" : ", ") + s.till_id + " (ouverte par " + s.opened_by + " le " + s.opened_at + ")";
    return out;
}

} // namespace

std::string set_aside_name(const std::string& database_path, const std::string& now_utc) {
    std::string stamp;
    for (char c : now_utc.substr(0, 19))
        if (c >= '0' && c <= '9') stamp += c;
    if (stamp.size() == 14) stamp.insert(8, "-");
    return database_path + ".avant-restauration-" + stamp;
}

RestoreOutcome restore_database(storage::Store& store, const std::string& database_path,
                                const std::string& backup_file, const LoggedUser& user,
                                const std::string& now_utc) {
    // It replaces every sale, file and account: the capability table says who may.
    require(store, user, Capability::Restore);
    // A server database is shared by every till of every site: stopping them all and running
    // pg_restore is its administrator's job, not one till's (PgStore::restore_from says so too).
    if (storage::is_server_location(database_path)) {
        RestoreOutcome refused;
        refused.refusal = "la base est sur un serveur PostgreSQL : sa restauration se fait sur le serveur avec "
                          "pg_restore, par son administrateur, toutes les caisses arrêtées. Rien n'a été changé.";
        return refused;
    }
    if (same_file(backup_file, database_path))
        throw ValidationError(backup_file, "c'est la base en service elle-même");
    const DatabaseFileCheck check = check_database_file(backup_file);
    if (!check.sound) throw ValidationError(backup_file, "restauration refusée : " + check.problem);

    RestoreOutcome outcome;
    outcome.schema_version = check.schema_version;
    outcome.journal_records = check.journal_records;
    if (const auto sessions = store.sales().open_sessions(); !sessions.empty()) {
        outcome.refusal = "session de caisse ouverte : " + open_sessions_text(sessions) +
                          ". Clôturez-la à la caisse avant de restaurer.";
        return outcome;
    }
    outcome.set_aside = set_aside_name(database_path, now_utc);
    if (std::filesystem::exists(outcome.set_aside))
        throw StorageError("« " + outcome.set_aside + " » existe déjà : attendez une seconde et recommencez.");
    store.backup_to(outcome.set_aside);  // created 0600 by the storage
    storage::flush_to_disk(outcome.set_aside);

    store.restore_from(backup_file);
    store.access_log().append(user.login, "database_restored", std::nullopt,
                              "depuis « " + backup_file + " » ; base précédente gardée dans « " + outcome.set_aside + " »");
    // The restored journal ends where the backup did: the anchor moves back with it, on purpose
    // and written in the access log just above, so verify compares later sales with it.
    till::reset_anchor(store);
    outcome.restored = true;
    return outcome;
}

} // namespace cabas::services::backup
