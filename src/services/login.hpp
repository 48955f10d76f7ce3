// Logging in: a login and a PIN checked against the stored Argon2id hash, behind the lock of
// login_lock.hpp. Every wrong PIN and every try refused by a lock is written to the access log
// with the login tried and where it was typed; an admin sees the locks and lifts them.
#pragma once

#include "services/access_control.hpp"
#include "storage/user_repository.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services {

class Clock;

/// Where the PIN was typed, written in the access log beside the login tried.
enum class LoginPlace { LoginScreen, LockScreen, ManagerCode, CommandLine };

struct LoginAttempt {
    std::optional<LoggedUser> user;  ///< set when the PIN was right and the login not locked
    int failures = 0;                ///< wrong PINs in a row, this one included
    std::string locked_until;        ///< UTC; set when the try was refused by a lock or started one
    /// For the person at the keyboard, in the process language, when refused: "Identifiant ou code incorrect"
    /// or "Trop de codes erronés : « marie » est verrouillé jusqu'à 14 h 32". Never says whether
    /// the login exists: unknown logins are counted and locked the same way.
    std::string refusal;
};

/// One try. While the login is locked the PIN is not even checked.
LoginAttempt attempt_login(storage::Store&, const Clock&, const std::string& login, const std::string& pin,
                           LoginPlace place);

/// The user when the try succeeds (see attempt_login), nullopt otherwise.
std::optional<LoggedUser> log_in(storage::Store&, const Clock&, const std::string& login, const std::string& pin,
                                 LoginPlace place);

/// The locked screen of a till opened by several people (the volunteer, then a manager for the
/// back office): the PIN of any of `owners` unlocks it. A wrong PIN counts against each owner
/// not locked, since it was a try at each; a right one clears only its owner's count.
LoginAttempt unlock_screen(storage::Store&, const Clock&, const std::vector<std::string>& owners,
                           const std::string& pin);

/// A login's wrong PINs and lock as an admin sees them.
struct LoginLockView {
    std::string login;
    int failures = 0;
    bool locked = false;
    std::string locked_until;  ///< UTC, when locked
};

/// Every login with wrong PINs counted, locked or not, by login (ManageAccounts).
std::vector<LoginLockView> login_locks(storage::Store&, const LoggedUser& by, const Clock&);

/// Lifts the lock of `login` and forgets its wrong PINs (ManageAccounts); logged. False when
/// the login had nothing to lift.
bool unlock_login(storage::Store&, const LoggedUser& by, const std::string& login);

} // namespace cabas::services
