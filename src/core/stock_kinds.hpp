// The words of stock: the kind of expiry date a lot carries and the kinds of stock movement.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cabas::core {

/// DLC (use-by: sale blocked after it) or DDM (best-before: sale allowed, with a warning).
enum class ExpiryKind { Dlc, Ddm };
std::string to_code(ExpiryKind);               ///< "dlc", "ddm"
std::optional<ExpiryKind> expiry_kind_from_code(std::string_view);

/// Every change of a lot's quantity is one movement of one of these kinds.
enum class MovementKind { Reception, Sale, Loss, Adjustment, Correction };
std::string to_code(MovementKind);             ///< "reception", "sale", "loss", ...
std::optional<MovementKind> movement_kind_from_code(std::string_view);

} // namespace cabas::core
