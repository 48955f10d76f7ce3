// What the commission decides on a household's file.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cabas::core {

/// Derogation: admitted although the barème would not admit the household.
enum class Decision { Accepted, Refused, Postponed, Derogation };

std::string to_code(Decision);                 ///< "accepted", "refused", "postponed", "derogation"
std::optional<Decision> decision_from_code(std::string_view);

} // namespace cabas::core
