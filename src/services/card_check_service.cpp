// Card check: gathers the facts the core needs (card, periods, composition, usage) and logs
// every presentation of a revoked card so the manager can follow it up.
#include "services/card_check_service.hpp"

#include "core/card_number.hpp"
#include "core/eligibility.hpp"
#include "core/messages.hpp"
#include "core/scanned_code.hpp"
#include "services/bareme_service.hpp"
#include "services/credit_position.hpp"
#include "storage/store.hpp"

namespace cabas::services {

CardCheckAnswer check_card(storage::Store& store, const LoggedUser& by, const std::string& typed, core::Date on) {
    require(store, by, Capability::Sell);
    // A QWERTY-set scanner on an AZERTY PC types the card as "éç(\"_&..."; read it back first.
    const std::string number = core::normalise_scanned_code(typed);
    const core::Bareme bareme = bareme_in_force(store, on);
    CardCheckAnswer answer;
    answer.bareme_version = bareme.version;
    if (core::classify_card_code(number, bareme.card_prefix) == core::CardCodeKind::CardBadCheckDigit) {
        answer.misread = true;
        answer.result = core::check_card(std::nullopt, bareme, on);
        return answer;
    }
    auto card = store.cards().find_by_number(number);
    if (!card) {
        answer.result = core::check_card(std::nullopt, bareme, on);
        return answer;
    }
    auto file = store.households().get(card->household_id);
    if (!file) {
        answer.result = core::check_card(std::nullopt, bareme, on);
        return answer;
    }
    core::CardFacts facts;
    facts.state = card->state;
    facts.display_name = file->display_name();
    facts.periods = store.access().periods_of(file->id);
    facts.uc_tenths = core::consumption_units_tenths(file->composition.members, on);
    // The rate may depend on the RAV band: computed here, never shown at the till.
    core::Money rav = core::evaluate_eligibility(file->composition, bareme, on).rav_per_person_day;
    facts.rate = core::household_rate(bareme, rav, file->commission_rate);
    facts.usage = credit_usage_on(store, bareme, file->sales_code, facts.uc_tenths, facts.periods, on);

    answer.household_id = file->id;
    answer.household_code = file->sales_code;
    answer.result = core::check_card(facts, bareme, on);
    if (answer.result.refusal == core::CardRefusal::Revoked)
        store.access_log().append(by.login, "revoked_card_presented", file->id, "carte " + number);
    return answer;
}

std::string describe_card_answer(const CardCheckAnswer& a) {
    const core::CardCheckResult& r = a.result;
    if (a.misread) return core::tr("Carte mal lue (chiffre de contrôle faux) : scannez-la à nouveau");
    if (!r.green()) {
        std::string text = core::label_of(r.refusal);
        if (r.reason_date) {
            switch (r.refusal) {
            case core::CardRefusal::NotYetValid: return core::tr("{0} (à partir du {1})", text, r.reason_date->french());
            case core::CardRefusal::Expired: return core::tr("{0} (depuis le {1})", text, r.reason_date->plus_days(1).french());
            case core::CardRefusal::WaitingPeriod: return core::tr("{0} (jusqu'au {1})", text, r.reason_date->french());
            default: break;
            }
        }
        return text;
    }
    if (r.valid_until)
        return core::tr("Carte valide — {0} — valable jusqu'au {1}", r.display_name, r.valid_until->french());
    return core::tr("Carte valide — {0}", r.display_name);
}

} // namespace cabas::services
