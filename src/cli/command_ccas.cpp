// `cabas-cli ccas key | add-site CODE NOM | sites`: the CCAS of several épiceries on one
// PostgreSQL database (docs/design/multi_site.md). `key` draws this installation's CCAS key
// (the duplicate check's HMAC key, a 0600 file never in a database); `add-site` inscribes the
// épicerie of --db in the CCAS register; `sites` lists them.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "cli/login_support.hpp"
#include "core/messages.hpp"
#include "services/ccas/ccas_sites.hpp"
#include "services/households/cross_site_check.hpp"

#include <ostream>

namespace cabas::cli {

int run_ccas(CommandContext& ctx) {
    Arguments args(ctx.words(), {}, login_options({}));
    const std::string& verb = args.require(0, core::tr("sous-commande (key, add-site ou sites)"));
    if (verb == "key") {
        args.expect_at_most(1);
        const std::string path = services::households::default_ccas_key_path();
        services::households::CcasKey::create(path);
        ctx.out() << core::tr("Clé du CCAS créée : {0} (0600)", path) << "\n"
                  << core::tr("Copiez ce fichier, au même endroit et en 0600, sur chaque poste qui enregistre des foyers "
                              "pour une épicerie du CCAS ; il ne va jamais dans une base ni dans une sauvegarde de base.")
                  << "\n";
        return kExitDone;
    }
    if (verb == "add-site") {
        args.expect_at_most(3);
        const std::string& code = args.require(1, core::tr("code de l'épicerie (ex. CENTRE)"));
        const std::string& name = args.require(2, core::tr("nom de l'épicerie"));
        const auto user = logged_in_user(ctx, args, services::Capability::EditSettings);
        const auto site = services::ccas::register_site(ctx.store(), user, ctx.db_path(), code, name);
        ctx.out() << core::tr("Épicerie {0} ({1}, schéma {2}) inscrite au registre du CCAS", site.code, site.name, site.schema)
                  << "\n";
        return kExitDone;
    }
    if (verb == "sites") {
        args.expect_at_most(1);
        const auto user = logged_in_user(ctx, args, services::Capability::BuildReports);
        const auto sites = services::ccas::registered_sites(ctx.store(), user, ctx.db_path());
        if (sites.empty()) ctx.out() << core::tr("Aucune épicerie inscrite au registre du CCAS") << "\n";
        for (const auto& s : sites) ctx.out() << s.code << "\t" << s.name << "\t" << s.schema << "\n";
        return kExitDone;
    }
    throw UsageError{core::tr("sous-commande inconnue : ccas {0}", verb)};
}

} // namespace cabas::cli
