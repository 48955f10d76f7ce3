// `cabas-cli products export FILE.csv [--force]`: the catalogue in the products import format;
// `products families ...` is command_product_families.cpp.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "cli/stock_support.hpp"
#include "core/error.hpp"
#include "services/stock/product_service.hpp"
#include "storage/store.hpp"

#include <filesystem>
#include <fstream>
#include <ostream>

namespace cabas::cli {

int run_products(CommandContext& ctx) {
    if (!ctx.words().empty() && ctx.words().front() == "families") return run_product_families(ctx);
    Arguments args(ctx.words(), {"force"}, stock_options({}));
    const std::string& action = args.require(0, "action (export ou families)");
    if (action != "export")
        throw UsageError{"products : action inconnue : " + action + " (attendu : export ou families)"};
    const std::string& file = args.require(1, "fichier CSV");
    args.expect_at_most(2);
    if (std::filesystem::exists(file) && !args.flag("force"))
        throw ValidationError(file, "le fichier existe déjà (ajoutez --force pour le remplacer)");
    const std::string csv = services::stock::export_products_csv(ctx.store(), stock_user(ctx, args));
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << csv;
    out.close();
    if (!out) throw Error("impossible d'écrire « " + file + " »");
    std::size_t rows = 0;
    for (char c : csv) rows += c == '\n';
    ctx.out() << "Produits exportés : " << (rows - 1) << " ligne(s) dans " << file << "\n";
    return kExitDone;
}

} // namespace cabas::cli
