// `cabas-cli backup FILE [--force]` and `cabas-cli restore FILE`, both an admin's (with --user
// and --pin: the copies hold everyone's data): consistent copies of the live database (SQLite
// online backup, never a file copy, which could catch a write halfway), checked before they
// count, and the way back from one. `backup --set-folder DIR` chooses the automatic backups'
// folder (an admin's), `backup --auto` makes the automatic backup now (any account: cron).
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/backup/automatic_backup.hpp"
#include "services/backup/backup_service.hpp"
#include "services/backup/restore_service.hpp"
#include "cli/login_support.hpp"
#include "services/settings_service.hpp"

#include <ostream>

namespace cabas::cli {

namespace {

int run_automatic_backup(CommandContext& ctx, const Arguments& args) {
    args.expect_at_most(0);
    const auto user = logged_in_user(ctx, args, services::Capability::RunAutomaticBackup);
    const auto outcome = services::backup::run_automatic_backup(ctx.store(), ctx.clock(), user,
                                                                services::backup::BackupTrigger::CommandLine);
    if (!outcome.attempted) {
        ctx.err() << core::tr("cabas-cli : sauvegardes automatiques désactivées : choisissez leur dossier avec "
                              "cabas-cli backup --set-folder DOSSIER (administrateur)")
                  << "\n";
        return kExitRefused;
    }
    if (!outcome.written) {
        ctx.err() << core::tr("cabas-cli : sauvegarde automatique échouée : {0}", outcome.failure) << "\n";
        return kExitEnvironment;
    }
    ctx.out() << core::tr("Sauvegarde automatique écrite et vérifiée : {0}", outcome.file) << "\n";
    if (!outcome.deleted.empty()) {
        ctx.out() << core::tr("Rotation : {0} ancienne(s) sauvegarde(s) supprimée(s) :", outcome.deleted.size());
        for (const std::string& name : outcome.deleted) ctx.out() << " " << name;
        ctx.out() << "\n";
    }
    return kExitDone;
}

int set_backup_folder(CommandContext& ctx, const Arguments& args, const std::string& folder) {
    args.expect_at_most(0);
    const auto user = logged_in_user(ctx, args, services::Capability::BackUp);
    services::save_settings(ctx.store(), user, {{services::keys::backup_folder, folder}});
    if (folder.empty())
        ctx.out() << core::tr("Sauvegardes automatiques désactivées.") << "\n";
    else
        ctx.out() << core::tr("Sauvegardes automatiques dans « {0} » : à chaque clôture de caisse, une fois par jour "
                              "quand la gestion est ouverte, et à chaque cabas-cli backup --auto.",
                              folder)
                  << "\n";
    return kExitDone;
}

} // namespace

int run_backup(CommandContext& ctx) {
    Arguments args(ctx.words(), {"force", "auto"}, login_options({"set-folder"}));
    if (args.flag("auto")) return run_automatic_backup(ctx, args);
    if (const auto folder = args.option("set-folder")) return set_backup_folder(ctx, args, *folder);
    const std::string& destination = args.require(0, core::tr("fichier de sauvegarde"));
    args.expect_at_most(1);
    const auto outcome =
        services::backup::back_up_database(ctx.store(), logged_in_user(ctx, args, services::Capability::BackUp),
                                           ctx.db_path(), destination, args.flag("force"));
    if (!outcome.written) {
        ctx.err() << core::tr("cabas-cli : {0}", outcome.refusal) << "\n";
        return kExitRefused;
    }
    ctx.out() << core::tr("Sauvegarde écrite et vérifiée : {0} ({1} enregistrements du journal).", destination,
                          outcome.journal_records)
              << "\n";
    return kExitDone;
}

int run_restore(CommandContext& ctx) {
    Arguments args(ctx.words(), {}, login_options({}));
    const std::string& file = args.require(0, core::tr("fichier de sauvegarde à restaurer"));
    args.expect_at_most(1);
    const auto user = logged_in_user(ctx, args, services::Capability::Restore);
    const auto outcome =
        services::backup::restore_database(ctx.store(), ctx.db_path(), file, user, ctx.clock().now_utc());
    if (!outcome.restored) {
        ctx.err() << core::tr("cabas-cli : restauration refusée : {0}", outcome.refusal) << "\n";
        return kExitRefused;
    }
    ctx.out() << core::tr("Base restaurée depuis {0} ({1} enregistrements du journal vérifiés).\nL'ancienne base est "
                          "gardée dans {2}.",
                          file, outcome.journal_records, outcome.set_aside)
              << "\n";
    return kExitDone;
}

} // namespace cabas::cli
