// libsodium start-up and random hex codes. sodium_init() is thread-safe and idempotent, but its
// failure must be reported, so it runs once behind a function-local static.
#include "storage/random_code.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"

#include <sodium.h>

#include <vector>

namespace cabas::storage {

void ensure_sodium() {
    static const int status = sodium_init();  // 0 = started, 1 = already started, -1 = failure
    if (status < 0) throw InternalError(core::tr("libsodium n'a pas pu démarrer (sodium_init)"));
}

std::string random_hex(std::size_t bytes) {
    ensure_sodium();
    std::vector<unsigned char> raw(bytes);
    randombytes_buf(raw.data(), raw.size());
    std::string hex(2 * bytes + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), raw.data(), raw.size());
    hex.pop_back();  // the terminating NUL written by sodium_bin2hex
    return hex;
}

} // namespace cabas::storage
