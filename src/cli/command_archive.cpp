// `cabas-cli archive --out FICHIER [--until DATE] [--dry-run] [--on DATE] --user LOGIN`: moves the
// sales and closures older than the retention period (retention.sales_years, 6 years by default)
// into a signed archive file and out of the live database (services/sales_archive_service.hpp).
// An admin's task; with --dry-run nothing is written.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "cli/login_support.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/sales_archive_service.hpp"
#include "services/till/journal.hpp"

#include <ostream>

namespace cabas::cli {

namespace {

std::string day_of(const std::string& utc) { return utc.size() >= 10 ? core::parse_date(utc.substr(0, 10), "date").french() : utc; }

std::string describe(const services::ArchivePlan& plan) {
    return core::tr("enregistrements n° {0} à {1} (du {2} au {3}), {4} session(s), {5} vente(s)", plan.first_sequence,
                    plan.last_sequence, day_of(plan.first_at), day_of(plan.last_at), plan.session_ids.size(), plan.sales);
}

} // namespace

int run_archive(CommandContext& ctx) {
    Arguments args(ctx.words(), {"dry-run"}, login_options({"on", "until", "out"}));
    args.expect_at_most(0);
    const auto user = logged_in_user(ctx, args, services::Capability::ArchiveSales);
    const core::Date today = args.option("on") ? core::parse_date(*args.option("on"), "--on") : ctx.clock().today();
    const core::Date latest = services::latest_archive_date(today, services::sales_retention_years(ctx.store()));
    const core::Date until = args.option("until") ? core::parse_date(*args.option("until"), "--until") : latest;
    services::check_archive_date(ctx.store(), today, until);
    if (args.flag("dry-run")) {
        const auto plan = services::plan_archive(ctx.store(), user, until);
        if (plan.empty())
            ctx.out() << core::tr("Rien à archiver avant le {0}.", until.french()) << "\n";
        else
            ctx.out() << core::tr("À archiver avant le {0} : {1} ; rien n'est modifié sans retirer --dry-run.",
                                  until.french(), describe(plan))
                      << "\n";
        if (!plan.stopped_because.empty()) ctx.out() << core::tr("Note : {0}", plan.stopped_because) << "\n";
        return kExitDone;
    }
    const auto out = args.option("out");
    if (!out) throw UsageError{core::tr("archive attend --out FICHIER (le fichier d'archive, qui ne doit pas exister)")};
    services::ArchiveRequest request{until, today, ctx.clock().now_utc(), *out, {}};
    const auto outcome = services::archive_sales(ctx.store(), user, request);
    if (outcome.plan.empty()) {
        ctx.out() << core::tr("Rien à archiver avant le {0} : aucun fichier écrit.", until.french()) << "\n";
    } else {
        if (outcome.replaced_unfinished)
            ctx.out() << core::tr("« {0} » était une archive inachevée (archivage interrompu, rien retiré) : remplacée.", *out)
                      << "\n";
        ctx.out() << core::tr("Archivé dans « {0} » (empreinte {1}) : {2}.\nLe journal le note à l'enregistrement n° {3} ; "
                              "gardez l'archive hors de ce poste, vérifiable par « cabas-cli verify --archive FICHIER ».",
                              *out, services::till::short_hash(outcome.digest), describe(outcome.plan),
                              outcome.record.sequence)
                  << "\n";
    }
    if (!outcome.plan.stopped_because.empty()) ctx.out() << core::tr("Note : {0}", outcome.plan.stopped_because) << "\n";
    return kExitDone;
}

} // namespace cabas::cli
