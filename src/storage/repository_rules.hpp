// Checks that both storage engines make the same way before they write, because they need no
// SQL, and the codes of the enums storage owns: one copy, so SQLite and PostgreSQL refuse the
// same inputs with the same words.
#pragma once

#include "core/card_check.hpp"
#include "core/money.hpp"
#include "storage/sale_repository.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace cabas::storage::rules {

/// "active" / "revoked" as stored in cards.state.
std::optional<core::CardState> card_state_from_code(std::string_view code);

/// ValidationError for a PIN shorter than 4 characters.
void check_pin(const std::string& pin);

/// ValidationError for a missing till id or a negative float.
void check_session_opening(const std::string& till_id, core::Money float_amount);

/// Totals must be the sums of their parts; the household code and the time must be there.
void check_sale_totals(const SaleRecord& sale);

} // namespace cabas::storage::rules
