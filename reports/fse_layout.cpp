// Laying out the FSE+ / food-bank and annual reports (see fse_layout.hpp).
#include "reports/fse_layout.hpp"

#include "reports/layout_support.hpp"
#include "reports/month.hpp"
#include "reports/report_labels.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace cabas::reports {

namespace {

using core::Money;

std::string quantity_text(const LotFlow& l, std::int64_t q) {
    if (l.weighed) return kg_text(q) + " kg";
    return std::to_string(q) + " u";
}

Table recipients_table(const FseReport& r) {
    Table t;
    t.id = "beneficiaires";
    t.title = "Bénéficiaires finaux (personnes distinctes)";
    t.columns = {"Indicateur", "Période"};
    const Recipients& x = r.recipients;
    t.rows = {count_row("Foyers servis", {x.households}), count_row("Personnes (bénéficiaires finaux)", {x.persons}),
              count_row("  dont enfants de moins de 18 ans", {x.children}), count_row("  dont jeunes de 18 à 29 ans", {x.age_18_29}),
              count_row("  dont femmes", {x.women}), count_row("  dont personnes de 65 ans et plus", {x.age_65_plus}),
              count_row("  dont handicap déclaré", {x.disabled}),
              count_row("  dont ressortissants de pays tiers", {x.third_country}),
              count_row("  dont personnes sans domicile", {x.homeless})};
    t.note = "Les catégories se recoupent : une personne peut figurer dans plusieurs lignes. Âges au premier passage de la période.";
    finish_table(t, r.options.threshold, r.options.internal);
    return t;
}

Table origin_table(const FseReport& r) {
    struct Sum {
        Money value, paid;
        std::int64_t grams = 0, lines = 0;
    };
    std::map<std::string, Sum> sums;
    Sum total;
    for (const auto& g : r.goods) {
        auto& s = sums[origin_label(g.origin)];
        for (Sum* x : {&s, &total}) {
            x->value += g.value;
            x->paid += g.paid;
            x->grams += g.grams;
            x->lines += g.lines;
        }
    }
    Table t;
    t.id = "kg_par_origine";
    t.title = "Denrées distribuées par origine";
    t.columns = {"Origine", "Poids (kg)", "Valeur", "Payé", "Lignes"};
    for (const auto& [label, s] : sums)
        t.rows.push_back({label, {Cell::of_text(kg_text(s.grams)), Cell::money(s.value), Cell::money(s.paid), Cell::count(s.lines, false)}, false});
    t.rows.push_back({"Total", {Cell::of_text(kg_text(total.grams)), Cell::money(total.value), Cell::money(total.paid), Cell::count(total.lines, false)}, true});
    t.note = "Poids : produits pesés, ou nombre de pièces × poids net de la pièce (0 quand il n'est pas renseigné).";
    hide_small_group_columns(t, std::vector<std::int64_t>(t.columns.size() - 1, r.recipients.households),
                             r.options.threshold, r.options.internal);
    return t;
}

/// By family, each followed by its sub-families, then "Sans famille", then the total: the total
/// equals the origin table's, since both count the same lines.
Table families_table(const FseReport& r) {
    struct Sum {
        Money value, paid;
        std::int64_t grams = 0, lines = 0;
        void add(const FamilyGoods& g) {
            value += g.value;
            paid += g.paid;
            grams += g.grams;
            lines += g.lines;
        }
        std::vector<Cell> cells() const {
            return {Cell::of_text(kg_text(grams)), Cell::money(value), Cell::money(paid), Cell::count(lines, false)};
        }
    };
    std::vector<const FamilyGoods*> ordered;
    for (const auto& g : r.families) ordered.push_back(&g);
    // Codes in text order, the goods without family after every family.
    std::stable_sort(ordered.begin(), ordered.end(), [](const FamilyGoods* a, const FamilyGoods* b) {
        if (a->family.has_value() != b->family.has_value()) return a->family.has_value();
        if (!a->family) return false;
        return std::tie(a->family->family_code, a->family->subfamily_code) <
               std::tie(b->family->family_code, b->family->subfamily_code);
    });
    Table t;
    t.id = "denrees_par_famille";
    t.title = "Denrées distribuées par famille de la banque alimentaire";
    t.columns = {"Famille — sous-famille", "Poids (kg)", "Valeur", "Payé", "Lignes"};
    Sum total, without;
    bool any_without = false;
    for (std::size_t i = 0; i < ordered.size();) {
        const FamilyGoods& first = *ordered[i];
        total.add(first);
        if (!first.family) {
            any_without = true;
            without.add(first);
            ++i;
            continue;
        }
        Sum family;
        std::vector<Row> subfamilies;
        for (; i < ordered.size() && ordered[i]->family && ordered[i]->family->family_code == first.family->family_code; ++i) {
            const FamilyGoods& g = *ordered[i];
            if (&g != &first) total.add(g);
            family.add(g);
            Sum one;
            one.add(g);
            subfamilies.push_back({"  " + g.family->subfamily_code + " " + g.family->subfamily, one.cells(), false});
        }
        t.rows.push_back({first.family->family_code + " " + first.family->family, family.cells(), false});
        for (auto& row : subfamilies) t.rows.push_back(std::move(row));
    }
    if (any_without) t.rows.push_back({"Sans famille", without.cells(), false});
    t.rows.push_back({"Total", total.cells(), true});
    t.note = "Famille et sous-famille de la catégorie du produit, telles que l'épicerie les a rangées (gestion des "
             "produits) ; « Sans famille » : produits sans catégorie ou catégorie non rangée. Mêmes lignes et mêmes "
             "totaux que le tableau par origine.";
    hide_small_group_columns(t, std::vector<std::int64_t>(t.columns.size() - 1, r.recipients.households),
                             r.options.threshold, r.options.internal);
    return t;
}

Table lots_table(const FseReport& r) {
    Table t;
    t.id = "tracabilite_lots";
    t.title = "Traçabilité des lots FSE+ et Banque Alimentaire";
    t.columns = {"Lot — produit", "Origine", "Reçu le", "Reçu", "Distribué", "Perdu", "Ajusté", "Restant"};
    for (const auto& l : r.lots)
        t.rows.push_back({(l.lot_code.empty() ? "lot " + std::to_string(l.lot_id) : l.lot_code) + " — " + l.product,
                          {Cell::of_text(origin_label(l.origin)), Cell::of_text(l.received_on.french()),
                           Cell::of_text(quantity_text(l, l.received)), Cell::of_text(quantity_text(l, l.distributed)),
                           Cell::of_text(quantity_text(l, l.lost)), Cell::of_text(quantity_text(l, l.adjusted)),
                           Cell::of_text(quantity_text(l, l.remaining))},
                          false});
    t.note = "Reçu, distribué (ventes nettes des corrections), perdu et ajusté pendant la période ; restant à la fin de la période. "
             "u : pièces.";
    return t;
}

Table months_table(const FseReport& r) {
    Table t;
    t.id = "activite_par_mois";
    t.title = "Activité mois par mois";
    t.columns = {"Mois", "Foyers servis", "Passages", "Valeur", "Aide apportée"};
    for (const auto& m : r.months) {
        t.rows.push_back({m.month, {Cell::count(m.households), Cell::count(m.visits, false), Cell::money(m.value), Cell::money(m.value - m.paid)}, false});
        hide_small_group_row(t.rows.back(), m.households, r.options.threshold, r.options.internal);
    }
    finish_table(t, r.options.threshold, r.options.internal);
    return t;
}

} // namespace

ReportDocument layout_fse(const FseReport& r) {
    ReportDocument d;
    d.title = r.annual ? "Rapport annuel — FSE+ et Banque Alimentaire" : "Rapport FSE+ et Banque Alimentaire";
    d.shop_name = r.options.shop_name;
    d.period = r.annual ? "année " + std::to_string(r.from.year()) : "du " + r.from.french() + " au " + r.to.french();
    d.threshold = r.options.threshold;
    d.internal = r.options.internal;
    d.header_lines = {
        "Période : du " + r.from.french() + " au " + r.to.french() + ".",
        "Conventions : un bénéficiaire final est chaque membre d'un foyer venu au moins une fois dans la période, compté "
        "une fois ; une correction compte quand elle est faite (le même mois, la vente compte pour son panier corrigé ; "
        "un mois suivant, la différence compte ce mois-là et le passage reste dans son mois) ; le poids vient des "
        "pesées ou du poids net des produits.",
        r.options.internal ? "Document interne : aucun effectif n'est masqué. Ne pas diffuser hors de l'épicerie."
                           : "Secret statistique : tout effectif de 1 à " + std::to_string(r.options.threshold - 1) +
                                 " est remplacé par « < " + std::to_string(r.options.threshold) + " » ; montants et moyennes portant sur moins "
                                 "de " + std::to_string(r.options.threshold) + " foyers : « s ».",
    };
    Section people{"1. Bénéficiaires finaux", {}, {recipients_table(r)}, {}};
    if (r.recipients.households == 0) people.paragraphs.push_back("Aucun passage en caisse enregistré sur la période.");
    d.sections.push_back(std::move(people));
    Section goods{"2. Denrées distribuées", {}, {origin_table(r), families_table(r)}, {}};
    std::string check = "Denrées FSE+ distribuées gratuitement : " + core::format_euros(r.fse_value) + " de valeur marchande, " +
                        std::to_string(r.fse_lines) + " lignes de vente. ";
    check += r.fse_paying_lines == 0
                 ? "Confirmation : aucune ligne FSE+ n'a été facturée (montant payé : " + core::format_euros(r.fse_paid) + ")."
                 : "ATTENTION : " + std::to_string(r.fse_paying_lines) + " ligne(s) FSE+ ont été facturées pour " +
                       core::format_euros(r.fse_paid) + " ; à régulariser.";
    goods.paragraphs.push_back(check);
    d.sections.push_back(std::move(goods));
    Section lots{"3. Traçabilité des lots", {}, {lots_table(r)}, {}};
    if (r.lots.empty()) lots.paragraphs.push_back("Aucun lot FSE+ ou Banque Alimentaire en stock ou en mouvement sur la période.");
    d.sections.push_back(std::move(lots));
    if (r.annual) {
        Section year{"4. Activité de l'année", {}, {months_table(r)}, {}};
        Chart c;
        c.kind = Chart::Kind::Line;
        c.title = "Foyers servis par mois";
        c.unit = "foyers";
        Chart::Series s{"Foyers servis", {}, {}};
        const auto& t = year.tables.front();
        for (const auto& row : t.rows) {
            c.labels.push_back(Month::parse(row.label).short_french());
            s.values.push_back(row.cells[0].suppressed() ? 0.0 : static_cast<double>(row.cells[0].value));
            s.hidden.push_back(row.cells[0].suppressed());
        }
        c.series.push_back(std::move(s));
        year.charts.push_back(std::move(c));
        d.sections.push_back(std::move(year));
    }
    return d;
}

} // namespace cabas::reports
