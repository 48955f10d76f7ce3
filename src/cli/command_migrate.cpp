// `cabas-cli migrate FROM.db postgresql://…`: moves an épicerie from its SQLite file to the
// server, all or nothing (services/server/server_migration.hpp). The administrator logs in on
// the file, like every other command, which opens it, and so brings it to the current schema.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "cli/login_support.hpp"
#include "core/messages.hpp"
#include "services/server/server_migration.hpp"
#include "storage/store.hpp"

#include <ostream>

namespace cabas::cli {

int run_migrate(CommandContext& ctx) {
    Arguments args(ctx.words(), {}, login_options({}));
    const std::string& from = args.require(0, core::tr("fichier .db de l'épicerie à copier"));
    const std::string& to = args.require(1, core::tr("adresse postgresql:// de la base du serveur"));
    args.expect_at_most(2);
    if (storage::is_server_location(from))
        throw UsageError{core::tr("migrate : la source est le fichier .db de l'épicerie, pas une adresse de serveur")};
    if (!storage::is_server_location(to))
        throw UsageError{core::tr("migrate : la cible est une adresse postgresql://utilisateur@serveur/base")};
    CommandContext source(from, {}, ctx.out(), ctx.err());
    const auto user = logged_in_user(source, args, services::Capability::BackUp);
    const auto outcome = services::server::migrate_to_server(source.store(), user, to);
    for (const auto& t : outcome.tables)
        if (t.rows > 0) ctx.out() << core::tr("  {0} : {1}", t.table, t.rows) << "\n";
    ctx.out() << core::tr("Épicerie copiée dans « {0} » : {1} lignes, {2} enregistrements du journal vérifiés sur le serveur",
                          outcome.target, outcome.rows, outcome.journal_records);
    if (!outcome.journal_head.empty()) ctx.out() << core::tr(" (tête {0})", outcome.journal_head.substr(0, 16));
    ctx.out() << ".\n"
              << core::tr("Vérifiez les deux bases : cabas-cli --db {0} verify, puis cabas-cli --db '{1}' verify. Les caisses "
                          "utilisent désormais : cabas --db '{1}' ; une caisse encore lancée sur le fichier ouvre la base du serveur, "
                          "avec la clé et l'ancre de ce poste.",
                          from, to)
              << "\n";
    return kExitDone;
}

} // namespace cabas::cli
