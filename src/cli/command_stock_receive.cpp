// `cabas-cli stock receive FILE.csv --origin O --supplier S --date D --reference R`: a delivery
// note from a spreadsheet, received whole or not at all.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "cli/stock_support.hpp"
#include "core/messages.hpp"
#include "services/io/csv_reader.hpp"
#include "services/io/import_error.hpp"
#include "services/stock/delivery_note_csv.hpp"
#include "services/stock/reception_service.hpp"
#include "storage/store.hpp"

#include <ostream>

namespace cabas::cli {

int run_stock_receive(CommandContext& ctx, const std::vector<std::string>& words) {
    Arguments args(words, {}, stock_options({"origin", "supplier", "date", "reference", "on"}));
    const std::string& file = args.require(0, core::tr("fichier CSV du bon de livraison"));
    args.expect_at_most(1);
    const auto origin = args.option("origin");
    if (!origin) throw UsageError{core::tr("stock receive demande --origin (banque_alimentaire, fse, achat, don, collecte, ramasse)")};
    storage::Reception reception;
    reception.origin = parse_origin(*origin);
    reception.supplier = args.option("supplier").value_or("");
    reception.reference = args.option("reference").value_or("");
    const core::Date today = date_option(args, ctx.clock());
    reception.received_on = args.option("date") ? core::parse_date(*args.option("date"), "--date") : today;
    const std::string bytes = read_input_file(file, services::io::CsvLimits{}.max_file_bytes);
    const auto user = stock_user(ctx, args);
    reception.created_by = user.login;

    const auto note = services::stock::read_delivery_note_csv(ctx.store(), user, bytes, file);
    std::size_t problems = note.errors.size();
    ctx.err() << services::io::to_string(note.errors);
    if (note.ok()) {
        reception.lines = note.lines;
        const auto outcome = services::stock::receive(ctx.store(), user, reception, today, note.line_numbers);
        problems = outcome.problems.size();
        for (std::size_t i = 0; i < problems && i < services::io::kMaxListedErrors; ++i)
            ctx.err() << file << ": " << outcome.problems[i].to_string() << "\n";
        if (problems > services::io::kMaxListedErrors)
            ctx.err() << services::io::more_errors_line(problems - services::io::kMaxListedErrors);
        if (outcome.ok()) {
            ctx.out() << core::tr("Réception n° {0} enregistrée : {1} lot(s), {2}, bon {3} du {4}.", outcome.reception_id,
                                  reception.lines.size(), core::label_of(reception.origin), reception.reference,
                                  reception.received_on.french())
                      << "\n";
            return kExitDone;
        }
    }
    ctx.err() << (problems > 1 ? core::tr("{0} erreurs : rien n'a été enregistré.", problems)
                               : core::tr("{0} erreur : rien n'a été enregistré.", problems))
              << "\n";
    return kExitBadInput;
}

} // namespace cabas::cli
