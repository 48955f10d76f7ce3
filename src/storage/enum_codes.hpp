// Storage-internal: code tables for the enums storage owns (decisions, roles, payment methods,
// expiry and movement kinds), one table per enum for both directions, like core's.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace cabas::storage::detail {

template <typename E, std::size_t N>
std::string code_of(const std::array<std::pair<E, const char*>, N>& table, E value) {
    for (const auto& [e, code] : table)
        if (e == value) return code;
    return "unknown";  // unreachable for a complete table
}

template <typename E, std::size_t N>
std::optional<E> parse_code(const std::array<std::pair<E, const char*>, N>& table, std::string_view text) {
    for (const auto& [e, code] : table)
        if (text == code) return e;
    return std::nullopt;
}

} // namespace cabas::storage::detail
