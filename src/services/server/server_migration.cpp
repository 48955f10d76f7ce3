// The migration of an SQLite épicerie to the server (server_migration.hpp).
#include "services/server/server_migration.hpp"

#include "core/messages.hpp"
#include "services/clock.hpp"
#include "services/server/database_move.hpp"
#include "services/till/journal.hpp"
#include "services/till/journal_audit.hpp"
#include "services/till/journal_seal.hpp"
#include "storage/store.hpp"

namespace cabas::services::server {

namespace {

std::string listed(const std::vector<storage::TableRows>& tables) {
    std::string out;
    for (const auto& t : tables) out += (out.empty() ? "" : ", ") + t.table + " (" + std::to_string(t.rows) + ")";
    return out;
}

/// Inside the copy's transaction: the server's journal must verify and end where the file's does.
void check_copied_journal(storage::Store& source, storage::Store& target, MigrationOutcome& outcome) {
    const auto audit = till::audit_journal(target, std::nullopt);
    if (!audit.ok()) {
        const std::string why = !audit.chain.ok ? core::tr("chaîne rompue à l'enregistrement n° {0} : {1}",
                                                           audit.chain.first_broken_sequence, audit.chain.reason)
                                                : audit.problems.front();
        throw StorageError(core::tr("copie annulée : le journal copié ne se vérifie pas sur le serveur ({0})", why));
    }
    const auto from = source.journal().head();
    const auto to = target.journal().head();
    if (from.has_value() != to.has_value() || (from && (from->sequence != to->sequence || from->hash != to->hash)))
        throw StorageError(core::tr("copie annulée : le journal du serveur ne finit pas sur le même enregistrement que le fichier"));
    outcome.journal_records = audit.chain.records_checked;
    outcome.journal_head = to ? to->hash : std::string();
}

} // namespace

MigrationOutcome migrate_to_server(storage::Store& source, const LoggedUser& by, const std::string& target_uri) {
    require(source, by, Capability::BackUp);
    if (storage::is_server_location(source.location()))
        throw ValidationError("source", core::tr("« {0} » est déjà sur un serveur : la source est un fichier .db", source.location()));
    if (!storage::is_server_location(target_uri))
        throw ValidationError("cible", core::tr("« {0} » n'est pas une adresse postgresql://", target_uri));
    // A file that does not verify would not verify on the server either: say where it breaks.
    if (const auto problems = source.integrity_check(); !problems.empty())
        throw ValidationError("source", core::tr("le fichier est endommagé ({0}) : rien n'a été copié", problems.front()));
    if (const auto chain = till::verify_journal(source); !chain.ok)
        throw ValidationError("source", core::tr("le journal du fichier est rompu à l'enregistrement n° {0} ({1}) : cabas-cli "
                                                 "verify le détaille ; rien n'a été copié",
                                                 chain.first_broken_sequence, chain.reason));
    auto target = storage::open_store(target_uri, storage::OpenMode::CreateIfMissing);
    MigrationOutcome outcome;
    outcome.target = target->location();
    if (const auto filled = storage::server_tables_with_rows(*target); !filled.empty())
        throw ValidationError("cible", core::tr("la base « {0} » contient déjà une épicerie, rien n'a été copié : {1}",
                                                outcome.target, listed(filled)));
    outcome.tables = storage::copy_sqlite_to_server(source, *target, [&] { check_copied_journal(source, *target, outcome); });
    for (const auto& t : outcome.tables) outcome.rows += t.rows;
    const auto head = target->journal().head();
    till::write_anchor(till::seal_files_for(target_uri).anchor_path,
                       head ? till::Anchor{head->sequence, head->hash} : till::Anchor{});
    // The file says where its épicerie went, so a till still started on it follows; this
    // computer's key goes along with the anchor just set.
    record_move(source, by.login, target_uri, SystemClock{}.now_utc());
    return outcome;
}

} // namespace cabas::services::server
