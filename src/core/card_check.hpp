// The card check at the till: green with what the volunteer may see, or red with the reason.
// Pure: the service gathers the card, the access periods and the usage, this decides.
#pragma once

#include "core/access.hpp"
#include "core/bareme.hpp"
#include "core/credit.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cabas::core {

enum class CardState { Active, Revoked };

enum class CardRefusal {
    None, Unknown, Revoked, NotYetValid, Expired, Suspended, WaitingPeriod, NoAccess, Exited,
    VisitLimitReached, CreditExhausted
};

/// What the service found for the scanned number; nullopt household = unknown card.
struct CardFacts {
    CardState state = CardState::Active;
    std::string display_name;       ///< first name or chosen pseudonym: the only name shown
    std::vector<AccessPeriod> periods;
    int uc_tenths = 10;
    Rate rate;
    CreditUsage usage;
};

/// The answer. Green carries only what the till may show; red carries the reason and, for
/// access refusals, the date that explains it (ended on, valid from, waiting until), and the
/// household's rate whenever the household is known (what it pays under a manager's override).
struct CardCheckResult {
    CardRefusal refusal = CardRefusal::Unknown;
    std::string display_name;
    std::optional<Date> valid_until;
    std::optional<Date> reason_date;
    Money month_credit;
    Money month_left;
    std::optional<Money> week_left;
    int visits_left = 0;
    Rate rate;
    bool green() const { return refusal == CardRefusal::None; }
};

/// Checks a card on `on`. `facts` is nullopt for an unknown number.
CardCheckResult check_card(const std::optional<CardFacts>& facts, const Bareme&, Date on);

std::string to_code(CardRefusal);
/// Plain French for the red banner: "Carte inconnue", "Carte révoquée (perdue ou volée)"...
std::string label_of(CardRefusal);

} // namespace cabas::core
