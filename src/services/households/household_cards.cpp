// Card actions on a household: issue, revoke, replace and what a printed card shows. Numbers
// come from card_service (random serials under the barème prefix).
#include "services/households/household_service.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/bareme_service.hpp"
#include "services/card_service.hpp"
#include "services/households/access_log_texts.hpp"
#include "services/settings_service.hpp"
#include "storage/store.hpp"

#include <algorithm>

namespace cabas::services::households {

namespace {

storage::CardRecord require_active(storage::Store& store, std::int64_t household_id) {
    auto card = store.cards().active_card_of(household_id);
    if (!card) throw ValidationError("carte", core::tr("ce foyer n'a pas de carte active"));
    return *card;
}

} // namespace

std::string HouseholdService::issue_card(std::int64_t household_id) {
    require(Capability::ManageCards, household_id);
    return m_store.transaction([&] {
        load(household_id);
        if (m_store.cards().active_card_of(household_id))
            throw ValidationError("carte", core::tr("ce foyer a déjà une carte active : remplacez-la plutôt"));
        std::string number = services::issue_card(m_store, household_id, m_clock.today(), m_serials);
        log("card_issue", household_id, log_text::card(number));
        return number;
    });
}

void HouseholdService::revoke_card(std::int64_t household_id, const std::string& reason) {
    require(Capability::ManageCards, household_id);
    if (reason.empty()) throw ValidationError("motif", core::tr("indiquez pourquoi la carte est révoquée (perdue, volée...)"));
    m_store.transaction([&] {
        const auto card = require_active(m_store, household_id);
        m_store.cards().revoke(card.number, m_clock.today(), reason);
        log("card_revoke", household_id, log_text::card_revoked(card.number, reason));
    });
}

std::string HouseholdService::replace_card(std::int64_t household_id, const std::string& reason) {
    require(Capability::ManageCards, household_id);
    if (reason.empty()) throw ValidationError("motif", core::tr("indiquez pourquoi la carte est remplacée (perdue, volée...)"));
    return m_store.transaction([&] {
        // A household whose card was revoked without replacement gets a replacement of its
        // last card, so the chain old → new stays readable.
        auto card = m_store.cards().active_card_of(household_id);
        if (!card) {
            const auto all = m_store.cards().cards_of(household_id);
            if (all.empty() || all.back().replaced_by)
                throw ValidationError("carte", core::tr("ce foyer n'a pas de carte à remplacer : émettez-en une"));
            card = all.back();
        }
        std::string number = services::replace_card(m_store, card->number, m_clock.today(), reason, m_serials);
        log("card_replace", household_id, log_text::card_replaced(card->number, number, reason));
        return number;
    });
}

namespace {

/// A renewal already recorded follows the current period without a gap: the card printed after
/// it should carry the renewal's end, not the end of the period it extends.
std::optional<core::Date> through_renewals(std::vector<core::AccessPeriod> periods, std::optional<core::Date> until) {
    if (!until) return until;
    std::sort(periods.begin(), periods.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    for (const auto& p : periods)
        if (!p.exit && p.start == until->plus_days(1)) until = p.end;
    return until;
}

} // namespace

CardToPrint HouseholdService::card_to_print(std::int64_t household_id) {
    require(Capability::ManageCards, household_id);
    const core::Date today = m_clock.today();
    return m_store.transaction([&] {
        const core::HouseholdFile file = load(household_id);
        const auto card = require_active(m_store, household_id);
        const auto periods = m_store.access().periods_of(household_id);
        auto status = core::access_status_at(periods, bareme_in_force(m_store, today).access, today);
        status.valid_until = through_renewals(periods, status.valid_until);
        log("card_print", household_id, log_text::card(card.number));
        // A past period's end would tell the household it may still shop: print a date only
        // while a period is current or about to start.
        const bool current = status.state == core::AccessState::Active ||
                             status.state == core::AccessState::Suspended ||
                             status.state == core::AccessState::NotYetValid;
        return CardToPrint{card.number, file.display_name(), current ? status.valid_until : std::nullopt};
    });
}

reports::CardSheetModel HouseholdService::card_sheet(std::int64_t household_id) {
    const CardToPrint card = card_to_print(household_id);
    reports::CardSheetModel model;
    model.shop_name = shop_identity(m_store).name;
    model.cards.push_back({card.number, card.display_name, card.valid_until});
    return model;
}

} // namespace cabas::services::households
