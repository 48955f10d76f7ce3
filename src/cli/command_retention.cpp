// `cabas-cli retention [--apply] [--on DATE] --user LOGIN --pin PIN`: the household files whose
// last contact is more than 24 months old (docs/design/domain.md §6), and with --apply their
// anonymisation, all in one transaction. An admin's task; without --apply nothing is written.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/retention_service.hpp"
#include "cli/login_support.hpp"

#include <ostream>

namespace cabas::cli {

int run_retention(CommandContext& ctx) {
    Arguments args(ctx.words(), {"apply"}, login_options({"on"}));
    args.expect_at_most(0);
    const auto user = logged_in_user(ctx, args, services::Capability::ApplyRetention);
    const core::Date today = args.option("on") ? core::parse_date(*args.option("on"), "--on") : ctx.clock().today();
    const core::Date cutoff = services::retention_cutoff(today);

    const auto files = args.flag("apply") ? services::apply_retention(ctx.store(), user, today)
                                          : services::retention_due(ctx.store(), user, today);
    for (const auto& f : files) ctx.out() << f.file_number << "\t" << core::tr("dernier contact le {0}", f.last_contact.french()) << "\n";
    if (args.flag("apply"))
        ctx.out() << core::tr("{0} dossier(s) anonymisé(s) : dernier contact avant le {1}.", files.size(), cutoff.french())
                  << "\n";
    else
        ctx.out() << core::tr("{0} dossier(s) à anonymiser (dernier contact avant le {1}) ; rien n'est modifié sans --apply.",
                              files.size(), cutoff.french())
                  << "\n";
    return kExitDone;
}

} // namespace cabas::cli
