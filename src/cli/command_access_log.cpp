// `cabas-cli access-log list|export`: the append-only access log, for admins.
#include "cli/exit_codes.hpp"
#include "cli/household_cli_support.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/households/access_log_service.hpp"

#include <ostream>

namespace cabas::cli {

namespace {

storage::AccessLogFilter filter_of(HouseholdSession& s, const Arguments& args, int default_limit) {
    storage::AccessLogFilter f;
    f.limit = default_limit;
    if (auto h = args.option("household")) f.household_id = s.service().resolve(*h);
    if (auto u = args.option("login")) f.user_login = *u;
    if (auto n = args.option("limit")) {
        if (n->empty() || n->size() > 9 || n->find_first_not_of("0123456789") != std::string::npos)
            throw ValidationError("--limit", core::tr("« {0} » n'est pas un nombre entier positif", *n));
        f.limit = std::stoi(*n);
    }
    return f;
}

} // namespace

int run_access_log(CommandContext& ctx) {
    Arguments args(ctx.words(), {"force"}, with_login_options({"household", "login", "limit"}));
    const std::string verb = args.require(0, core::tr("sous-commande (list, export)"));
    if (verb != "list" && verb != "export") throw UsageError{core::tr("sous-commande inconnue : access-log {0}", verb)};
    if (verb == "export") args.require(1, core::tr("fichier CSV à écrire"));
    args.expect_at_most(verb == "export" ? 2 : 1);
    return with_household_session(ctx, args, [&](HouseholdSession& s) {
        if (verb == "list") {
            for (const auto& e : services::households::access_log_entries(s.service(), filter_of(s, args, 50)))
                ctx.out() << e.at << "\t" << e.user_login << "\t" << e.action << "\t"
                          << (e.household_id ? std::to_string(*e.household_id) : "-") << "\t" << e.detail << "\n";
            return kExitDone;
        }
        const std::string csv = services::households::export_access_log_csv(s.service(), filter_of(s, args, -1));
        write_output_file(args.positional()[1], csv, args.flag("force"));
        ctx.out() << core::tr("Journal des accès exporté → {0}", args.positional()[1]) << "\n";
        return kExitDone;
    });
}

} // namespace cabas::cli
