// Storage of users (login, role, PIN hashed with Argon2id) and PIN verification.
#pragma once

#include "core/role.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabas::storage {

struct User {
    std::int64_t id = 0;
    std::string login;
    std::string display_name;
    core::Role role = core::Role::Volunteer;
    bool active = true;
};

/// Argon2id cost. interactive() is libsodium's INTERACTIVE preset (64 MiB, 2 passes), above the
/// OWASP minimum; minimum() exists so tests do not spend a second per hash.
struct PinHashCost {
    unsigned long long opslimit = 0;
    std::size_t memlimit = 0;
    static PinHashCost interactive();
    static PinHashCost minimum();
};

/// "$argon2id$v=19$m=...": libsodium's crypto_pwhash_str with Argon2id. Throws InternalError if
/// libsodium cannot start or runs out of memory.
std::string hash_pin(const std::string& pin, const PinHashCost& cost);
/// Constant-time verification of a PIN against a stored hash string.
bool pin_matches(const std::string& pin, const std::string& hash);
/// True when `hash` was made with other parameters than `cost`: verify() then stores a new hash.
bool pin_needs_rehash(const std::string& hash, const PinHashCost& cost);

class UserRepository {
public:
    virtual ~UserRepository() = default;

    /// Creates a user; returns the id. ValidationError for an empty or taken login, or a PIN
    /// shorter than 4 characters.
    virtual std::int64_t add(const std::string& login, const std::string& display_name, core::Role role,
                             const std::string& pin) = 0;
    /// The user when the login exists, is active and the PIN matches; otherwise nullopt (the caller
    /// must not tell which of the three failed).
    virtual std::optional<User> verify(const std::string& login, const std::string& pin) = 0;
    virtual void set_pin(const std::string& login, const std::string& pin) = 0;
    virtual void set_active(const std::string& login, bool active) = 0;
    /// Every user, by login.
    virtual std::vector<User> list() = 0;
};

} // namespace cabas::storage
