// Random identifiers from libsodium's CSPRNG (sales codes), and libsodium's one-time start-up.
#pragma once

#include <cstddef>
#include <string>

namespace cabas::storage {

/// Calls sodium_init() once per process; throws InternalError if libsodium cannot start.
void ensure_sodium();

/// `bytes` random bytes as lowercase hex (2 × bytes characters).
std::string random_hex(std::size_t bytes);

} // namespace cabas::storage
