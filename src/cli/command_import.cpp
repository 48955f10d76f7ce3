// `cabas-cli import households|products FILE.csv [--dry-run]`: all or nothing.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "services/card_service.hpp"
#include "services/import_service.hpp"

#include <ostream>

namespace cabas::cli {

int run_import(CommandContext& ctx) {
    Arguments args(ctx.words(), {"dry-run"}, {});
    const std::string& kind = args.require(0, "type d'import (households ou products)");
    if (kind != "households" && kind != "products") throw UsageError{"type d'import inconnu : " + kind};
    const std::string& file = args.require(1, "fichier CSV");
    args.expect_at_most(2);
    const bool dry_run = args.flag("dry-run");
    const std::string bytes = read_input_file(file);

    services::ImportReport report;
    if (kind == "households") {
        services::RandomSerialSource serials;
        report = services::import_households(ctx.store(), bytes, file, ctx.clock().today(), dry_run, serials, "cabas-cli");
    } else {
        report = services::import_products(ctx.store(), bytes, file, dry_run);
    }
    if (!report.ok()) {
        for (const auto& e : report.errors) ctx.err() << e.to_string() << "\n";
        ctx.err() << report.errors.size() << (report.errors.size() > 1 ? " erreurs" : " erreur")
                  << " : rien n'a été enregistré.\n";
        return kExitBadInput;
    }
    const char* noun = kind == "households" ? "foyer(s)" : "produit(s)";
    if (dry_run) {
        ctx.out() << "Vérification seule (" << report.encoding << ") : " << report.rows_ready << " " << noun
                  << " prêts à importer, aucune erreur. Rien n'a été enregistré.\n";
    } else {
        ctx.out() << "Import terminé (" << report.encoding << ") : " << report.written << " " << noun << " enregistrés";
        if (report.cards_issued > 0) ctx.out() << ", " << report.cards_issued << " carte(s) émise(s)";
        ctx.out() << ".\n";
    }
    return kExitDone;
}

} // namespace cabas::cli
