// The barème in plain words, in the process language (see bareme_summary.hpp).
#include "services/bareme_summary.hpp"

#include "core/messages.hpp"

namespace cabas::services {

namespace {

using core::format_euros;
using core::format_percent;
using core::tr;

std::string months(int n) { return n == 1 ? tr("1 mois") : tr("{0} mois", n); }

std::string per_day(core::Money amount) { return tr("{0} par jour", format_euros(amount)); }

/// The household types as the summary names them (the reports' labels are French documents').
std::string type_name(core::HouseholdType type) {
    switch (type) {
    case core::HouseholdType::Single: return tr("Personne seule");
    case core::HouseholdType::Couple: return tr("Couple sans enfant");
    case core::HouseholdType::CoupleWithChildren: return tr("Couple avec enfants");
    case core::HouseholdType::SingleParent: return tr("Famille monoparentale");
    case core::HouseholdType::Other: break;
    }
    return tr("Autre");
}

std::string daily_rule(const std::string& measure, const core::DailyThresholds& t, core::Money single_bonus) {
    std::string line = tr("Éligibilité selon le reste à vivre {0} : accès direct jusqu'à {1}, avis de la commission jusqu'à "
                          "{2}, refus au-delà",
                          measure, per_day(t.eligible_max), per_day(t.commission_max));
    if (t.free_aid_below > core::Money{})
        line = tr("{0} ; aide gratuite proposée en dessous de {1}", line, per_day(t.free_aid_below));
    if (single_bonus > core::Money{})
        line = tr("{0} ; seuils relevés de {1} pour une personne seule", line, per_day(single_bonus));
    return line + ".";
}

std::string eligibility(const core::Bareme& b) {
    switch (b.mode) {
    case core::EligibilityMode::RavPerPersonDay:
        return daily_rule(tr("par personne et par jour"), b.per_person, b.single_person_bonus);
    case core::EligibilityMode::RavPerUcDay:
        return daily_rule(tr("par unité de consommation et par jour"), b.per_uc, b.single_person_bonus);
    case core::EligibilityMode::QuotientFamilial:
        return tr("Éligibilité selon le quotient familial : accès direct jusqu'à {0}, avis de la commission jusqu'à {1}, "
                  "refus au-delà.",
                  format_euros(b.qf_eligible_max), format_euros(b.qf_commission_max));
    case core::EligibilityMode::MonthlyRav: {
        std::string types;
        for (const auto& [type, t] : b.monthly) {
            const std::string one = tr("{0} jusqu'à {1} (commission jusqu'à {2})", type_name(type),
                                       format_euros(t.eligible_max), format_euros(t.commission_max));
            types += types.empty() ? one : " ; " + one;
        }
        return types.empty() ? tr("Éligibilité selon le reste à vivre mensuel du foyer :") + "."
                             : tr("Éligibilité selon le reste à vivre mensuel du foyer : {0}.", types);
    }
    }
    return {};
}

std::string rates(const core::Bareme& b) {
    switch (b.rate_policy) {
    case core::RatePolicy::Flat:
        return tr("Les foyers paient {0} de la valeur des produits.", format_percent(b.flat_rate));
    case core::RatePolicy::ByRavBand: {
        std::string bands;
        for (std::size_t i = 0; i < b.rate_bands.size(); ++i)
            bands += (i == 0 ? "" : ", ") +
                     tr("{0} sous {1}", format_percent(b.rate_bands[i].rate), per_day(b.rate_bands[i].below));
        if (!b.rate_bands.empty()) bands += ", " + tr("{0} au-delà", format_percent(b.rate_bands.back().rate));
        return bands.empty() ? tr("Participation selon le reste à vivre par personne :") + "."
                             : tr("Participation selon le reste à vivre par personne : {0}.", bands);
    }
    case core::RatePolicy::PerHousehold:
        return tr("Le taux de participation est fixé foyer par foyer à la décision ({0} sinon).", format_percent(b.flat_rate));
    }
    return {};
}

std::string credit(const core::CreditRules& c) {
    std::string line = tr("Crédit du mois : {0} par unité de consommation, arrondi par pas de {1}, au plus {2}",
                          format_euros(c.per_uc_month), format_euros(c.rounding_step), format_euros(c.monthly_cap));
    line = c.weekly_cap_enabled
               ? tr("{0} ; au plus un quart par semaine (arrondi au pas de {1} supérieur)", line,
                    format_euros(c.weekly_rounding_step))
               : tr("{0} ; sans plafond par semaine", line);
    return c.carry_over ? tr("{0} ; ce qui n'est pas dépensé passe au mois suivant.", line)
                        : tr("{0} ; ce qui n'est pas dépensé est perdu en fin de mois.", line);
}

std::string visits(const core::CreditRules& c) {
    const std::string week = c.visits_per_week > 1 ? tr("{0} passages par semaine", c.visits_per_week)
                                                   : tr("{0} passage par semaine", c.visits_per_week);
    const std::string month = c.visits_per_month > 1 ? tr("{0} passages par mois", c.visits_per_month)
                                                     : tr("{0} passage par mois", c.visits_per_month);
    return c.limits_scale_with_size ? tr("Au plus {0} et {1} ; les limites par produit grandissent avec la taille du foyer.",
                                         week, month)
                                    : tr("Au plus {0} et {1}.", week, month);
}

} // namespace

std::vector<std::string> describe_bareme(const core::Bareme& b) {
    const core::AccessRules& a = b.access;
    return {
        tr("Version {0} « {1} », en vigueur depuis le {2}.", b.version, b.label, b.effective_from.french()),
        eligibility(b),
        rates(b),
        tr("Produits de la banque alimentaire : au plus {0} de leur valeur.", format_percent(b.food_bank_cap)),
        tr("Droits ouverts pour {0}, renouvelables par {1} ; au plus {2} sur {3}, puis {4} d'attente.", months(a.initial_months),
           months(a.renewal_months), months(a.window_max_months), months(a.window_months), months(a.waiting_months)),
        credit(b.credit),
        visits(b.credit),
    };
}

} // namespace cabas::services
