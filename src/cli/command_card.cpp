// `cabas-cli card check NUMBER [--on DATE] [--json]`: the answer the till gives.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/login_support.hpp"
#include "cli/exit_codes.hpp"
#include "cli/household_cli_support.hpp"
#include "core/card_number.hpp"
#include "core/messages.hpp"
#include "core/money.hpp"
#include "core/scanned_code.hpp"
#include "services/card_check_service.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace cabas::cli {

namespace {

nlohmann::json answer_json(const services::CardCheckAnswer& a, const std::string& number, core::Date on) {
    const core::CardCheckResult& r = a.result;
    nlohmann::json j;
    j["carte"] = number;
    j["date"] = on.iso();
    j["valide"] = r.green();
    j["motif"] = a.misread ? "carte_mal_lue" : core::to_code(r.refusal);
    j["message"] = services::describe_card_answer(a);
    if (r.green()) {
        j["nom_affiche"] = r.display_name;
        j["valable_jusqu_au"] = r.valid_until ? nlohmann::json(r.valid_until->iso()) : nlohmann::json(nullptr);
        j["credit_mois_centimes"] = r.month_credit.cents();
        j["credit_mois_restant_centimes"] = r.month_left.cents();
        j["credit_semaine_restant_centimes"] = r.week_left ? nlohmann::json(r.week_left->cents()) : nlohmann::json(nullptr);
        j["passages_restants"] = r.visits_left;
        j["taux_bp"] = r.rate.bp;
    } else if (r.reason_date) {
        j["date_motif"] = r.reason_date->iso();
    }
    j["bareme_version"] = a.bareme_version;
    return j;
}

void print_text(std::ostream& out, const services::CardCheckAnswer& a) {
    const core::CardCheckResult& r = a.result;
    out << (r.green() ? core::tr("VERT  ") : core::tr("ROUGE ")) << services::describe_card_answer(a) << "\n";
    if (!r.green()) return;
    out << core::tr("  Crédit du mois : {0} restants sur {1}", core::format_euros(r.month_left),
                    core::format_euros(r.month_credit))
        << "\n";
    if (r.week_left) out << core::tr("  Plafond de la semaine : {0} restants", core::format_euros(*r.week_left)) << "\n";
    out << core::tr("  Passages restants : {0}", r.visits_left) << "\n";
    out << core::tr("  Taux de participation : {0}", core::format_percent(r.rate)) << "\n";
}

} // namespace

int run_card(CommandContext& ctx) {
    if (!ctx.words().empty() && (ctx.words()[0] == "issue" || ctx.words()[0] == "revoke" ||
                                 ctx.words()[0] == "replace" || ctx.words()[0] == "print"))
        return run_card_action(ctx, ctx.words()[0]);
    Arguments args(ctx.words(), {"json"}, login_options({"on"}));
    const std::string& verb = args.require(0, core::tr("sous-commande (check, issue, revoke, replace, print)"));
    if (verb != "check") throw UsageError{core::tr("sous-commande inconnue : card {0}", verb)};
    const std::string number = core::parse_card_number(core::normalise_scanned_code(args.require(1, core::tr("numéro de carte"))));
    args.expect_at_most(2);
    const core::Date on = date_option(args, ctx.clock());
    const auto user = logged_in_user(ctx, args, services::Capability::Sell);
    auto answer = services::check_card(ctx.store(), user, number, on);
    if (args.flag("json"))
        ctx.out() << answer_json(answer, number, on).dump(2) << "\n";
    else
        print_text(ctx.out(), answer);
    return answer.result.green() ? kExitDone : kExitRefused;
}

} // namespace cabas::cli
