// The card check at the till: the first reason to refuse wins (card, then access, then visits,
// then credit); a green answer carries only what a volunteer may see.
#include "core/card_check.hpp"

#include "core/enum_codes.hpp"
#include "core/messages.hpp"

namespace cabas::core {

namespace {

/// Maps an access state that forbids shopping to the refusal shown, and its explaining date.
bool refuse_for_access(const AccessStatus& st, CardCheckResult& r) {
    switch (st.state) {
    case AccessState::Active:
        return false;
    case AccessState::NoAccess:
        r.refusal = CardRefusal::NoAccess;
        break;
    case AccessState::NotYetValid:
        r.refusal = CardRefusal::NotYetValid;
        r.reason_date = st.valid_from;
        break;
    case AccessState::Expired:
        r.refusal = CardRefusal::Expired;
        r.reason_date = st.valid_until;
        break;
    case AccessState::Suspended:
        r.refusal = CardRefusal::Suspended;
        break;
    case AccessState::WaitingPeriod:
        r.refusal = CardRefusal::WaitingPeriod;
        r.reason_date = st.waiting_until;
        break;
    case AccessState::Exited:
        r.refusal = CardRefusal::Exited;
        r.reason_date = st.valid_until;
        break;
    }
    return true;
}

} // namespace

CardCheckResult check_card(const std::optional<CardFacts>& facts, const Bareme& bareme, Date on) {
    CardCheckResult r;
    if (!facts) {
        r.refusal = CardRefusal::Unknown;
        return r;
    }
    if (facts->state == CardState::Revoked) {
        // No name for a revoked card: whoever holds it may not be the household.
        r.refusal = CardRefusal::Revoked;
        return r;
    }
    r.display_name = facts->display_name;
    // The household's rate comes with every answer that names the household, red or green:
    // a manager's override lets it shop past an access refusal, and it then pays its usual
    // participation. Leaving the rate at 0 % made an overridden basket free, a gift nobody
    // decided (free goods are the FSE+ and "always free" rules, priced per line).
    r.rate = facts->rate;
    const AccessStatus st = access_status_at(facts->periods, bareme.access, on);
    r.valid_until = st.valid_until;
    if (refuse_for_access(st, r)) return r;

    const CreditLeft left = credit_left(bareme.credit, facts->uc_tenths, facts->usage);
    r.month_credit = left.month_credit;
    r.month_left = left.month_left;
    r.week_left = left.week_left;
    r.visits_left = left.visits_left();
    if (r.visits_left == 0) {
        r.refusal = CardRefusal::VisitLimitReached;
    } else if (r.month_left.cents() <= 0 || (r.week_left && r.week_left->cents() <= 0)) {
        r.refusal = CardRefusal::CreditExhausted;
    } else {
        r.refusal = CardRefusal::None;
    }
    return r;
}

namespace {

constexpr std::array<std::pair<CardRefusal, const char*>, 11> refusal_codes{{
    {CardRefusal::None, "aucun"}, {CardRefusal::Unknown, "inconnue"}, {CardRefusal::Revoked, "revoquee"},
    {CardRefusal::NotYetValid, "pas_encore_valide"}, {CardRefusal::Expired, "expire"},
    {CardRefusal::Suspended, "suspendu"}, {CardRefusal::WaitingPeriod, "carence"},
    {CardRefusal::NoAccess, "sans_droit"}, {CardRefusal::Exited, "sorti"},
    {CardRefusal::VisitLimitReached, "passages_atteints"}, {CardRefusal::CreditExhausted, "credit_epuise"}}};

constexpr std::array<std::pair<CardRefusal, const char*>, 11> refusal_labels{{
    {CardRefusal::None, to_translate("Carte valide")}, {CardRefusal::Unknown, to_translate("Carte inconnue")},
    {CardRefusal::Revoked, to_translate("Carte révoquée (perdue ou volée) : la retenir et prévenir le responsable")},
    {CardRefusal::NotYetValid, to_translate("Droits pas encore ouverts")}, {CardRefusal::Expired, to_translate("Droits expirés")},
    {CardRefusal::Suspended, to_translate("Droits suspendus")}, {CardRefusal::WaitingPeriod, to_translate("Période de carence")},
    {CardRefusal::NoAccess, to_translate("Aucun droit ouvert")}, {CardRefusal::Exited, to_translate("Sortie du dispositif")},
    {CardRefusal::VisitLimitReached, to_translate("Nombre de passages atteint")}, {CardRefusal::CreditExhausted, to_translate("Crédit épuisé")}}};

} // namespace

std::string to_code(CardRefusal v) { return detail::code_of(refusal_codes, v); }
std::string label_of(CardRefusal v) { return detail::label_in_language(refusal_labels, v); }

} // namespace cabas::core
