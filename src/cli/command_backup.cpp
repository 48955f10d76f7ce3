// `cabas-cli backup FILE [--force]`: a consistent copy of the live database through SQLite's
// online backup API (never a file copy, which could catch a write halfway).
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "core/error.hpp"
#include "storage/store.hpp"

#include <filesystem>
#include <ostream>

namespace cabas::cli {

int run_backup(CommandContext& ctx) {
    Arguments args(ctx.words(), {"force"}, {});
    const std::string& destination = args.require(0, "fichier de sauvegarde");
    args.expect_at_most(1);
    if (std::filesystem::exists(destination) && !args.flag("force"))
        throw ValidationError(destination, "le fichier existe déjà (ajoutez --force pour le remplacer)");
    if (std::filesystem::absolute(destination) == std::filesystem::absolute(ctx.db_path()))
        throw ValidationError(destination, "la sauvegarde ne peut pas remplacer la base elle-même");
    ctx.store().backup_to(destination);
    ctx.out() << "Sauvegarde écrite : " << destination << "\n";
    return kExitDone;
}

} // namespace cabas::cli
