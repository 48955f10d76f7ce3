// Internal helper for the stable text codes of enums: one table per enum gives both directions,
// so a code and its parser can never drift apart. Not part of the public API.
#pragma once

#include "core/messages.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace cabas::core::detail {

/// ASCII case-insensitive equality: codes are ASCII, so locale-free folding is exact.
inline bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

template <typename E, std::size_t N>
std::string code_of(const std::array<std::pair<E, const char*>, N>& table, E value) {
    for (const auto& [e, code] : table)
        if (e == value) return code;
    return "inconnu";  // unreachable for a complete table; never throw from a formatter
}

/// The label of `value` in the process's language (label tables hold to_translate() sentences).
template <typename E, std::size_t N>
std::string label_in_language(const std::array<std::pair<E, const char*>, N>& table, E value) {
    return tr(code_of(table, value));
}

template <typename E, std::size_t N>
std::optional<E> parse_code(const std::array<std::pair<E, const char*>, N>& table, std::string_view text) {
    for (const auto& [e, code] : table)
        if (iequals(code, text)) return e;
    return std::nullopt;
}

} // namespace cabas::core::detail
