// `cabas-cli ccas key | add-site CODE NOM | sites`: the CCAS of several épiceries on one
// PostgreSQL database (docs/design/multi_site.md). `key` draws this installation's CCAS key
// (the duplicate check's HMAC key, a 0600 file never in a database); `add-site` inscribes the
// épicerie of --db in the CCAS register; `sites` lists them.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "cli/login_support.hpp"
#include "services/ccas/ccas_sites.hpp"
#include "services/households/cross_site_check.hpp"

#include <ostream>

namespace cabas::cli {

int run_ccas(CommandContext& ctx) {
    Arguments args(ctx.words(), {}, login_options({}));
    const std::string& verb = args.require(0, "sous-commande (key, add-site ou sites)");
    if (verb == "key") {
        args.expect_at_most(1);
        const std::string path = services::households::default_ccas_key_path();
        services::households::CcasKey::create(path);
        ctx.out() << "Clé du CCAS créée : " << path << " (0600)\n"
                  << "Copiez ce fichier, au même endroit et en 0600, sur chaque poste qui enregistre des foyers "
                     "pour une épicerie du CCAS ; il ne va jamais dans une base ni dans une sauvegarde de base.\n";
        return kExitDone;
    }
    if (verb == "add-site") {
        args.expect_at_most(3);
        const std::string& code = args.require(1, "code de l'épicerie (ex. CENTRE)");
        const std::string& name = args.require(2, "nom de l'épicerie");
        const auto user = logged_in_user(ctx, args, services::Capability::EditSettings);
        const auto site = services::ccas::register_site(ctx.store(), user, ctx.db_path(), code, name);
        ctx.out() << "Épicerie " << site.code << " (" << site.name << ", schéma " << site.schema
                  << ") inscrite au registre du CCAS\n";
        return kExitDone;
    }
    if (verb == "sites") {
        args.expect_at_most(1);
        const auto user = logged_in_user(ctx, args, services::Capability::BuildReports);
        const auto sites = services::ccas::registered_sites(ctx.store(), user, ctx.db_path());
        if (sites.empty()) ctx.out() << "Aucune épicerie inscrite au registre du CCAS\n";
        for (const auto& s : sites) ctx.out() << s.code << "\t" << s.name << "\t" << s.schema << "\n";
        return kExitDone;
    }
    throw UsageError{"sous-commande inconnue : ccas " + verb};
}

} // namespace cabas::cli
