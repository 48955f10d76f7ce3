// Users in SQLite. Hashing runs outside the write transaction: Argon2id takes a noticeable time
// and memory, and must not hold the database's write lock while the other till waits.
#include "storage/sqlite_repositories.hpp"
#include "core/messages.hpp"
#include "storage/repository_rules.hpp"
#include "storage/sqlite_support.hpp"

namespace cabas::storage {

namespace {

User read_user(SQLite::Statement& s) {
    return User{s.getColumn(0).getInt64(), sql::text(s.getColumn(1)), sql::text(s.getColumn(2)),
                sql::code(s.getColumn(3), core::role_from_code), sql::boolean(s.getColumn(4))};
}

} // namespace

std::int64_t SqliteUserRepository::add(const std::string& login, const std::string& display_name, core::Role role,
                                       const std::string& pin) {
    if (login.empty()) throw ValidationError("login", core::tr("identifiant manquant"));
    rules::check_pin(pin);
    const std::string hash = hash_pin(pin, m_cost);
    return m_db.write([&] {
        auto& c = sql::conn(m_db);
        if (sql::exists(c, "SELECT 1 FROM users WHERE login = ?", login))
            throw ValidationError("login", core::tr("l'identifiant « {0} » est déjà pris", login));
        return sql::insert(c, "INSERT INTO users (login, display_name, role, pin_hash) VALUES (?, ?, ?, ?)", login,
                           display_name, to_code(role), hash);
    });
}

std::optional<User> SqliteUserRepository::verify(const std::string& login, const std::string& pin) {
    struct Found {
        User user;
        std::string hash;
    };
    auto found = m_db.read([&]() -> std::optional<Found> {
        auto s = sql::query(sql::conn(m_db),
                            "SELECT id, login, display_name, role, active, pin_hash FROM users WHERE login = ?", login);
        if (!s.executeStep()) return std::nullopt;
        return Found{read_user(s), sql::text(s.getColumn(5))};
    });
    if (!found) {
        spend_one_pin_check(pin, m_cost);
        return std::nullopt;
    }
    if (!found->user.active || !pin_matches(pin, found->hash)) return std::nullopt;
    // Hashes made with other parameters (older preset, tests) are upgraded at the next good login.
    if (pin_needs_rehash(found->hash, m_cost)) {
        const std::string upgraded = hash_pin(pin, m_cost);
        m_db.write([&] {
            sql::execute(sql::conn(m_db), "UPDATE users SET pin_hash = ? WHERE id = ?", upgraded, found->user.id);
        });
    }
    return found->user;
}

void SqliteUserRepository::set_pin(const std::string& login, const std::string& pin) {
    rules::check_pin(pin);
    const std::string hash = hash_pin(pin, m_cost);
    m_db.write([&] {
        if (sql::execute(sql::conn(m_db), "UPDATE users SET pin_hash = ? WHERE login = ?", hash, login) == 0)
            throw ValidationError("login", core::tr("utilisateur inconnu : {0}", login));
    });
}

void SqliteUserRepository::set_active(const std::string& login, bool active) {
    m_db.write([&] {
        if (sql::execute(sql::conn(m_db), "UPDATE users SET active = ? WHERE login = ?", active, login) == 0)
            throw ValidationError("login", core::tr("utilisateur inconnu : {0}", login));
    });
}

std::vector<User> SqliteUserRepository::list() {
    return m_db.read([&] {
        SQLite::Statement s(sql::conn(m_db), "SELECT id, login, display_name, role, active FROM users ORDER BY login");
        std::vector<User> out;
        while (s.executeStep()) out.push_back(read_user(s));
        return out;
    });
}

namespace {

LoginFailures read_failures(SQLite::Statement& s) {
    return LoginFailures{sql::text(s.getColumn(0)), s.getColumn(1).getInt(),
                         s.getColumn(2).isNull() ? std::string() : sql::text(s.getColumn(2))};
}

LoginFailures failures_in(SQLite::Database& c, const std::string& login) {
    auto s = sql::query(c, "SELECT login, failures, locked_until FROM login_failures WHERE login = ?", login);
    if (!s.executeStep()) return LoginFailures{login, 0, {}};
    return read_failures(s);
}

} // namespace

LoginFailures SqliteUserRepository::failures_of(const std::string& login) {
    return m_db.read([&] { return failures_in(sql::conn(m_db), login); });
}

LoginFailures SqliteUserRepository::count_failure(const std::string& login,
                                                  const std::function<std::string(int)>& lock_until) {
    return m_db.write([&] {
        auto& c = sql::conn(m_db);
        LoginFailures record = failures_in(c, login);
        ++record.failures;
        record.locked_until = lock_until(record.failures);
        sql::execute(c,
                     "INSERT INTO login_failures (login, failures, locked_until) VALUES (?, ?, NULLIF(?, '')) "
                     "ON CONFLICT (login) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until",
                     login, record.failures, record.locked_until);
        return record;
    });
}

void SqliteUserRepository::clear_failures(const std::string& login) {
    m_db.write([&] { sql::execute(sql::conn(m_db), "DELETE FROM login_failures WHERE login = ?", login); });
}

std::vector<LoginFailures> SqliteUserRepository::failed_logins() {
    return m_db.read([&] {
        SQLite::Statement s(sql::conn(m_db), "SELECT login, failures, locked_until FROM login_failures ORDER BY login");
        std::vector<LoginFailures> out;
        while (s.executeStep()) out.push_back(read_failures(s));
        return out;
    });
}

} // namespace cabas::storage
