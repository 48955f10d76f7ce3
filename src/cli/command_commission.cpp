// `cabas-cli commission list|pdf`: the anonymised files waiting for the commission, and the
// PDF of a session's decisions.
#include "cli/exit_codes.hpp"
#include "cli/household_cli_support.hpp"
#include "core/messages.hpp"
#include "core/money.hpp"
#include "reports/commission_pdf.hpp"
#include "services/households/commission_service.hpp"

#include <ostream>

namespace cabas::cli {

int run_commission(CommandContext& ctx) {
    Arguments args(ctx.words(), {"force"}, with_login_options({}));
    const std::string verb = args.require(0, core::tr("sous-commande (list, pdf)"));
    if (verb != "list" && verb != "pdf") throw UsageError{core::tr("sous-commande inconnue : commission {0}", verb)};
    if (verb == "pdf") args.require(1, core::tr("fichier PDF à écrire"));
    args.expect_at_most(verb == "pdf" ? 2 : 1);
    return with_household_session(ctx, args, [&](HouseholdSession& s) {
        services::households::CommissionService commission(s.service());
        if (verb == "list") {
            const auto cases = commission.pending();
            for (const auto& c : cases)
                ctx.out() << c.file_number << "\t" << c.composition << "\t" << c.rav_band << "\t" << c.project << "\t"
                          << c.referrer_kind << "\t" << core::tr("orienté le {0}", c.referred_on.french()) << "\n";
            ctx.out() << core::tr("{0} dossier(s) en attente de commission", cases.size()) << "\n";
            return kExitDone;
        }
        const auto model = commission.session(s.today());
        write_output_file(args.positional()[1], reports::render_commission_pdf(model), args.flag("force"));
        ctx.out() << core::tr("Séance du {0} : {1} → {2}", model.session_date, reports::commission_summary(model),
                              args.positional()[1])
                  << "\n";
        return kExitDone;
    });
}

} // namespace cabas::cli
