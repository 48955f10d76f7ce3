// `cabas-cli products export FILE.csv [--force]`: the catalogue in the products import format;
// `products families ...` is command_product_families.cpp.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "cli/stock_support.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/stock/product_service.hpp"
#include "storage/store.hpp"

#include <filesystem>
#include <fstream>
#include <ostream>

namespace cabas::cli {

int run_products(CommandContext& ctx) {
    if (!ctx.words().empty() && ctx.words().front() == "families") return run_product_families(ctx);
    Arguments args(ctx.words(), {"force"}, stock_options({}));
    const std::string& action = args.require(0, core::tr("action (export ou families)"));
    if (action != "export")
        throw UsageError{core::tr("products : action inconnue : {0} (attendu : export ou families)", action)};
    const std::string& file = args.require(1, core::tr("fichier CSV"));
    args.expect_at_most(2);
    if (std::filesystem::exists(file) && !args.flag("force"))
        throw ValidationError(file, core::tr("le fichier existe déjà (ajoutez --force pour le remplacer)"));
    const std::string csv = services::stock::export_products_csv(ctx.store(), stock_user(ctx, args));
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << csv;
    out.close();
    if (!out) throw Error(core::tr("impossible d'écrire « {0} »", file));
    std::size_t rows = 0;
    for (char c : csv) rows += c == '\n';
    ctx.out() << core::tr("Produits exportés : {0} ligne(s) dans {1}", rows - 1, file) << "\n";
    return kExitDone;
}

} // namespace cabas::cli
