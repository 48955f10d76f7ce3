// `cabas-cli household add|list|show|incomes|export|decide|renew|suspend|lift|exit`: the
// household services from the command line, as the logged user's role allows.
#include "cli/exit_codes.hpp"
#include "cli/household_cli_support.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "core/money.hpp"
#include "reports/report_pdf.hpp"
#include "services/reports/household_data_document.hpp"
#include "services/simulation.hpp"
#include "storage/store.hpp"
#include "services/settings_service.hpp"

#include <filesystem>

#include <ostream>

namespace cabas::cli {

namespace hh = services::households;

namespace {

std::optional<core::Date> date_of(const Arguments& args, const std::string& name) {
    if (auto text = args.option(name)) return core::parse_date(*text, "--" + name);
    return std::nullopt;
}

std::string required_option(const Arguments& args, const std::string& name, const std::string& what) {
    auto value = args.option(name);
    if (!value || value->empty()) throw UsageError{core::tr("--{0} est obligatoire ({1})", name, what)};
    return *value;
}

core::Decision decision_of(const std::string& code) {
    if (auto d = core::decision_from_code(code)) return *d;
    if (code == "acceptee") return core::Decision::Accepted;
    if (code == "refusee") return core::Decision::Refused;
    if (code == "ajournee") return core::Decision::Postponed;
    throw ValidationError("--decision", core::tr("« {0} » : attendu acceptee, refusee, ajournee ou derogation", code));
}

/// `household add FILE_NO FILE.json --referred-by TEXT [--referred-on DATE] [--referral-reason TEXT]
/// [--pseudonym P]`: a new file from the members, resources and charges of a simulation file
/// (docs/simulate_format.md) and its referral; the rest of the file is completed at the screen.
int add(HouseholdSession& s, const Arguments& args, std::ostream& out) {
    core::HouseholdFile f;
    f.file_number = args.require(1, core::tr("numéro de dossier"));
    const std::string& json_file = args.require(2, core::tr("fichier JSON du foyer (format de simulate)"));
    const services::SimulationLimits limits;
    f.composition = services::composition_from_text(read_input_file(json_file, limits.max_bytes), json_file,
                                                    s.today(), limits);
    f.pseudonym = args.option("pseudonym").value_or("");
    f.referral.on = date_of(args, "referred-on").value_or(s.today());
    f.referral.referred_by = required_option(args, "referred-by", core::tr("qui a orienté le foyer, ex. « CCAS — Mme Durand »"));
    f.referral.reason = args.option("referral-reason").value_or("");
    // The service names the fields as the form does; the CLI names its own options.
    static const std::pair<const char*, const char*> option_of[] = {
        {"orientation.date", "--referred-on"}, {"orientation.par", "--referred-by"},
        {"orientation.motif", "--referral-reason"}};
    try {
        s.service().create(f);
    } catch (const ValidationError& e) {
        for (const auto& [field, option] : option_of)
            if (e.field() == field) throw ValidationError(option, e.reason());
        throw;
    }
    out << core::tr("Dossier {0} créé : orienté le {1} par {2}, en attente de commission", f.file_number,
                    f.referral.on.french(), f.referral.referred_by)
        << "\n"
        << s.cross_site_text(true);
    return kExitDone;
}

int list(HouseholdSession& s, const Arguments& args, std::ostream& out) {
    hh::HouseholdQuery q;
    q.text = args.option("search").value_or("");
    if (auto f = args.option("filter")) {
        auto filter = hh::access_filter_from_code(*f);
        if (!filter)
            throw ValidationError("--filter", core::tr("« {0} » : attendu tous, actifs, expirent, expires, carence, "
                                                 "suspendus ou en_attente",
                                                 *f));
        q.filter = *filter;
    }
    if (auto days = args.option("days")) {
        if (days->empty() || days->size() > 4 || days->find_first_not_of("0123456789") != std::string::npos)
            throw ValidationError("--days", core::tr("« {0} » n'est pas un nombre de jours", *days));
        q.expiring_within_days = std::stoi(*days);
    }
    const auto rows = s.service().list(q);
    for (const auto& r : rows)
        out << r.file_number << "\t" << r.display_name << "\t" << status_text(r.status) << "\t"
            << (r.card_number.empty() ? core::tr("sans carte") : r.card_number)
            << (r.pending ? "\t" + core::tr("en attente de commission") : "") << "\n";
    out << core::tr("{0} foyer(s) — {1}", rows.size(), hh::label_of(q.filter)) << "\n";
    return kExitDone;
}

void print_view(const hh::HouseholdView& v, std::ostream& out) {
    out << core::tr("Dossier {0} — {1}", v.file_number, v.display_name) << "\n";
    out << core::tr("Accès : {0}", status_text(v.status)) << (v.pending ? core::tr(" — en attente de commission") : "")
        << "\n";
    for (const auto& p : v.periods)
        out << core::tr("  période du {0} au {1}", p.start.french(), p.end.french())
            << (p.renewal ? core::tr(" (renouvellement)") : "") << (p.rule_override ? core::tr(" (dérogation aux règles)") : "")
            << (p.exit ? core::tr(" — sortie le {0} : {1}", p.exit->on.french(), core::label_of(p.exit->reason)) : "")
            << "\n";
    out << core::tr("Carte : {0}", v.active_card.empty() ? core::tr("aucune carte active") : v.active_card) << "\n";
    out << core::tr("Passages : {0} — valeur {1}, payé {2}, économie {3}", v.savings.visits,
                    core::format_euros(v.savings.value), core::format_euros(v.savings.paid),
                    core::format_euros(v.savings.savings));
    if (!v.savings.project_target.is_zero())
        out << core::tr(" pour un projet de {0}", core::format_euros(v.savings.project_target));
    out << "\n"
        << core::tr("Crédit du mois : {0} utilisés sur {1}", core::format_euros(v.savings.month_used),
                    core::format_euros(v.savings.month_credit))
        << "\n";
    if (!v.social) return;
    const auto& f = *v.file;
    out << core::tr("Membres :") << "\n";
    for (const auto& m : f.composition.members)
        out << core::tr("  {0} {1}, né(e) le {2} ({3})", m.first_name, m.last_name, m.birth_date.french(),
                        core::to_code(m.relationship))
            << "\n";
    out << core::tr("Orientation : le {0} par {1}", f.referral.on.french(), f.referral.referred_by)
        << (f.referral.reason.empty() ? "" : " — " + f.referral.reason) << "\n";
    if (f.referrer)
        out << core::tr("Prescripteur : {0} — {1}", f.referrer->organisation, f.referrer->social_worker) << "\n";
    if (v.eligibility)
        out << core::tr("Éligibilité : {0} {1} — {2} — {3}", core::format_decimal(v.eligibility->working.result),
                        v.eligibility->working.result_unit, v.eligibility->working.band,
                        core::label_of(v.eligibility->outcome))
            << "\n";
    for (const auto& d : v.decisions)
        out << core::tr("  décision du {0} : {1}", d.decided_on.french(), hh::decision_label(d.decision))
            << (d.reason.empty() ? "" : " — " + d.reason) << " (" << d.decided_by << ")\n";
}

int act(HouseholdSession& s, const std::string& verb, const Arguments& args, std::ostream& out) {
    auto& service = s.service();
    const auto id = service.resolve(args.require(1, core::tr("numéro de dossier ou de carte")));
    if (verb == "show") {
        print_view(service.open(id), out);
    } else if (verb == "incomes") {
        const auto f = service.finances(id);
        for (const auto& r : f.resources)
            out << core::tr("ressource") << "\t" << core::label_of(r.kind) << "\t" << core::format_euros(r.monthly) << "\n";
        for (const auto& c : f.charges)
            out << core::tr("charge") << "\t" << core::label_of(c.kind) << "\t" << core::format_euros(c.monthly) << "\n";
    } else if (verb == "export") {
        const std::string path = required_option(args, "out", core::tr("fichier PDF à remettre au foyer"));
        if (std::filesystem::exists(path) && !args.flag("force"))
            throw ValidationError("--out", core::tr("{0} existe déjà (ajoutez --force pour le remplacer)", path));
        const auto data = service.export_data(id);
        reports::render_report_pdf(services::household_data_document(data), path);
        out << core::tr("Données du foyer {0} écrites dans {1} ({2} passages, {3} consultations)", data.view.file_number,
                        path, data.visits.size(), data.accesses.size())
            << "\n";
    } else if (verb == "decide") {
        hh::DecisionRequest r;
        r.decision = decision_of(required_option(args, "decision", core::tr("acceptee, refusee, ajournee ou derogation")));
        r.reason = args.option("reason").value_or("");
        r.start = date_of(args, "from");
        r.end = date_of(args, "to");
        r.override_reason = args.option("override").value_or("");
        r.issue_card = args.flag("card");
        const auto result = service.decide(id, r);
        out << core::tr("Décision enregistrée : {0}", hh::decision_label(r.decision));
        if (result.period)
            out << core::tr(", accès du {0} au {1}", result.period->start.french(), result.period->end.french());
        if (!result.card_number.empty()) out << core::tr(", carte {0}", result.card_number);
        out << "\n" << s.cross_site_text(false);
    } else if (verb == "renew") {
        const auto p = service.renew(id, {date_of(args, "from"), date_of(args, "to"), args.option("override").value_or("")});
        out << core::tr("Droits renouvelés du {0} au {1}", p.start.french(), p.end.french())
            << (p.rule_override ? core::tr(" (dérogation aux règles)") : "") << "\n"
            << s.cross_site_text(false);
    } else if (verb == "suspend") {
        const core::Date from = date_of(args, "from").value_or(s.today());
        service.suspend(id, from, date_of(args, "until"), required_option(args, "reason", core::tr("motif de la suspension")));
        out << core::tr("Droits suspendus à partir du {0}", from.french()) << "\n";
    } else if (verb == "lift") {
        service.lift_suspension(id, s.today());
        out << core::tr("Suspension levée le {0}", s.today().french()) << "\n";
    } else if (verb == "exit") {
        const std::string code = required_option(args, "reason", "fin_de_droits, objectif_atteint, demenagement, ...");
        const auto reason = core::exit_reason_from_code(code);
        if (!reason) throw ValidationError("--reason", core::tr("motif de sortie inconnu : « {0} »", code));
        const core::Date on = date_of(args, "date").value_or(s.today());
        service.exit(id, on, *reason, args.option("note").value_or(""));
        out << core::tr("Sortie enregistrée le {0} : {1}", on.french(), core::label_of(*reason)) << "\n";
    } else {
        throw UsageError{core::tr("sous-commande inconnue : household {0}", verb)};
    }
    return kExitDone;
}

} // namespace

int run_household(CommandContext& ctx) {
    Arguments args(ctx.words(), {"card", "force"},
                   with_login_options({"search", "filter", "days", "decision", "reason", "from", "to", "until",
                                       "override", "note", "date", "out", "referred-on", "referred-by",
                                       "referral-reason", "pseudonym"}));
    const std::string verb =
        args.require(0, core::tr("sous-commande (add, list, show, incomes, export, decide, renew, suspend, lift, exit)"));
    args.expect_at_most(verb == "list" ? 1 : verb == "add" ? 3 : 2);
    if (verb == "add")
        return with_household_session(
            ctx, args, [&](HouseholdSession& s) { return add(s, args, ctx.out()); }, services::Capability::EditFile);
    return with_household_session(ctx, args, [&](HouseholdSession& s) {
        return verb == "list" ? list(s, args, ctx.out()) : act(s, verb, args, ctx.out());
    });
}

} // namespace cabas::cli
