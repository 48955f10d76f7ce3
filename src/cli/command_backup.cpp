// `cabas-cli backup FILE [--force] --user LOGIN --pin PIN`: a consistent copy of the live
// database through SQLite's online backup API (never a file copy, which could catch a write
// halfway). The copy holds everyone's data: an admin's task.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "core/error.hpp"
#include "cli/login_support.hpp"
#include "services/backup_service.hpp"

#include <filesystem>
#include <ostream>

namespace cabas::cli {

int run_backup(CommandContext& ctx) {
    Arguments args(ctx.words(), {"force"}, login_options({}));
    const std::string& destination = args.require(0, "fichier de sauvegarde");
    args.expect_at_most(1);
    if (std::filesystem::exists(destination) && !args.flag("force"))
        throw ValidationError(destination, "le fichier existe déjà (ajoutez --force pour le remplacer)");
    if (std::filesystem::absolute(destination) == std::filesystem::absolute(ctx.db_path()))
        throw ValidationError(destination, "la sauvegarde ne peut pas remplacer la base elle-même");
    services::back_up(ctx.store(), logged_in_user(ctx, args, services::Capability::BackUp), destination);
    ctx.out() << "Sauvegarde écrite : " << destination << "\n";
    return kExitDone;
}

} // namespace cabas::cli
