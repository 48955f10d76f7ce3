// Loss recording with its reason stored in the movement text.
#include "services/stock/loss_service.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "core/text.hpp"
#include "services/clock.hpp"
#include "services/io/csv_reader.hpp"
#include "storage/store.hpp"

namespace cabas::services::stock {

std::string to_code(LossReason r) {
    switch (r) {
    case LossReason::Expired: return "perime";
    case LossReason::Broken: return "casse";
    case LossReason::Recalled: return "rappel";
    case LossReason::Other: return "autre";
    }
    return "autre";
}

std::optional<LossReason> loss_reason_from_code(std::string_view text) {
    const std::string key = io::normalise_key(text);
    if (key == "perime" || key == "expired" || key == "dlc" || key == "ddm") return LossReason::Expired;
    if (key == "casse" || key == "broken") return LossReason::Broken;
    if (key == "rappel" || key == "recalled" || key == "rappel_produit") return LossReason::Recalled;
    if (key == "autre" || key == "other") return LossReason::Other;
    return std::nullopt;
}

std::string label_of(LossReason r) {
    switch (r) {
    case LossReason::Expired: return core::tr("Périmé");
    case LossReason::Broken: return core::tr("Cassé");
    case LossReason::Recalled: return core::tr("Rappel");
    case LossReason::Other: break;
    }
    return core::tr("Autre");
}

std::optional<LossReason> loss_reason_of(const std::string& movement_reason) {
    return loss_reason_from_code(movement_reason.substr(0, movement_reason.find(' ')));
}

std::int64_t record_loss(storage::Store& store, const LoggedUser& by, const LossRequest& request, const Clock& clock) {
    require(store, by, Capability::ManageStock);
    if (request.quantity <= 0) throw ValidationError(core::tr("quantité"), core::tr("la quantité perdue doit être positive"));
    const std::string note = core::trim(request.note);
    if (request.reason == LossReason::Other && note.empty())
        throw ValidationError(core::tr("motif"), core::tr("précisez le motif de la perte « autre »"));
    return store.transaction([&] {
        const auto lot = store.stock().lot(request.lot_id);
        if (!lot) throw ValidationError(core::tr("lot"), core::tr("lot inconnu (n° {0})", request.lot_id));
        if (request.quantity > lot->remaining)
            throw ValidationError(core::tr("quantité"),
                                  core::tr("le lot n° {0} ne contient plus que {1}", lot->lot_id, lot->remaining));
        storage::StockMovement m;
        m.lot_id = request.lot_id;
        m.kind = core::MovementKind::Loss;
        m.quantity = -request.quantity;
        m.occurred_at = clock.now_utc();
        m.reason = to_code(request.reason) + (note.empty() ? "" : " — " + note) +
                   " (" + by.login + ")";
        return store.stock().add_movement(m);
    });
}

} // namespace cabas::services::stock
