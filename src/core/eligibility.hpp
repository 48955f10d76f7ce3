// Eligibility: reste à vivre, quotient familial, the decision and its full working.
#pragma once

#include "core/bareme.hpp"
#include "core/household.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cabas::core {

enum class EligibilityOutcome { Eligible, ToCommission, Refused, ReferToFreeAid };

/// One line of the working, as the social worker reads it.
struct WorkingLine {
    std::string code;      ///< to_code(kind)
    std::string label;     ///< French label, plus the user's own label if any
    Money amount;
    bool counted = true;   ///< false for a charge the barème does not count (shown, not summed)
    std::string note;      ///< why not counted, or "déduite du loyer"
};

/// The whole computation, every figure of it. Quotients are exact fractions
/// (numerator / denominator, in cents) and compared exactly; `result` is the display value
/// rounded half-up to the cent.
struct EligibilityWorking {
    EligibilityMode mode = EligibilityMode::RavPerPersonDay;
    std::vector<WorkingLine> resources;
    std::vector<WorkingLine> charges;
    Money total_resources;
    Money total_charges;
    Money reste_a_vivre;            ///< monthly: resources - counted charges
    int persons = 0;
    int uc_tenths = 0;
    int parts_halves = 0;
    int days = 30;
    std::string divisor_text;       ///< "4 personnes × 30 jours"
    std::int64_t quotient_numerator = 0;    ///< cents
    std::int64_t quotient_denominator = 1;
    Money result;                   ///< rounded half-up to the cent, in the mode's unit
    std::string result_unit;        ///< "€/personne/jour", "€/UC/jour", "€ (QF)", "€/mois"
    bool qf_estimated = false;      ///< QF mode without attestation: estimated from parts
    Money eligible_max;             ///< thresholds actually applied (after single bonus...)
    Money commission_max;
    std::optional<Money> free_aid_below;
    std::string band;               ///< "≤ 10,00 €", "10,01–12,00 €", "> 12,00 €", "< 2,00 €"
    int bareme_version = 0;
};

struct EligibilityDecision {
    EligibilityOutcome outcome = EligibilityOutcome::Refused;
    EligibilityWorking working;
    /// Reste à vivre per person per day, exact then rounded: used for the RAV-band rate and
    /// anonymised commission bands whatever the mode.
    Money rav_per_person_day;
};

/// Computes eligibility on `on` (ages are taken on that date). Throws ValidationError when the
/// household has no member or a negative amount.
EligibilityDecision evaluate_eligibility(const HouseholdComposition&, const Bareme&, Date on);

/// Participation rate for a household under the barème's rate policy. `commission_rate` is the
/// rate set per household (policy PerHousehold); other policies ignore it.
Rate household_rate(const Bareme&, Money rav_per_person_day, std::optional<Rate> commission_rate);

std::string to_code(EligibilityOutcome);
/// "Éligible", "À présenter en commission", "Non éligible", "Orientation vers l'aide gratuite".
std::string label_of(EligibilityOutcome);

} // namespace cabas::core
