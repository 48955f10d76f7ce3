// Users in PostgreSQL. Hashing runs outside the write transaction: Argon2id takes a noticeable
// time and memory, and must not hold the épicerie's write lock while the other tills wait.
#include "storage/postgres_repositories.hpp"
#include "core/messages.hpp"
#include "storage/postgres_support.hpp"
#include "storage/repository_rules.hpp"

namespace cabas::storage {

namespace {

User read_user(const pqxx::row& r) {
    return User{pg::integer(r[0]), pg::text(r[1]), pg::text(r[2]), pg::code(r[3], core::role_from_code),
                pg::boolean(r[4])};
}

} // namespace

std::int64_t PgUserRepository::add(const std::string& login, const std::string& display_name, core::Role role,
                                   const std::string& pin) {
    if (login.empty()) throw ValidationError("login", core::tr("identifiant manquant"));
    rules::check_pin(pin);
    const std::string hash = hash_pin(pin, m_cost);
    return m_db.write([&] {
        if (pg::exists(m_db, "SELECT 1 FROM users WHERE login = $1", login))
            throw ValidationError("login", core::tr("l'identifiant « {0} » est déjà pris", login));
        return pg::insert(m_db,
                          "INSERT INTO users (login, display_name, role, pin_hash) VALUES ($1, $2, $3, $4) RETURNING id",
                          login, display_name, to_code(role), hash);
    });
}

std::optional<User> PgUserRepository::verify(const std::string& login, const std::string& pin) {
    struct Found {
        User user;
        std::string hash;
    };
    auto found = m_db.read([&]() -> std::optional<Found> {
        const auto r =
            pg::query(m_db, "SELECT id, login, display_name, role, active, pin_hash FROM users WHERE login = $1", login);
        if (r.empty()) return std::nullopt;
        return Found{read_user(r[0]), pg::text(r[0][5])};
    });
    if (!found) {
        spend_one_pin_check(pin, m_cost);
        return std::nullopt;
    }
    if (!found->user.active || !pin_matches(pin, found->hash)) return std::nullopt;
    if (pin_needs_rehash(found->hash, m_cost)) {
        const std::string upgraded = hash_pin(pin, m_cost);
        m_db.write([&] { pg::execute(m_db, "UPDATE users SET pin_hash = $1 WHERE id = $2", upgraded, found->user.id); });
    }
    return found->user;
}

void PgUserRepository::set_pin(const std::string& login, const std::string& pin) {
    rules::check_pin(pin);
    const std::string hash = hash_pin(pin, m_cost);
    m_db.write([&] {
        if (pg::execute(m_db, "UPDATE users SET pin_hash = $1 WHERE login = $2", hash, login) == 0)
            throw ValidationError("login", core::tr("utilisateur inconnu : {0}", login));
    });
}

void PgUserRepository::set_active(const std::string& login, bool active) {
    m_db.write([&] {
        if (pg::execute(m_db, "UPDATE users SET active = $1 WHERE login = $2", active, login) == 0)
            throw ValidationError("login", core::tr("utilisateur inconnu : {0}", login));
    });
}

std::vector<User> PgUserRepository::list() {
    return m_db.read([&] {
        std::vector<User> out;
        for (const auto& r : pg::query(m_db, "SELECT id, login, display_name, role, active FROM users ORDER BY login"))
            out.push_back(read_user(r));
        return out;
    });
}

namespace {

LoginFailures read_failures(const pqxx::row& r) {
    return LoginFailures{pg::text(r[0]), static_cast<int>(pg::integer(r[1])), r[2].is_null() ? std::string() : pg::text(r[2])};
}

} // namespace

LoginFailures PgUserRepository::failures_of(const std::string& login) {
    return m_db.read([&] {
        const auto r = pg::query(m_db, "SELECT login, failures, locked_until FROM login_failures WHERE login = $1", login);
        return r.empty() ? LoginFailures{login, 0, {}} : read_failures(r[0]);
    });
}

LoginFailures PgUserRepository::count_failure(const std::string& login, const std::function<std::string(int)>& lock_until) {
    return m_db.write([&] {
        // The upsert takes the row's lock: a second till failing at the same moment waits, then counts on.
        const auto counted = pg::query(m_db,
                                       "INSERT INTO login_failures (login, failures) VALUES ($1, 1) ON CONFLICT (login) "
                                       "DO UPDATE SET failures = login_failures.failures + 1 RETURNING failures",
                                       login);
        LoginFailures record{login, static_cast<int>(pg::integer(counted[0][0])), {}};
        record.locked_until = lock_until(record.failures);
        pg::execute(m_db, "UPDATE login_failures SET locked_until = NULLIF($1, '')::utc_timestamp WHERE login = $2",
                    record.locked_until, login);
        return record;
    });
}

void PgUserRepository::clear_failures(const std::string& login) {
    m_db.write([&] { pg::execute(m_db, "DELETE FROM login_failures WHERE login = $1", login); });
}

std::vector<LoginFailures> PgUserRepository::failed_logins() {
    return m_db.read([&] {
        std::vector<LoginFailures> out;
        for (const auto& r : pg::query(m_db, "SELECT login, failures, locked_until FROM login_failures ORDER BY login"))
            out.push_back(read_failures(r));
        return out;
    });
}

} // namespace cabas::storage
