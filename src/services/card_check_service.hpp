// The card check shared by the till and `cabas-cli card check`: reads the card, the access
// periods and this month's usage, lets the core decide, and logs presentations of revoked cards.
#pragma once

#include "core/card_check.hpp"
#include "services/access_control.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace cabas::storage { class Store; }

namespace cabas::services {

struct CardCheckAnswer {
    core::CardCheckResult result;
    bool misread = false;                      ///< the code looks like a card but its check digit is wrong
    std::optional<std::int64_t> household_id;  ///< for the till's basket, never shown
    std::string household_code;                ///< the random sales code the sale will carry
    int bareme_version = 0;
};

/// Checks `number` on `on` for `by`, who must be allowed to sell. A revoked card is refused and
/// its presentation is written to the access log under `by`.
CardCheckAnswer check_card(storage::Store&, const LoggedUser& by, const std::string& number, core::Date on);

/// One line for the answer, in the process language: "Carte valide — Fatou — valable jusqu'au ...".
std::string describe_card_answer(const CardCheckAnswer&);

} // namespace cabas::services
