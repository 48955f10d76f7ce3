// How a household pays the small amount it owes at the till.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cabas::core {

/// Free: a basket with nothing to pay (everything free, or all FSE+).
enum class PaymentMethod { Cash, Card, Cheque, Free };

std::string to_code(PaymentMethod);            ///< "cash", "card", "cheque", "free"
std::optional<PaymentMethod> payment_method_from_code(std::string_view);

} // namespace cabas::core
