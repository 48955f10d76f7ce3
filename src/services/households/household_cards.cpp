// Card actions on a household: issue, revoke, replace and what a printed card shows. Numbers
// come from card_service (random serials under the barème prefix).
#include "services/households/household_service.hpp"

#include "core/error.hpp"
#include "services/bareme_service.hpp"
#include "services/card_service.hpp"
#include "services/settings_service.hpp"
#include "storage/store.hpp"

namespace cabas::services::households {

namespace {

storage::CardRecord require_active(storage::Store& store, std::int64_t household_id) {
    auto card = store.cards().active_card_of(household_id);
    if (!card) throw ValidationError("carte", "ce foyer n'a pas de carte active");
    return *card;
}

} // namespace

std::string HouseholdService::issue_card(std::int64_t household_id) {
    require(Capability::ManageCards, household_id);
    return m_store.transaction([&] {
        load(household_id);
        if (m_store.cards().active_card_of(household_id))
            throw ValidationError("carte", "ce foyer a déjà une carte active : remplacez-la plutôt");
        std::string number = services::issue_card(m_store, household_id, m_clock.today(), m_serials);
        log("card_issue", household_id, "carte " + number);
        return number;
    });
}

void HouseholdService::revoke_card(std::int64_t household_id, const std::string& reason) {
    require(Capability::ManageCards, household_id);
    if (reason.empty()) throw ValidationError("motif", "indiquez pourquoi la carte est révoquée (perdue, volée...)");
    m_store.transaction([&] {
        const auto card = require_active(m_store, household_id);
        m_store.cards().revoke(card.number, m_clock.today(), reason);
        log("card_revoke", household_id, "carte " + card.number + " : " + reason);
    });
}

std::string HouseholdService::replace_card(std::int64_t household_id, const std::string& reason) {
    require(Capability::ManageCards, household_id);
    if (reason.empty()) throw ValidationError("motif", "indiquez pourquoi la carte est remplacée (perdue, volée...)");
    return m_store.transaction([&] {
        // A household whose card was revoked without replacement gets a replacement of its
        // last card, so the chain old → new stays readable.
        auto card = m_store.cards().active_card_of(household_id);
        if (!card) {
            const auto all = m_store.cards().cards_of(household_id);
            if (all.empty() || all.back().replaced_by)
                throw ValidationError("carte", "ce foyer n'a pas de carte à remplacer : émettez-en une");
            card = all.back();
        }
        std::string number = services::replace_card(m_store, card->number, m_clock.today(), reason, m_serials);
        log("card_replace", household_id, "carte " + card->number + " remplacée par " + number + " : " + reason);
        return number;
    });
}

CardToPrint HouseholdService::card_to_print(std::int64_t household_id) {
    require(Capability::ManageCards, household_id);
    const core::Date today = m_clock.today();
    return m_store.transaction([&] {
        const core::HouseholdFile file = load(household_id);
        const auto card = require_active(m_store, household_id);
        const auto status =
            core::access_status_at(m_store.access().periods_of(household_id), bareme_in_force(m_store, today).access,
                                   today);
        log("card_print", household_id, "carte " + card.number);
        return CardToPrint{card.number, file.display_name(), status.valid_until};
    });
}

reports::CardSheetModel HouseholdService::card_sheet(std::int64_t household_id) {
    const CardToPrint card = card_to_print(household_id);
    reports::CardSheetModel model;
    model.shop_name = shop_identity(m_store).name;
    model.cards.push_back({card.number, card.display_name});
    return model;
}

} // namespace cabas::services::households
