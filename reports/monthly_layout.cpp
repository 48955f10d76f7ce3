// Layout of the monthly CCAS report (docs/design/domain.md §7, sections 1–5): each indicator for
// the month, the previous month and the year to date, then profiles and the 12-month trend.
// Suppression is applied table by table, and every derived figure (average, evolution) follows
// its counts.
#include "reports/monthly_layout.hpp"

#include "reports/layout_support.hpp"
#include "reports/report_labels.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace cabas::reports {

namespace {

using core::Money;

const std::vector<std::string> kPeriodColumns{"Indicateur", "Mois", "Mois précédent", "Depuis janvier"};

struct Periods {
    const PeriodFigures* f[3];
};

std::vector<std::int64_t> counts(const Periods& p, int PeriodFigures::*field) {
    return {p.f[0]->*field, p.f[1]->*field, p.f[2]->*field};
}

Table activity_table(const Periods& p, int threshold, bool internal) {
    Table t;
    t.id = "activite";
    t.title = "Activité";
    t.columns = kPeriodColumns;
    // Each "dont" comes with its complement so that both pairs are sum groups of the total: a
    // small complement (open − started) is then hidden like any other cell.
    std::vector<std::int64_t> open = counts(p, &PeriodFigures::households_open), started = counts(p, &PeriodFigures::open_started),
                              ended = counts(p, &PeriodFigures::open_ended), before(3), still(3);
    for (std::size_t i = 0; i < 3; ++i) {
        before[i] = open[i] - started[i];
        still[i] = open[i] - ended[i];
    }
    t.rows.push_back(count_row("Foyers ayant des droits ouverts (distincts)", open, true));
    t.rows.push_back(count_row("  dont droits déjà ouverts le premier jour", before));
    t.rows.push_back(count_row("  dont droits ouverts en cours de période", started));
    t.rows.push_back(count_row("  dont droits encore ouverts le dernier jour", still));
    t.rows.push_back(count_row("  dont droits terminés en cours de période", ended));
    t.groups.push_back({{1, 2}, 0});
    t.groups.push_back({{3, 4}, 0});
    const std::size_t served = t.rows.size();
    t.rows.push_back(count_row("Foyers servis (distincts)", counts(p, &PeriodFigures::served)));
    // The two headline figures side by side: their difference (households with rights that did
    // not come, less those served on an override) must not publish a count under the threshold,
    // so when it would, the households with open rights are hidden as "s" (the served are kept:
    // every profile table adds up to them). Suppression then hides what would give it back.
    if (!internal)
        for (std::size_t i = 0; i < 3; ++i) {
            const std::int64_t difference = open[i] - t.rows[served].cells[i].value;
            if (difference != 0 && std::abs(difference) < threshold && !t.rows[0].cells[i].suppressed())
                t.rows[0].cells[i].suppression = Suppression::Secondary;
        }
    add_group(t,
              {count_row("  Adultes (18 ans et plus)", counts(p, &PeriodFigures::adults)),
               count_row("  Enfants de 0 à 2 ans", counts(p, &PeriodFigures::age_0_2)),
               count_row("  Enfants de 3 à 13 ans", counts(p, &PeriodFigures::age_3_13)),
               count_row("  Jeunes de 14 à 17 ans", counts(p, &PeriodFigures::age_14_17))},
              count_row("Personnes des foyers servis (distinctes)", counts(p, &PeriodFigures::persons)), true);
    const std::size_t visits = t.rows.size();
    t.rows.push_back(count_row("Passages (cumul)", counts(p, &PeriodFigures::visits)));
    t.rows.back().cells[0].protect = t.rows.back().cells[1].protect = t.rows.back().cells[2].protect = false;
    std::vector<std::string> per_household, basket_value, basket_paid;
    for (const auto* f : p.f) {
        per_household.push_back(ratio_text(f->visits, f->served));
        basket_value.push_back(f->visits ? core::format_euros(Money::from_cents(core::divide_half_up(f->value.cents(), f->visits))) : "—");
        basket_paid.push_back(f->visits ? core::format_euros(Money::from_cents(core::divide_half_up(f->paid.cents(), f->visits))) : "—");
    }
    const std::size_t average = t.rows.size();
    t.rows.push_back(text_row("Passages par foyer servi (moyenne)", per_household));
    t.rows.push_back(text_row("Panier moyen : valeur marchande", basket_value));
    t.rows.push_back(text_row("Panier moyen : montant payé", basket_paid));
    finish_table(t, threshold, internal);
    for (std::size_t row = average; row < average + 3; ++row) follow_suppression(t, served, row);
    (void)visits;
    t.note = "Foyers et personnes : comptés une fois par période. Passages : achats validés, ventes annulées retirées.";
    return t;
}

std::vector<std::int64_t> breakdown_counts(const Periods& p, Breakdown PeriodFigures::*field, const std::string& label) {
    return {(p.f[0]->*field).count_of(label), (p.f[1]->*field).count_of(label), (p.f[2]->*field).count_of(label)};
}

Table flows_table(const Periods& p, int threshold, bool internal) {
    Table t;
    t.id = "flux";
    t.title = "Entrées, sorties et commission";
    t.columns = kPeriodColumns;
    t.rows.push_back(count_row("Admissions (premières ouvertures de droits)", counts(p, &PeriodFigures::admissions)));
    t.rows.push_back(count_row("Renouvellements", counts(p, &PeriodFigures::renewals)));
    std::vector<Row> exits;
    for (const auto& l : exit_labels()) exits.push_back(count_row("  " + l, breakdown_counts(p, &PeriodFigures::exits, l)));
    add_group(t, std::move(exits),
              count_row("Sorties", {p.f[0]->exits.total(), p.f[1]->exits.total(), p.f[2]->exits.total()}), true);
    t.rows.push_back(count_row("Foyers en carence le dernier jour", counts(p, &PeriodFigures::waiting)));
    std::vector<Row> decisions;
    for (const auto& l : decision_labels())
        decisions.push_back(count_row("  " + l, breakdown_counts(p, &PeriodFigures::decisions, l)));
    add_group(t, std::move(decisions),
              count_row("Décisions de la commission",
                        {p.f[0]->decisions.total(), p.f[1]->decisions.total(), p.f[2]->decisions.total()}),
              true);
    const std::size_t firsts = t.rows.size();
    t.rows.push_back(count_row("Premières décisions datées après l'ouverture du dossier", counts(p, &PeriodFigures::first_decisions)));
    std::vector<std::string> delays;
    for (const auto* f : p.f) delays.push_back(ratio_text(f->delay_days, f->first_decisions));
    const std::size_t delay = t.rows.size();
    t.rows.push_back(text_row("Délai moyen orientation → décision (jours)", delays));
    finish_table(t, threshold, internal);
    follow_suppression(t, firsts, delay);
    return t;
}

Table money_table(const Periods& p, int threshold, bool internal) {
    Table t;
    t.id = "montants";
    t.title = "Aide distribuée";
    t.columns = kPeriodColumns;
    t.rows.push_back(money_row("Valeur marchande distribuée", {p.f[0]->value, p.f[1]->value, p.f[2]->value}));
    t.rows.push_back(money_row("Participations payées par les foyers", {p.f[0]->paid, p.f[1]->paid, p.f[2]->paid}));
    t.rows.push_back(money_row("Aide apportée (valeur − payé)", {p.f[0]->aid(), p.f[1]->aid(), p.f[2]->aid()}, true));
    std::vector<std::string> rates;
    for (const auto* f : p.f) rates.push_back(percent_text(f->paid.cents(), f->value.cents()));
    t.rows.push_back(text_row("Taux de participation effectif moyen", rates));
    hide_small_group_columns(t, counts(p, &PeriodFigures::served), threshold, internal);
    return t;
}

/// Goods of the month grouped by a key (origin or category).
Table goods_table(const PeriodFigures& f, const std::string& id, const std::string& title, bool by_origin,
                  int threshold, bool internal) {
    struct Sum {
        Money value, paid;
        std::int64_t grams = 0;
    };
    std::map<std::string, Sum> sums;
    for (const auto& g : f.goods) {
        auto& s = sums[by_origin ? origin_label(g.origin) : (g.category.empty() ? "Sans catégorie" : g.category)];
        s.value += g.value;
        s.paid += g.paid;
        s.grams += g.grams;
    }
    Table t;
    t.id = id;
    t.title = title;
    t.columns = {by_origin ? "Origine" : "Catégorie", "Valeur", "Payé", "Aide", "Poids (kg)"};
    Sum total;
    for (const auto& [label, s] : sums) {
        t.rows.push_back({label,
                          {Cell::money(s.value), Cell::money(s.paid), Cell::money(s.value - s.paid), Cell::of_text(kg_text(s.grams))},
                          false});
        total.value += s.value;
        total.paid += s.paid;
        total.grams += s.grams;
    }
    t.rows.push_back({"Total",
                      {Cell::money(total.value), Cell::money(total.paid), Cell::money(total.value - total.paid),
                       Cell::of_text(kg_text(total.grams))},
                      true});
    hide_small_group_columns(t, std::vector<std::int64_t>(t.columns.size() - 1, f.served), threshold, internal);
    return t;
}

Table payments_table(const PeriodFigures& f, int threshold, bool internal) {
    Table t;
    t.id = "paiements";
    t.title = "Encaissements et clôtures";
    t.columns = {"Moyen de paiement", "Montant"};
    Money total;
    for (const auto* code : {"cash", "card", "cheque", "free"}) {
        const auto it = f.payments.find(code);
        const Money m = it == f.payments.end() ? Money() : it->second;
        t.rows.push_back(money_row(payment_label(code), {m}));
        total += m;
    }
    t.rows.push_back(money_row("Total encaissé", {total}, true));
    t.rows.push_back({"Sessions de caisse clôturées", {Cell::count(f.closures.sessions, false)}, false});
    t.rows.push_back(money_row("Espèces comptées aux clôtures", {f.closures.counted}));
    hide_small_group_columns(t, {f.served}, threshold, internal, t.rows.size() - 2);  // the session count stays
    return t;
}

Table credit_table(const Periods& p, int threshold, bool internal) {
    Table t;
    t.id = "credit";
    t.title = "Utilisation du crédit mensuel";
    t.columns = {"Indicateur", "Mois", "Mois précédent"};
    t.rows.push_back(money_row("Crédit ouvert aux foyers ayant des droits", {p.f[0]->credit_granted, p.f[1]->credit_granted}));
    t.rows.push_back(money_row("Crédit consommé (valeur marchande)", {p.f[0]->credit_used, p.f[1]->credit_used}));
    t.rows.push_back(text_row("Part du crédit consommée", {percent_text(p.f[0]->credit_used.cents(), p.f[0]->credit_granted.cents()),
                                                           percent_text(p.f[1]->credit_used.cents(), p.f[1]->credit_granted.cents())}));
    t.rows.push_back(count_row("Foyers ayant des droits qui ne sont pas venus",
                               {p.f[0]->open_without_visit, p.f[1]->open_without_visit}));
    // Credit is granted over the households with rights and used by those served: the smaller
    // group decides.
    std::vector<std::int64_t> smaller;
    for (std::size_t i = 0; i < 2; ++i) {
        const std::int64_t open = p.f[i]->households_open, served = p.f[i]->served;
        smaller.push_back(open > 0 && served > 0 ? std::min(open, served) : std::max(open, served));
    }
    hide_small_group_columns(t, smaller, threshold, internal);
    finish_table(t, threshold, internal);
    return t;
}

std::string evolution(const Cell& now, const Cell& before) {
    if (now.suppressed() || before.suppressed()) return "s";
    if (before.value == 0) return "—";
    const std::int64_t diff = now.value - before.value;
    return (diff > 0 ? "+" : "") + ratio_text(diff * 100, before.value) + " %";
}

Table comparison_table(const Periods& p, int threshold, bool internal) {
    Table t;
    t.id = "comparaison";
    t.title = "Évolution des principaux indicateurs";
    t.columns = {"Indicateur", "Mois", "Mois précédent", "Évolution", "Depuis janvier"};
    auto add = [&](const std::string& label, std::vector<Cell> cells) {
        Cell evo = Cell::of_text("");
        cells.insert(cells.begin() + 2, evo);
        t.rows.push_back({label, std::move(cells), false});
    };
    add("Foyers servis (distincts)", {Cell::count(p.f[0]->served), Cell::count(p.f[1]->served), Cell::count(p.f[2]->served)});
    add("Personnes des foyers servis", {Cell::count(p.f[0]->persons), Cell::count(p.f[1]->persons), Cell::count(p.f[2]->persons)});
    add("Passages (cumul)", {Cell::count(p.f[0]->visits, false), Cell::count(p.f[1]->visits, false), Cell::count(p.f[2]->visits, false)});
    add("Valeur marchande distribuée", {Cell::money(p.f[0]->value), Cell::money(p.f[1]->value), Cell::money(p.f[2]->value)});
    add("Aide apportée", {Cell::money(p.f[0]->aid()), Cell::money(p.f[1]->aid()), Cell::money(p.f[2]->aid())});
    finish_table(t, threshold, internal);
    for (auto& row : t.rows) row.cells[2] = Cell::of_text(evolution(row.cells[0], row.cells[1]));
    return t;
}

Chart trend_chart(const MonthlyReport& r, bool households, int threshold, bool internal) {
    Chart c;
    c.kind = Chart::Kind::Line;
    c.title = households ? "Foyers servis sur douze mois" : "Aide apportée sur douze mois (€)";
    c.unit = households ? "foyers" : "€";
    Chart::Series s{households ? "Foyers servis" : "Aide apportée", {}, {}};
    for (const auto& m : r.trend) {
        c.labels.push_back(Month::parse(m.month).short_french());
        const bool hide = households && !internal && m.households > 0 && m.households < threshold;
        s.values.push_back(hide ? 0.0 : households ? m.households : static_cast<double>((m.value - m.paid).cents()) / 100.0);
        s.hidden.push_back(hide);
    }
    c.series.push_back(std::move(s));
    return c;
}

Section profiles_section(const MonthlyReport& r, int threshold, bool internal) {
    Section s;
    s.title = "4. Profils des foyers servis et admis";
    s.paragraphs.push_back("Foyers servis : âges au premier passage du mois. Foyers admis : âges à l'ouverture des droits.");
    static const std::vector<std::string> ids{"profil_type", "profil_taille", "profil_ages", "profil_sexe", "profil_ressource",
                                              "profil_logement", "profil_prescripteur", "profil_quartier", "profil_rav",
                                              "profil_projet"};
    for (std::size_t i = 0; i < r.current.served_profile.parts.size(); ++i) {
        const Breakdown& served = r.current.served_profile.parts[i];
        const Breakdown& admitted = r.current.admitted_profile.parts[i];
        const bool free_text = i == 6 || i == 7;
        Table t = breakdown_table(ids[i], {&served, &admitted},
                                  {served.title, served.persons ? "Personnes servies" : "Foyers servis",
                                   served.persons ? "Personnes admises" : "Foyers admis"},
                                  free_text);
        finish_table(t, threshold, internal);
        if (i == 0 || i == 2) s.charts.push_back(bars_of(t, served.persons ? "personnes" : "foyers"));
        s.tables.push_back(std::move(t));
    }
    return s;
}

} // namespace

ReportDocument layout_monthly(const MonthlyReport& r) {
    const int threshold = r.options.threshold;
    const bool internal = r.options.internal;
    const Periods p{{&r.current, &r.previous, &r.year_to_date}};
    ReportDocument d;
    d.title = "Rapport mensuel d'activité au CCAS";
    d.shop_name = r.options.shop_name;
    d.period = r.month.french();
    d.threshold = threshold;
    d.internal = internal;
    d.header_lines = {
        "Période : du " + r.current.from.french() + " au " + r.current.to.french() + " ; comparaisons avec " +
            r.month.previous().french() + " et depuis le 1er janvier " + std::to_string(r.month.year) + ".",
        "Barème en vigueur : version " + std::to_string(r.bareme_version) + " « " + r.bareme_label + " », depuis le " +
            r.bareme_from.french() +
            (r.bareme_from > r.current.to ? " (aucun barème n'était encore en vigueur ce mois-là : le premier est indiqué)."
                                          : "."),
        "Conventions : un foyer est un dossier ; une personne est un membre d'un foyer ; un passage est un achat validé "
        "en caisse. Foyers et personnes sont comptés une fois par période (distincts) ; passages et montants "
        "s'additionnent (cumul). Une correction compte le mois où elle est faite : le même mois, la vente compte pour "
        "son panier corrigé (annulée, elle est retirée) ; un mois suivant, le mois de la vente garde ses chiffres "
        "publiés et celui de la correction reçoit la différence en montants, lignes et denrées (une annulation y est "
        "soustraite), sans passage ni foyer servi de plus ou de moins.",
        internal ? "Document interne : aucun effectif n'est masqué. Ne pas diffuser hors de l'épicerie."
                 : "Secret statistique : tout effectif de 1 à " + std::to_string(threshold - 1) + " est remplacé par « < " +
                       std::to_string(threshold) + " » ; « s » masque une case qui permettrait de le retrouver par soustraction, "
                       "y compris entre les foyers ayant des droits ouverts et les foyers servis quand leur écart est "
                       "sous ce seuil ; montants et moyennes portant sur moins de " + std::to_string(threshold) +
                       " foyers sont masqués de même.",
    };
    Section activity{"1. Activité", {}, {activity_table(p, threshold, internal)}, {}};
    if (r.current.served == 0 && r.current.households_open == 0 && r.current.decisions.total() == 0)
        activity.paragraphs.push_back("Aucune activité enregistrée pour " + r.month.french() +
                                      " : aucun foyer n'avait de droits ouverts et aucun passage n'a eu lieu.");
    else if (r.current.served == 0)
        activity.paragraphs.push_back("Aucun passage en caisse enregistré pour " + r.month.french() + ".");
    d.sections.push_back(std::move(activity));
    d.sections.push_back({"2. Entrées, sorties et commission", {}, {flows_table(p, threshold, internal)}, {}});
    Section money{"3. Argent et marchandises", {}, {}, {}};
    money.tables = {money_table(p, threshold, internal),
                    goods_table(r.current, "par_origine", "Par origine des produits (mois)", true, threshold, internal),
                    goods_table(r.current, "par_categorie", "Par catégorie de produits (mois)", false, threshold, internal),
                    payments_table(r.current, threshold, internal), credit_table(p, threshold, internal)};
    d.sections.push_back(std::move(money));
    d.sections.push_back(profiles_section(r, threshold, internal));
    Section compare{"5. Comparaisons et évolution", {}, {comparison_table(p, threshold, internal)}, {}};
    compare.charts = {trend_chart(r, true, threshold, internal), trend_chart(r, false, threshold, internal)};
    d.sections.push_back(std::move(compare));
    return d;
}

} // namespace cabas::reports
