// Storage of users (login, role, PIN hashed with Argon2id) and PIN verification.
#pragma once

#include "core/role.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
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
/// Wrong PINs typed in a row for one login, existing or not (an unknown login is counted and
/// locked the same way, so the lock does not tell which logins exist).
struct LoginFailures {
    std::string login;
    int failures = 0;          ///< since the last right PIN or the last unlock
    std::string locked_until;  ///< UTC timestamp "2026-11-23T14:02:05Z"; empty when not locked
};

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
/// Checks `pin` against a hash no account has, at `cost`: what verify() spends on an unknown login.
void spend_one_pin_check(const std::string& pin, const PinHashCost& cost);
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
    /// must not tell which of the three failed). An unknown login costs the same hash as a known
    /// one, so the time taken does not tell either. Counts nothing: the lock is the caller's.
    virtual std::optional<User> verify(const std::string& login, const std::string& pin) = 0;
    virtual void set_pin(const std::string& login, const std::string& pin) = 0;
    virtual void set_active(const std::string& login, bool active) = 0;
    /// Every user, by login.
    virtual std::vector<User> list() = 0;

    /// The wrong-PIN record of `login`; failures 0 when there is none.
    virtual LoginFailures failures_of(const std::string& login) = 0;
    /// Counts one more wrong PIN and stores `lock_until(new count)` as the lock, in one write so
    /// that two tills failing at once both count. Returns the new record.
    virtual LoginFailures count_failure(const std::string& login,
                                        const std::function<std::string(int failures)>& lock_until) = 0;
    /// Forgets the wrong PINs of `login` (a right PIN, or an admin's unlock).
    virtual void clear_failures(const std::string& login) = 0;
    /// Every login with at least one wrong PIN counted, by login.
    virtual std::vector<LoginFailures> failed_logins() = 0;
};

} // namespace cabas::storage
