// `cabas-cli card issue|revoke|replace|print DOSSIER`: card actions on a household, and the
// PDF sheet of its card. (`card check` stays in command_card.cpp.)
#include "cli/exit_codes.hpp"
#include "cli/household_cli_support.hpp"
#include "core/messages.hpp"
#include "reports/card_sheet_pdf.hpp"
#include "storage/store.hpp"
#include "services/settings_service.hpp"

#include <ostream>

namespace cabas::cli {

int run_card_action(CommandContext& ctx, const std::string& verb) {
    Arguments args(ctx.words(), {"force"}, with_login_options({"reason"}));
    const std::string& file = args.require(1, core::tr("numéro de dossier ou de carte"));
    if (verb == "print") args.require(2, core::tr("fichier PDF à écrire"));
    args.expect_at_most(verb == "print" ? 3 : 2);
    return with_household_session(ctx, args, [&](HouseholdSession& s) {
        auto& service = s.service();
        const auto id = service.resolve(file);
        const std::string reason = args.option("reason").value_or("");
        if (verb == "issue") {
            ctx.out() << core::tr("Carte émise : {0}", service.issue_card(id)) << "\n";
        } else if (verb == "revoke") {
            service.revoke_card(id, reason);
            ctx.out() << core::tr("Carte révoquée") << "\n";
        } else if (verb == "replace") {
            ctx.out() << core::tr("Nouvelle carte : {0}", service.replace_card(id, reason)) << "\n";
        } else {
            const auto sheet = service.card_sheet(id);
            write_output_file(args.positional()[2], reports::render_card_sheet_pdf(sheet), args.flag("force"));
            const auto& card = sheet.cards.front();
            ctx.out() << core::tr("Carte {0} ({1}) → {2}", card.number, card.display_name, args.positional()[2]) << "\n";
        }
        return kExitDone;
    });
}

} // namespace cabas::cli
