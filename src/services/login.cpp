// Logging in behind the lock (see login.hpp and login_lock.hpp).
#include "services/login.hpp"

#include "core/messages.hpp"
#include "core/utf8.hpp"
#include "services/clock.hpp"
#include "services/login_lock.hpp"
#include "services/login_log_text.hpp"
#include "storage/store.hpp"

namespace cabas::services {

namespace {

/// What is counted and logged for a login tried: real logins are at most 32 characters, so
/// anything longer is cut and marked, and control characters and bytes that are not UTF-8
/// become '?': the log stays bounded and readable.
std::string login_key(const std::string& login) {
    constexpr std::size_t kLongest = 40;
    std::string key = login;
    const bool utf8 = core::utf8::is_valid(key);
    for (char& c : key)
        if (const auto byte = static_cast<unsigned char>(c); byte < 0x20 || byte == 0x7f || (!utf8 && byte >= 0x80))
            c = '?';
    if (core::utf8::length(key) > kLongest) key = std::string(core::utf8::prefix(key, kLongest)) + "…";
    return key;
}

bool is_locked(const storage::LoginFailures& record, const std::string& now) {
    return !record.locked_until.empty() && now < record.locked_until;
}

std::string locked_sentence(const std::string& key, const std::string& until, const Clock& clock) {
    return core::tr("Trop de codes erronés : « {0} » est verrouillé jusqu'à {1} (un administrateur peut le déverrouiller)",
                    key, local_time_text(until, clock.now_utc()));
}

LoginAttempt refused_by_lock(storage::Store& store, const Clock& clock, const std::string& key,
                             const storage::LoginFailures& record, LoginPlace place) {
    store.access_log().append(key, "login_locked", std::nullopt,
                              login_log::locked(place, record.locked_until), clock.now_utc());
    return LoginAttempt{std::nullopt, record.failures, record.locked_until,
                        locked_sentence(key, record.locked_until, clock)};
}

LoginAttempt count_wrong_pin(storage::Store& store, const Clock& clock, const std::string& key, LoginPlace place) {
    const std::string now = clock.now_utc();
    const auto record = store.users().count_failure(key, [&](int failures) {
        const int minutes = lock_minutes_after(failures);
        return minutes == 0 ? std::string() : utc_plus_minutes(now, minutes);
    });
    store.access_log().append(key, "login_failed", std::nullopt,
                              login_log::failed(place, record.failures, record.locked_until), now);
    LoginAttempt attempt{std::nullopt, record.failures, record.locked_until, core::tr("Identifiant ou code incorrect")};
    if (!record.locked_until.empty()) attempt.refusal = locked_sentence(key, record.locked_until, clock);
    else if (record.failures == kFreeWrongPins)
        attempt.refusal = core::tr("Identifiant ou code incorrect (encore un essai avant le verrouillage)");
    return attempt;
}

LoggedUser logged(const storage::User& user) { return LoggedUser{user.id, user.login, user.display_name, user.role}; }

} // namespace

LoginAttempt attempt_login(storage::Store& store, const Clock& clock, const std::string& login, const std::string& pin,
                           LoginPlace place) {
    const std::string key = login_key(login);
    const auto record = store.users().failures_of(key);
    if (is_locked(record, clock.now_utc())) return refused_by_lock(store, clock, key, record, place);
    const auto user = key == login ? store.users().verify(login, pin) : std::nullopt;
    if (!user) return count_wrong_pin(store, clock, key, place);
    if (record.failures > 0) store.users().clear_failures(key);
    return LoginAttempt{logged(*user), 0, {}, {}};
}

std::optional<LoggedUser> log_in(storage::Store& store, const Clock& clock, const std::string& login,
                                 const std::string& pin, LoginPlace place) {
    return attempt_login(store, clock, login, pin, place).user;
}

LoginAttempt unlock_screen(storage::Store& store, const Clock& clock, const std::vector<std::string>& owners,
                           const std::string& pin) {
    const std::string now = clock.now_utc();
    std::vector<std::string> open;
    LoginAttempt last_lock;
    for (const auto& owner : owners) {
        const auto record = store.users().failures_of(owner);
        if (is_locked(record, now)) {
            last_lock = refused_by_lock(store, clock, owner, record, LoginPlace::LockScreen);
            continue;
        }
        open.push_back(owner);
    }
    for (const auto& owner : open)
        if (const auto user = store.users().verify(owner, pin)) {
            store.users().clear_failures(owner);
            return LoginAttempt{logged(*user), 0, {}, {}};
        }
    if (open.empty()) return last_lock;
    LoginAttempt attempt;
    for (const auto& owner : open) attempt = count_wrong_pin(store, clock, owner, LoginPlace::LockScreen);
    if (attempt.locked_until.empty()) attempt.refusal = core::tr("Code incorrect");
    return attempt;
}

std::vector<LoginLockView> login_locks(storage::Store& store, const LoggedUser& by, const Clock& clock) {
    require(store, by, Capability::ManageAccounts);
    const std::string now = clock.now_utc();
    std::vector<LoginLockView> out;
    for (const auto& record : store.users().failed_logins()) {
        const bool locked = is_locked(record, now);
        out.push_back(LoginLockView{record.login, record.failures, locked, locked ? record.locked_until : std::string()});
    }
    return out;
}

bool unlock_login(storage::Store& store, const LoggedUser& by, const std::string& login) {
    require(store, by, Capability::ManageAccounts);
    const auto record = store.users().failures_of(login);
    if (record.failures == 0) return false;
    store.users().clear_failures(login);
    store.access_log().append(by.login, "unlock_login", std::nullopt, login_log::unlocked(login_key(login), record.failures));
    return true;
}

} // namespace cabas::services
