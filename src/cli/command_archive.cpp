// `cabas-cli archive --out FICHIER [--until DATE] [--dry-run] [--on DATE] --user LOGIN`: moves the
// sales and closures older than the retention period (retention.sales_years, 6 years by default)
// into a signed archive file and out of the live database (services/sales_archive_service.hpp).
// An admin's task; with --dry-run nothing is written.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "cli/login_support.hpp"
#include "core/error.hpp"
#include "services/sales_archive_service.hpp"
#include "services/till/journal.hpp"

#include <ostream>

namespace cabas::cli {

namespace {

std::string day_of(const std::string& utc) { return utc.size() >= 10 ? core::parse_date(utc.substr(0, 10), "date").french() : utc; }

void describe(CommandContext& ctx, const services::ArchivePlan& plan) {
    ctx.out() << "enregistrements n° " << plan.first_sequence << " à " << plan.last_sequence << " (du "
              << day_of(plan.first_at) << " au " << day_of(plan.last_at) << "), " << plan.session_ids.size()
              << " session(s), " << plan.sales << " vente(s)";
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
        if (plan.empty()) ctx.out() << "Rien à archiver avant le " << until.french() << ".\n";
        else {
            ctx.out() << "À archiver avant le " << until.french() << " : ";
            describe(ctx, plan);
            ctx.out() << " ; rien n'est modifié sans retirer --dry-run.\n";
        }
        if (!plan.stopped_because.empty()) ctx.out() << "Note : " << plan.stopped_because << "\n";
        return kExitDone;
    }
    const auto out = args.option("out");
    if (!out) throw UsageError{"archive attend --out FICHIER (le fichier d'archive, qui ne doit pas exister)"};
    services::ArchiveRequest request{until, today, ctx.clock().now_utc(), *out, {}};
    const auto outcome = services::archive_sales(ctx.store(), user, request);
    if (outcome.plan.empty()) {
        ctx.out() << "Rien à archiver avant le " << until.french() << " : aucun fichier écrit.\n";
    } else {
        if (outcome.replaced_unfinished)
            ctx.out() << "« " << *out << " » était une archive inachevée (archivage interrompu, rien retiré) : remplacée.\n";
        ctx.out() << "Archivé dans « " << *out << " » (empreinte " << services::till::short_hash(outcome.digest) << ") : ";
        describe(ctx, outcome.plan);
        ctx.out() << ".\nLe journal le note à l'enregistrement n° " << outcome.record.sequence
                  << " ; gardez l'archive hors de ce poste, vérifiable par « cabas-cli verify --archive FICHIER ».\n";
    }
    if (!outcome.plan.stopped_because.empty()) ctx.out() << "Note : " << outcome.plan.stopped_because << "\n";
    return kExitDone;
}

} // namespace cabas::cli
