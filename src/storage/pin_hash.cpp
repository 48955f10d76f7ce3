// PIN hashing with libsodium's Argon2id (crypto_pwhash_str_alg with ALG_ARGON2ID13, which is
// also crypto_pwhash_str's default in libsodium 1.0.18; we name it so an upgrade cannot change it).
#include "storage/random_code.hpp"
#include "storage/user_repository.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"

#include <map>
#include <mutex>
#include <sodium.h>

namespace cabas::storage {

PinHashCost PinHashCost::interactive() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PinHashCost PinHashCost::minimum() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

std::string hash_pin(const std::string& pin, const PinHashCost& cost) {
    ensure_sodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pin.data(), pin.size(), cost.opslimit, cost.memlimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw InternalError(core::tr("hachage du code PIN impossible (mémoire insuffisante ?)"));
    return out;
}

bool pin_matches(const std::string& pin, const std::string& hash) {
    ensure_sodium();
    return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

/// True when `hash` was made with other parameters than `cost` (e.g. a test or older preset).
bool pin_needs_rehash(const std::string& hash, const PinHashCost& cost) {
    ensure_sodium();
    return crypto_pwhash_str_needs_rehash(hash.c_str(), cost.opslimit, cost.memlimit) != 0;
}

void spend_one_pin_check(const std::string& pin, const PinHashCost& cost) {
    // One hash per cost, made once: checking against it costs what a real account's check costs.
    static std::mutex guard;
    static std::map<std::pair<unsigned long long, std::size_t>, std::string> decoys;
    std::string decoy;
    {
        std::lock_guard lock(guard);
        auto& stored = decoys[{cost.opslimit, cost.memlimit}];
        if (stored.empty()) stored = hash_pin("decoy-pin", cost);
        decoy = stored;
    }
    (void)pin_matches(pin, decoy);
}

} // namespace cabas::storage
