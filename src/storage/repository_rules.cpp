// The engine-independent checks of repository_rules.hpp.
#include "storage/repository_rules.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"

namespace cabas::storage::rules {

std::optional<core::CardState> card_state_from_code(std::string_view code) {
    if (code == "active") return core::CardState::Active;
    if (code == "revoked") return core::CardState::Revoked;
    return std::nullopt;
}

void check_pin(const std::string& pin) {
    if (pin.size() < 4) throw ValidationError("pin", core::tr("le code PIN doit compter au moins 4 caractères"));
}

void check_session_opening(const std::string& till_id, core::Money float_amount) {
    if (till_id.empty()) throw ValidationError("till_id", core::tr("identifiant de caisse manquant"));
    if (float_amount.is_negative())
        throw ValidationError("float", core::tr("le fond de caisse ne peut pas être négatif"));
}

void check_sale_totals(const SaleRecord& sale) {
    if (sale.household_code.empty()) throw ValidationError("household_code", core::tr("code du foyer manquant"));
    if (sale.sold_at.empty()) throw ValidationError("sold_at", core::tr("horodatage de la vente manquant"));
    core::Money value, paid, payments;
    for (std::size_t i = 0; i < sale.lines.size(); ++i) {
        if (sale.lines[i].quantity <= 0)
            throw ValidationError(core::tr("ligne {0}: quantité", i + 1), core::tr("la quantité doit être positive"));
        value += sale.lines[i].value;
        paid += sale.lines[i].paid;
    }
    for (const auto& p : sale.payments) payments += p.amount;
    if (value != sale.total_value)
        throw ValidationError("total_value", core::tr("le total ne correspond pas aux lignes"));
    if (paid != sale.total_paid)
        throw ValidationError("total_paid", core::tr("le montant payé ne correspond pas aux "
                                                     "lignes"));
    if (payments != sale.total_paid)
        throw ValidationError("payments", core::tr("les règlements ne correspondent pas au montant payé"));
}

} // namespace cabas::storage::rules
