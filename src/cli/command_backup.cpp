// `cabas-cli backup FILE [--force]` and `cabas-cli restore FILE`, both an admin's (with --user
// and --pin: the copies hold everyone's data): consistent copies of the live database (SQLite
// online backup, never a file copy, which could catch a write halfway), checked before they
// count, and the way back from one.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "core/error.hpp"
#include "services/backup/backup_service.hpp"
#include "services/backup/restore_service.hpp"
#include "cli/login_support.hpp"

#include <ostream>

namespace cabas::cli {

int run_backup(CommandContext& ctx) {
    Arguments args(ctx.words(), {"force"}, login_options({}));
    const std::string& destination = args.require(0, "fichier de sauvegarde");
    args.expect_at_most(1);
    const auto outcome =
        services::backup::back_up_database(ctx.store(), logged_in_user(ctx, args, services::Capability::BackUp),
                                           ctx.db_path(), destination, args.flag("force"));
    if (!outcome.written) {
        ctx.err() << "cabas-cli : " << outcome.refusal << "\n";
        return kExitRefused;
    }
    ctx.out() << "Sauvegarde écrite et vérifiée : " << destination << " (" << outcome.journal_records
              << " enregistrements du journal).\n";
    return kExitDone;
}

int run_restore(CommandContext& ctx) {
    Arguments args(ctx.words(), {}, login_options({}));
    const std::string& file = args.require(0, "fichier de sauvegarde à restaurer");
    args.expect_at_most(1);
    const auto user = logged_in_user(ctx, args, services::Capability::Restore);
    const auto outcome =
        services::backup::restore_database(ctx.store(), ctx.db_path(), file, user, ctx.clock().now_utc());
    if (!outcome.restored) {
        ctx.err() << "cabas-cli : restauration refusée : " << outcome.refusal << "\n";
        return kExitRefused;
    }
    ctx.out() << "Base restaurée depuis " << file << " (" << outcome.journal_records
              << " enregistrements du journal vérifiés).\nL'ancienne base est gardée dans " << outcome.set_aside
              << ".\n";
    return kExitDone;
}

} // namespace cabas::cli
