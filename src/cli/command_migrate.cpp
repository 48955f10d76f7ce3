// `cabas-cli migrate FROM.db postgresql://…`: moves an épicerie from its SQLite file to the
// server, all or nothing (services/server/server_migration.hpp). The administrator logs in on
// the file, like every other command, which opens it, and so brings it to the current schema.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "cli/login_support.hpp"
#include "services/server/server_migration.hpp"
#include "storage/store.hpp"

#include <ostream>

namespace cabas::cli {

int run_migrate(CommandContext& ctx) {
    Arguments args(ctx.words(), {}, login_options({}));
    const std::string& from = args.require(0, "fichier .db de l'épicerie à copier");
    const std::string& to = args.require(1, "adresse postgresql:// de la base du serveur");
    args.expect_at_most(2);
    if (storage::is_server_location(from))
        throw UsageError{"migrate : la source est le fichier .db de l'épicerie, pas une adresse de serveur"};
    if (!storage::is_server_location(to))
        throw UsageError{"migrate : la cible est une adresse postgresql://utilisateur@serveur/base"};
    CommandContext source(from, {}, ctx.out(), ctx.err());
    const auto user = logged_in_user(source, args, services::Capability::BackUp);
    const auto outcome = services::server::migrate_to_server(source.store(), user, to);
    for (const auto& t : outcome.tables)
        if (t.rows > 0) ctx.out() << "  " << t.table << " : " << t.rows << "\n";
    ctx.out() << "Épicerie copiée dans « " << outcome.target << " » : " << outcome.rows << " lignes, "
              << outcome.journal_records << " enregistrements du journal vérifiés sur le serveur";
    if (!outcome.journal_head.empty()) ctx.out() << " (tête " << outcome.journal_head.substr(0, 16) << ")";
    ctx.out() << ".\nVérifiez les deux bases : cabas-cli --db " << from << " verify, puis cabas-cli --db '" << to << "'"
              << " verify. Les caisses utilisent désormais : cabas --db '" << to << "'"
              << " ; une caisse encore lancée sur le fichier ouvre la base du serveur, avec la clé et l'ancre de ce poste.\n";
    return kExitDone;
}

} // namespace cabas::cli
