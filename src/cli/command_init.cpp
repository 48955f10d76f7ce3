// `cabas-cli init [--demo] [--seed N]` and `cabas-cli summary`.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/login_support.hpp"
#include "cli/exit_codes.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/app_paths.hpp"
#include "services/backup/automatic_backup.hpp"
#include "services/demo/demo_seeder.hpp"
#include "services/till/journal_seal.hpp"
#include "services/summary_service.hpp"
#include "services/user_service.hpp"

#include <filesystem>
#include <ostream>

namespace cabas::cli {

int run_init(CommandContext& ctx) {
    Arguments args(ctx.words(), {"demo"}, {"seed"});
    args.expect_at_most(0);
    std::error_code ec;
    const bool existed = std::filesystem::file_size(ctx.db_path(), ec) > 0 && !ec;
    storage::Store& store = ctx.create_store();  // creates the schema and the default barème
    if (existed)
        if (auto warning = services::database_exposure_warning(ctx.db_path())) ctx.err() << *warning << "\n";
    // The key that will sign this computer's closures exists from the start, so its fingerprint
    // can be written down before the first Z ticket.
    const auto& seal = *services::till::attached_seal();
    const auto key = services::till::JournalKey::load_or_create(seal.key_path);
    ctx.out() << core::tr("Clé de signature du journal : {0} ({1}, à garder privée et à sauvegarder à part)",
                          services::till::key_fingerprint(key.public_key_hex()), seal.key_path)
              << "\n";
    if (!args.flag("demo")) {
        ctx.out() << core::tr("Base prête : {0}", ctx.db_path()) << "\n";
        if (services::needs_first_admin(store))
            ctx.out() << core::tr("Aucun compte encore : créez l'administrateur avec\n"
                                  "  cabas-cli user add IDENTIFIANT --name NOM --role admin --new-pin CODE\n");
        return kExitDone;
    }
    std::uint64_t seed = 1;
    if (auto s = args.option("seed")) {
        try {
            seed = std::stoull(*s);
        } catch (const std::exception&) {
            throw UsageError{core::tr("--seed attend un nombre entier : {0}", *s)};
        }
    }
    auto stats = services::demo::seed_demo(store, ctx.clock().today(), seed);
    ctx.out() << core::tr("Épicerie de démonstration créée dans {0} : {1} foyers, {2} cartes, {3} produits, {4} lots, "
                          "{5} utilisateurs, {6} ventes sur {7} sessions de caisse.",
                          ctx.db_path(), stats.households, stats.cards, stats.products, stats.lots, stats.users,
                          stats.sales, stats.sessions)
              << "\n";
    return kExitDone;
}

int run_summary(CommandContext& ctx) {
    Arguments args(ctx.words(), {}, login_options({"on"}));
    args.expect_at_most(0);
    const auto user = logged_in_user(ctx, args, services::Capability::ListHouseholds);
    ctx.out() << services::render_summary(services::summarise(ctx.store(), user, date_option(args, ctx.clock())),
                                          ctx.db_path());
    // The admin's line of the back office's home, for whoever may back up.
    if (services::may(user, services::Capability::BackUp)) {
        const auto health = services::backup::backup_health(ctx.store(), ctx.clock(), user);
        static const char* const words[] = {core::to_translate("désactivées"), core::to_translate("à jour"),
                                            core::to_translate("EN RETARD"), core::to_translate("EN ÉCHEC")};
        ctx.out() << core::tr("Sauvegardes [{0}] {1}", core::tr(words[static_cast<int>(health.alert)]), health.text)
                  << "\n";
    }
    return kExitDone;
}

} // namespace cabas::cli
