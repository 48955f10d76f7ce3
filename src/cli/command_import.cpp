// `cabas-cli import households|products FILE.csv --user LOGIN --pin PIN [--dry-run]`: all or
// nothing. Households are personal data: only a social worker or an admin may import them, and
// the import is written to the access log under that login. Products need a manager or an admin,
// as at the stock screens.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "cli/household_cli_support.hpp"
#include "cli/stock_support.hpp"
#include "core/messages.hpp"
#include "services/card_service.hpp"
#include "services/import_service.hpp"
#include "services/io/csv_reader.hpp"

#include <ostream>

namespace cabas::cli {

namespace {

int print_report(CommandContext& ctx, const services::ImportReport& report, const std::string& kind, bool dry_run) {
    if (!report.ok()) {
        ctx.err() << services::io::to_string(report.errors);
        ctx.err() << (report.errors.size() > 1 ? core::tr("{0} erreurs : rien n'a été enregistré.", report.errors.size())
                                               : core::tr("{0} erreur : rien n'a été enregistré.", report.errors.size()))
                  << "\n";
        return kExitBadInput;
    }
    const bool households = kind == "households";
    if (dry_run) {
        ctx.out() << (households ? core::tr("Vérification seule ({0}) : {1} foyer(s) prêts à importer, aucune erreur. "
                                            "Rien n'a été enregistré.",
                                            report.encoding, report.rows_ready)
                                 : core::tr("Vérification seule ({0}) : {1} produit(s) prêts à importer, aucune erreur. "
                                            "Rien n'a été enregistré.",
                                            report.encoding, report.rows_ready))
                  << "\n";
    } else {
        ctx.out() << (households ? core::tr("Import terminé ({0}) : {1} foyer(s) enregistrés", report.encoding, report.written)
                                 : core::tr("Import terminé ({0}) : {1} produit(s) enregistrés", report.encoding,
                                            report.written));
        if (report.cards_issued > 0) ctx.out() << core::tr(", {0} carte(s) émise(s)", report.cards_issued);
        ctx.out() << ".\n";
        ctx.out() << services::cross_site_summary(report);
    }
    return kExitDone;
}

} // namespace

int run_import(CommandContext& ctx) {
    Arguments args(ctx.words(), {"dry-run"}, with_login_options({}));
    const std::string& kind = args.require(0, core::tr("type d'import (households ou products)"));
    if (kind != "households" && kind != "products") throw UsageError{core::tr("type d'import inconnu : {0}", kind)};
    const std::string& file = args.require(1, core::tr("fichier CSV"));
    args.expect_at_most(2);
    const bool dry_run = args.flag("dry-run");

    if (kind == "products") {
        const auto user = stock_user(ctx, args);
        const std::string bytes = read_input_file(file, services::io::CsvLimits{}.max_file_bytes);
        return print_report(ctx, services::import_products(ctx.store(), user, bytes, file, dry_run), kind, dry_run);
    }
    return with_household_session(ctx, args, [&](HouseholdSession& session) {
        const std::string bytes = read_input_file(file, services::io::CsvLimits{}.max_file_bytes);
        return print_report(ctx, session.service().import_files(bytes, file, dry_run), kind, dry_run);
    }, services::Capability::EditFile);
}

} // namespace cabas::cli
