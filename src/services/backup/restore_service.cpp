// Check, refuse, keep aside, swap: each step stops the restore before anything changes.
#include "services/backup/restore_service.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/backup/backup_log_texts.hpp"
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
        out += (out.empty() ? "" : ", ") + core::tr("{0} (ouverte par {1} le {2})", s.till_id, s.opened_by, s.opened_at);
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
        refused.refusal = core::tr("la base est sur un serveur PostgreSQL : sa restauration se fait sur le serveur avec "
                                   "pg_restore, par son administrateur, toutes les caisses arrêtées. Rien n'a été changé.");
        return refused;
    }
    if (same_file(backup_file, database_path))
        throw ValidationError(backup_file, core::tr("c'est la base en service elle-même"));
    const DatabaseFileCheck check = check_database_file(backup_file);
    if (!check.sound) throw ValidationError(backup_file, core::tr("restauration refusée : {0}", check.problem));

    RestoreOutcome outcome;
    outcome.schema_version = check.schema_version;
    outcome.journal_records = check.journal_records;
    if (const auto sessions = store.sales().open_sessions(); !sessions.empty()) {
        outcome.refusal = core::tr("session de caisse ouverte : {0}. Clôturez-la à la caisse avant de restaurer.",
                                   open_sessions_text(sessions));
        return outcome;
    }
    outcome.set_aside = set_aside_name(database_path, now_utc);
    if (std::filesystem::exists(outcome.set_aside))
        throw StorageError(core::tr("« {0} » existe déjà : attendez une seconde et recommencez.", outcome.set_aside));
    store.backup_to(outcome.set_aside);  // created 0600 by the storage
    storage::flush_to_disk(outcome.set_aside);

    store.restore_from(backup_file);
    store.access_log().append(user.login, "database_restored", std::nullopt,
                              log_text::restored(backup_file, outcome.set_aside));
    // The restored journal ends where the backup did: the anchor moves back with it, on purpose
    // and written in the access log just above, so verify compares later sales with it.
    till::reset_anchor(store);
    outcome.restored = true;
    return outcome;
}

} // namespace cabas::services::backup
