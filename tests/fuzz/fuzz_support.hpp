// What every fuzz target shares: the bytes as a string, and the rule that bad input may only
// ever end in a ValidationError. Any other exception escaping is a finding: libFuzzer sees it
// as a crash (std::terminate) and keeps the input.
#pragma once

#include "core/error.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace cabas::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// Runs `body`; a ValidationError is the expected answer to bad input and is swallowed.
template <class Body>
void expect_only_validation_errors(Body&& body) {
    try {
        body();
    } catch (const ValidationError&) {
    }
}

} // namespace cabas::fuzz
