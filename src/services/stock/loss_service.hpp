// Losses by lot: goods that leave the stock without being sold, with the reason the food-bank
// and FSE+ traceability reports need.
#pragma once

#include "services/access_control.hpp"
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cabas::storage { class Store; }
namespace cabas::services { class Clock; }

namespace cabas::services::stock {

enum class LossReason { Expired, Broken, Recalled, Other };
std::string to_code(LossReason);                        ///< "perime", "casse", "rappel", "autre"
/// Accepts the codes and common words ("périmé", "expired", "cassé", "broken", "rappel", "recalled").
std::optional<LossReason> loss_reason_from_code(std::string_view);
std::string label_of(LossReason);                       ///< "Périmé", "Cassé", "Rappel", "Autre"

struct LossRequest {
    std::int64_t lot_id = 0;
    std::int64_t quantity = 0;                          ///< pieces or grams, > 0
    LossReason reason = LossReason::Expired;
    std::string note;                                   ///< required for Other
};

/// Records the loss as a negative 'loss' movement of the lot, stamped with the clock's time.
/// Refused (ValidationError, nothing written): unknown lot, quantity <= 0 or above what the lot
/// holds, Other without a note. The movement's reason is "code — note (login)".
std::int64_t record_loss(storage::Store&, const LoggedUser& by, const LossRequest&, const Clock&);

/// The reason code a loss movement was recorded with; nullopt for another movement's text.
std::optional<LossReason> loss_reason_of(const std::string& movement_reason);

} // namespace cabas::services::stock
