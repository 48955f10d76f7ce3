// `cabas-cli stock report --month YYYY-MM --out FILE.pdf [--force]`: the stock report PDF.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "cli/stock_support.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "reports/stock_report_pdf.hpp"
#include "services/stock/stock_report.hpp"

#include <filesystem>
#include <ostream>

namespace cabas::cli {

int run_stock_report(CommandContext& ctx, const std::vector<std::string>& words) {
    Arguments args(words, {"force"}, stock_options({"month", "out"}));
    args.expect_at_most(0);
    const auto month = args.option("month");
    const auto out = args.option("out");
    if (!month || !out) throw UsageError{core::tr("stock report demande --month AAAA-MM et --out FICHIER.pdf")};
    const core::Date first = services::stock::parse_month(*month);
    if (std::filesystem::exists(*out) && !args.flag("force"))
        throw ValidationError(*out, core::tr("le fichier existe déjà (ajoutez --force pour le remplacer)"));
    const auto model = services::stock::build_stock_report(ctx.store(), stock_user(ctx, args), first, ctx.clock());
    reports::write_stock_report_pdf(model, *out);
    ctx.out() << core::tr("Rapport de stock écrit : {0} (stock au {1}, {2} lots, valeur {3})", *out, model.as_of.french(),
                          model.total.lots, core::format_euros(model.total.value))
              << "\n";
    return kExitDone;
}

} // namespace cabas::cli
