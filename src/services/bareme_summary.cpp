// The barème in plain French (see bareme_summary.hpp).
#include "services/bareme_summary.hpp"

#include "reports/report_labels.hpp"

namespace cabas::services {

namespace {

using core::format_euros;
using core::format_percent;

std::string months(int n) { return std::to_string(n) + " mois"; }

std::string per_day(core::Money amount) { return format_euros(amount) + " par jour"; }

std::string daily_rule(const std::string& measure, const core::DailyThresholds& t, core::Money single_bonus) {
    std::string line = "Éligibilité selon le reste à vivre " + measure + " : accès direct jusqu'à " +
                       per_day(t.eligible_max) + ", avis de la commission jusqu'à " + per_day(t.commission_max) +
                       ", refus au-delà";
    if (t.free_aid_below > core::Money{}) line += " ; aide gratuite proposée en dessous de " + per_day(t.free_aid_below);
    if (single_bonus > core::Money{})
        line += " ; seuils relevés de " + per_day(single_bonus) + " pour une personne seule";
    return line + ".";
}

std::string eligibility(const core::Bareme& b) {
    switch (b.mode) {
    case core::EligibilityMode::RavPerPersonDay: return daily_rule("par personne et par jour", b.per_person, b.single_person_bonus);
    case core::EligibilityMode::RavPerUcDay:
        return daily_rule("par unité de consommation et par jour", b.per_uc, b.single_person_bonus);
    case core::EligibilityMode::QuotientFamilial:
        return "Éligibilité selon le quotient familial : accès direct jusqu'à " + format_euros(b.qf_eligible_max) +
               ", avis de la commission jusqu'à " + format_euros(b.qf_commission_max) + ", refus au-delà.";
    case core::EligibilityMode::MonthlyRav: {
        std::string line = "Éligibilité selon le reste à vivre mensuel du foyer :";
        bool first = true;
        for (const auto& [type, t] : b.monthly) {
            line += std::string(first ? " " : " ; ") + reports::label_of(type) + " jusqu'à " +
                    format_euros(t.eligible_max) + " (commission jusqu'à " + format_euros(t.commission_max) + ")";
            first = false;
        }
        return line + ".";
    }
    }
    return {};
}

std::string rates(const core::Bareme& b) {
    switch (b.rate_policy) {
    case core::RatePolicy::Flat:
        return "Les foyers paient " + format_percent(b.flat_rate) + " de la valeur des produits.";
    case core::RatePolicy::ByRavBand: {
        std::string line = "Participation selon le reste à vivre par personne :";
        for (std::size_t i = 0; i < b.rate_bands.size(); ++i)
            line += std::string(i == 0 ? " " : ", ") + format_percent(b.rate_bands[i].rate) + " sous " +
                    per_day(b.rate_bands[i].below);
        if (!b.rate_bands.empty()) line += ", " + format_percent(b.rate_bands.back().rate) + " au-delà";
        return line + ".";
    }
    case core::RatePolicy::PerHousehold:
        return "Le taux de participation est fixé foyer par foyer à la décision (" + format_percent(b.flat_rate) +
               " sinon).";
    }
    return {};
}

std::string credit(const core::CreditRules& c) {
    std::string line = "Crédit du mois : " + format_euros(c.per_uc_month) + " par unité de consommation, arrondi par pas de " +
                       format_euros(c.rounding_step) + ", au plus " + format_euros(c.monthly_cap);
    line += c.weekly_cap_enabled ? " ; au plus un quart par semaine (arrondi au pas de " + format_euros(c.weekly_rounding_step) + " supérieur)"
                                 : " ; sans plafond par semaine";
    line += c.carry_over ? " ; ce qui n'est pas dépensé passe au mois suivant." : " ; ce qui n'est pas dépensé est perdu en fin de mois.";
    return line;
}

std::string visits(const core::CreditRules& c) {
    auto count = [](int n, const char* per) {
        return std::to_string(n) + (n > 1 ? " passages par " : " passage par ") + per;
    };
    return "Au plus " + count(c.visits_per_week, "semaine") + " et " + count(c.visits_per_month, "mois") +
           (c.limits_scale_with_size ? " ; les limites par produit grandissent avec la taille du foyer." : ".");
}

} // namespace

std::vector<std::string> describe_bareme(const core::Bareme& b) {
    const core::AccessRules& a = b.access;
    return {
        "Version " + std::to_string(b.version) + " « " + b.label + " », en vigueur depuis le " + b.effective_from.french() + ".",
        eligibility(b),
        rates(b),
        "Produits de la banque alimentaire : au plus " + format_percent(b.food_bank_cap) + " de leur valeur.",
        "Droits ouverts pour " + months(a.initial_months) + ", renouvelables par " + months(a.renewal_months) +
            " ; au plus " + months(a.window_max_months) + " sur " + months(a.window_months) + ", puis " +
            months(a.waiting_months) + " d'attente.",
        credit(b.credit),
        visits(b.credit),
    };
}

} // namespace cabas::services
