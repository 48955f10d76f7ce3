// Eligibility: builds the working (every line, divisor, quotient) and decides by comparing the
// exact quotient with the barème's thresholds. The rounded figure is for display only.
#include "core/eligibility.hpp"

#include "core/enum_codes.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"

#include <algorithm>

namespace cabas::core {

namespace {

std::string line_label(const std::string& kind_label, const std::string& own) {
    return own.empty() ? kind_label : kind_label + " (" + own + ")";
}

void check_inputs(const HouseholdComposition& h) {
    if (h.members.empty()) throw ValidationError(tr("membres"), tr("le foyer doit compter au moins un membre"));
    for (std::size_t i = 0; i < h.resources.size(); ++i)
        if (h.resources[i].monthly.is_negative())
            throw ValidationError(tr("ressource {0}", i + 1), tr("montant négatif"));
    for (std::size_t i = 0; i < h.charges.size(); ++i)
        if (h.charges[i].monthly.is_negative())
            throw ValidationError(tr("charge {0}", i + 1), tr("montant négatif"));
    if (h.attested_qf && h.attested_qf->is_negative()) throw ValidationError("quotient_familial", tr("montant négatif"));
}

/// Lists resources and charges, counted or not, and sums the counted ones. Housing benefit is
/// counted exactly once: as a resource, or as a negative charge next to the rent.
void fill_lines(const HouseholdComposition& h, const Bareme& b, EligibilityWorking& w) {
    const bool deducted = b.housing_benefit == HousingBenefitMode::DeductedFromRent;
    Money housing_benefit;
    for (const auto& r : h.resources) {
        WorkingLine line{to_code(r.kind), line_label(label_of(r.kind), r.label), r.monthly, true, {}};
        if (deducted && r.kind == ResourceKind::HousingBenefit) {
            line.counted = false;
            line.note = tr("déduite du loyer");
            housing_benefit += r.monthly;
        } else {
            w.total_resources += r.monthly;
        }
        w.resources.push_back(std::move(line));
    }
    std::size_t after_rent = 0;
    for (const auto& c : h.charges) {
        const bool counted = b.counted_charges.count(c.kind) > 0;
        w.charges.push_back({to_code(c.kind), line_label(label_of(c.kind), c.label), c.monthly, counted,
                             counted ? std::string() : tr("non retenue par le barème")});
        if (counted) w.total_charges += c.monthly;
        if (c.kind == ChargeKind::Rent) after_rent = w.charges.size();
    }
    if (deducted && !housing_benefit.is_zero()) {
        WorkingLine line{to_code(ResourceKind::HousingBenefit), tr("Aide au logement déduite du loyer"), -housing_benefit,
                         true, {}};
        // Shown right under the rent it reduces, so the working reads "loyer net d'aide".
        w.charges.insert(w.charges.begin() + static_cast<std::ptrdiff_t>(after_rent), std::move(line));
        w.total_charges -= housing_benefit;
    }
    w.reste_a_vivre = w.total_resources - w.total_charges;
}

std::string tenths_text(int tenths) {
    std::string s = std::to_string(tenths / 10);
    if (tenths % 10 != 0) s += "," + std::to_string(tenths % 10);
    return s;
}

std::string days_text(int days) { return days > 1 ? tr("{0} jours", days) : tr("{0} jour", days); }

/// Sets the exact quotient, its unit and the thresholds for the barème's mode.
void set_quotient(const HouseholdComposition& h, const Bareme& b, EligibilityWorking& w) {
    const std::int64_t days = w.days;
    switch (w.mode) {
    case EligibilityMode::RavPerPersonDay:
    case EligibilityMode::RavPerUcDay: {
        const bool per_person = w.mode == EligibilityMode::RavPerPersonDay;
        const DailyThresholds& t = per_person ? b.per_person : b.per_uc;
        const Money bonus = w.persons == 1 ? b.single_person_bonus : Money();
        if (per_person) {
            w.quotient_numerator = w.reste_a_vivre.cents();
            w.quotient_denominator = w.persons * days;
            w.divisor_text = w.persons > 1 ? tr("{0} personnes × {1}", w.persons, days_text(w.days))
                                            : tr("{0} personne × {1}", w.persons, days_text(w.days));
            w.result_unit = tr("€/personne/jour");
        } else {
            // UC are in tenths: RAV / (uc/10) / days = RAV × 10 / (uc × days), still exact.
            w.quotient_numerator = w.reste_a_vivre.times(10).cents();
            w.quotient_denominator = w.uc_tenths * days;
            w.divisor_text = tr("{0} UC × {1}", tenths_text(w.uc_tenths), days_text(w.days));
            w.result_unit = tr("€/UC/jour");
        }
        w.eligible_max = t.eligible_max + bonus;
        w.commission_max = t.commission_max + bonus;
        w.free_aid_below = t.free_aid_below + bonus;
        break;
    }
    case EligibilityMode::QuotientFamilial:
        if (h.attested_qf) {
            // The attested QF is recorded as printed, never recomputed (CAF rules we cannot see).
            w.quotient_numerator = h.attested_qf->cents();
            w.quotient_denominator = 1;
            w.divisor_text = tr("QF de l'attestation CAF/MSA");
        } else {
            // Parts are in halves: resources / (halves / 2) = resources × 2 / halves.
            w.qf_estimated = true;
            w.quotient_numerator = w.total_resources.times(2).cents();
            w.quotient_denominator = w.parts_halves;
            w.divisor_text = tr("{0} parts (QF estimé)", tenths_text(w.parts_halves * 5));
        }
        w.result_unit = "€ (QF)";
        w.eligible_max = b.qf_eligible_max;
        w.commission_max = b.qf_commission_max;
        break;
    case EligibilityMode::MonthlyRav: {
        auto it = b.monthly.find(h.type);
        if (it == b.monthly.end()) throw ValidationError("monthly." + to_code(h.type), tr("seuil mensuel manquant"));
        w.quotient_numerator = w.reste_a_vivre.cents();
        w.quotient_denominator = 1;
        w.divisor_text = tr("par mois");
        w.result_unit = tr("€/mois");
        w.eligible_max = it->second.eligible_max;
        w.commission_max = it->second.commission_max;
        break;
    }
    }
}

/// numerator / denominator <= threshold, without rounding and without overflow.
bool at_most(const EligibilityWorking& w, Money threshold) {
    return Money::from_cents(w.quotient_numerator) <= threshold.times(w.quotient_denominator);
}

bool below(const EligibilityWorking& w, Money threshold) {
    return Money::from_cents(w.quotient_numerator) < threshold.times(w.quotient_denominator);
}

} // namespace

EligibilityDecision evaluate_eligibility(const HouseholdComposition& h, const Bareme& b, Date on) {
    check_inputs(h);
    if (b.days_per_month <= 0) throw ValidationError("days_per_month", tr("doit être > 0"));
    EligibilityDecision d;
    EligibilityWorking& w = d.working;
    w.mode = b.mode;
    w.bareme_version = b.version;
    w.days = b.days_per_month;
    w.persons = static_cast<int>(h.members.size());
    w.uc_tenths = consumption_units_tenths(h.members, on);
    w.parts_halves = caf_parts_halves(h.members);
    fill_lines(h, b, w);
    set_quotient(h, b, w);
    w.result = Money::from_cents(divide_half_up(w.quotient_numerator, w.quotient_denominator));
    d.rav_per_person_day =
        Money::from_cents(divide_half_up(w.reste_a_vivre.cents(), static_cast<std::int64_t>(w.persons) * w.days));

    const Money one_cent = Money::from_cents(1);
    if (w.free_aid_below && below(w, *w.free_aid_below)) {
        // Flagged whatever the other thresholds say: the commission may still admit.
        d.outcome = EligibilityOutcome::ReferToFreeAid;
        w.band = "< " + format_euros(*w.free_aid_below);
    } else if (at_most(w, w.eligible_max)) {
        d.outcome = EligibilityOutcome::Eligible;
        w.band = "≤ " + format_euros(w.eligible_max);
    } else if (at_most(w, w.commission_max)) {
        d.outcome = EligibilityOutcome::ToCommission;
        w.band = format_decimal(w.eligible_max + one_cent) + "–" + format_euros(w.commission_max);
    } else {
        d.outcome = EligibilityOutcome::Refused;
        w.band = "> " + format_euros(w.commission_max);
    }
    return d;
}

Rate household_rate(const Bareme& b, Money rav_per_person_day, std::optional<Rate> commission_rate) {
    switch (b.rate_policy) {
    case RatePolicy::Flat:
        return b.flat_rate;
    case RatePolicy::ByRavBand:
        if (b.rate_bands.empty()) return b.flat_rate;
        for (const auto& band : b.rate_bands)
            if (rav_per_person_day < band.below) return band.rate;
        // Above the last band the household still pays the last (highest) rate, not full price.
        return b.rate_bands.back().rate;
    case RatePolicy::PerHousehold:
        return commission_rate.value_or(b.flat_rate);
    }
    return b.flat_rate;
}

namespace {

constexpr std::array<std::pair<EligibilityOutcome, const char*>, 4> outcome_codes{{
    {EligibilityOutcome::Eligible, "eligible"}, {EligibilityOutcome::ToCommission, "commission"},
    {EligibilityOutcome::Refused, "non_eligible"}, {EligibilityOutcome::ReferToFreeAid, "aide_gratuite"}}};

constexpr std::array<std::pair<EligibilityOutcome, const char*>, 4> outcome_labels{{
    {EligibilityOutcome::Eligible, to_translate("Éligible")}, {EligibilityOutcome::ToCommission, to_translate("À présenter en commission")},
    {EligibilityOutcome::Refused, to_translate("Non éligible")}, {EligibilityOutcome::ReferToFreeAid, to_translate("Orientation vers l'aide gratuite")}}};

} // namespace

std::string to_code(EligibilityOutcome v) { return detail::code_of(outcome_codes, v); }
std::string label_of(EligibilityOutcome v) { return detail::label_in_language(outcome_labels, v); }

} // namespace cabas::core
