// `cabas-cli report monthly|annual|fse|consolidated --user LOGIN --pin PIN`: builds a report from the
// database and writes its PDF, and with --csv DIR one CSV file per table. Reads only; managers,
// social workers and admins may run it (as at the reports screen); --internal lifts small-cell
// suppression for a document that stays in the épicerie and, like a --threshold under 11, is
// an admin's decision.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "reports/csv_export.hpp"
#include "reports/report_pdf.hpp"
#include "cli/pin_input.hpp"
#include "services/ccas/consolidated_report.hpp"
#include "services/reports/fse_report.hpp"
#include "services/reports/monthly_report.hpp"
#include "services/till/till_service.hpp"
#include "storage/store.hpp"
#include "cli/login_support.hpp"

#include <charconv>
#include <ostream>

namespace cabas::cli {

namespace {

services::ReportOptions options_from(const Arguments& args) {
    services::ReportOptions o;
    if (args.flag("internal")) o.internal = true;
    if (auto t = args.option("threshold")) {
        int v = 0;
        auto r = std::from_chars(t->data(), t->data() + t->size(), v);
        if (r.ec != std::errc() || r.ptr != t->data() + t->size())
            throw ValidationError("--threshold", core::tr("nombre entier attendu, reçu « {0} »", *t));
        o.threshold = v;
    }
    return o;
}

std::string required(const Arguments& args, const std::string& name) {
    auto v = args.option(name);
    if (!v) throw UsageError{core::tr("l'option --{0} est obligatoire", name)};
    return *v;
}

int write_outputs(CommandContext& ctx, const Arguments& args, const reports::ReportDocument& document) {
    const std::string out = required(args, "out");
    reports::render_report_pdf(document, out);
    ctx.out() << core::tr("Rapport écrit : {0}", out) << (document.internal ? core::tr(" (document interne, non masqué)") : "")
              << "\n";
    if (auto dir = args.option("csv")) {
        const auto files = reports::write_csv_tables(document, *dir);
        ctx.out() << core::tr("{0} fichiers CSV écrits dans {1}", files.size(), *dir) << "\n";
    }
    return kExitDone;
}

int parse_year(const Arguments& args) {
    const std::string year = required(args, "year");
    int y = 0;
    auto r = std::from_chars(year.data(), year.data() + year.size(), y);
    if (r.ec != std::errc() || r.ptr != year.data() + year.size() || y < 1900 || y > 9999)
        throw ValidationError("--year", core::tr("année attendue (ex. 2026), reçu « {0} »", year));
    return y;
}

/// `report consolidated --month AAAA-MM | --year AAAA --out F.pdf --user L [--name NOM]` on the
/// CCAS's database: the login is checked at every site (no site's database is --db itself).
int consolidated(CommandContext& ctx, const Arguments& args) {
    const bool annual = args.option("year").has_value();
    if (annual == args.option("month").has_value())
        throw UsageError{"report consolidated : --month AAAA-MM (rapport mensuel) ou --year AAAA (rapport annuel)"};
    const auto month = annual ? reports::Month{} : reports::Month::parse(required(args, "month"), "--month");
    const int year = annual ? parse_year(args) : 0;
    required(args, "out");
    const auto login = args.option("user");
    if (!login) throw PermissionError(core::tr("connexion nécessaire : --user IDENTIFIANT, un compte de chaque épicerie "
                                               "autorisé à produire ses rapports"));
    const services::ccas::CcasReader reader{*login, pin_for(args, *login)};
    const std::string name = args.option("name").value_or("CCAS");
    if (annual) {
        const auto report = services::ccas::build_consolidated_annual(ctx.db_path(), reader, ctx.clock(), name, year,
                                                                      options_from(args));
        for (const auto& site : report.sites)
            ctx.out() << core::tr("{0} : {1} foyers servis, {2} bénéficiaires finaux", site.site_name,
                                  site.report.recipients.households, site.report.recipients.persons)
                      << "\n";
        ctx.out() << core::tr("Total du CCAS, {0} : {1} foyers servis, {2} bénéficiaires finaux", year,
                              report.total.recipients.households, report.total.recipients.persons)
                  << "\n";
        return write_outputs(ctx, args, report.document);
    }
    const auto report = services::ccas::build_consolidated_monthly(ctx.db_path(), reader, ctx.clock(), name, month,
                                                                   options_from(args));
    for (const auto& site : report.sites)
        ctx.out() << core::tr("{0} : {1} foyers servis, {2} passages", site.site_name, site.report.current.served,
                              site.report.current.visits)
                  << "\n";
    ctx.out() << core::tr("Total du CCAS, {0} : {1} foyers servis, {2} passages, aide apportée {3}", month.iso(),
                          report.total.current.served, report.total.current.visits,
                          core::format_euros(report.total.current.aid()))
              << "\n";
    return write_outputs(ctx, args, report.document);
}

} // namespace

int run_report(CommandContext& ctx) {
    Arguments args(ctx.words(), {"internal"},
                   login_options({"month", "year", "from", "to", "out", "csv", "threshold", "name"}));
    const std::string& kind = args.require(0, core::tr("type de rapport (monthly, annual, fse ou consolidated)"));
    args.expect_at_most(1);
    if (kind == "consolidated") return consolidated(ctx, args);
    // Who may ask which report is the builders' rule (services::require_report_rights).
    const auto user = logged_in_user(ctx, args, services::Capability::BuildReports);
    if (kind == "monthly") {
        const auto month = reports::Month::parse(required(args, "month"), "--month");
        required(args, "out");
        const auto report = services::build_monthly_report(ctx.store(), user, month, options_from(args));
        ctx.out() << core::tr("Mois {0} : {1} foyers servis, {2} passages, aide apportée {3}", month.iso(),
                              report.current.served, report.current.visits, core::format_euros(report.current.aid()))
                  << "\n";
        return write_outputs(ctx, args, report.document);
    }
    if (kind == "annual" || kind == "fse") {
        core::Date from, to;
        if (kind == "annual") {
            const int y = parse_year(args);
            from = core::Date::from_ymd(y, 1, 1);
            to = core::Date::from_ymd(y, 12, 31);
        } else {
            from = core::parse_date(required(args, "from"), "--from");
            to = core::parse_date(required(args, "to"), "--to");
            if (to < from) throw ValidationError("--to", core::tr("la fin de période précède son début"));
        }
        required(args, "out");
        const auto report = services::build_fse_report(ctx.store(), user, from, to, kind == "annual", options_from(args));
        ctx.out() << core::tr("Période du {0} au {1} : {2} bénéficiaires finaux, {3} foyers", from.french(), to.french(),
                              report.recipients.persons, report.recipients.households)
                  << "\n";
        return write_outputs(ctx, args, report.document);
    }
    throw UsageError{core::tr("type de rapport inconnu : {0} (monthly, annual ou fse)", kind)};
}

} // namespace cabas::cli
