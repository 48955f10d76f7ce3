// Users in PostgreSQL. Hashing runs outside the write transaction: Argon2id takes a noticeable
// time and memory, and must not hold the épicerie's write lock while the other tills wait.
#include "storage/postgres_repositories.hpp"
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
    if (login.empty()) throw ValidationError("login", "identifiant manquant");
    rules::check_pin(pin);
    const std::string hash = hash_pin(pin, m_cost);
    return m_db.write([&] {
        if (pg::exists(m_db, "SELECT 1 FROM users WHERE login = $1", login))
            throw ValidationError("login", "l'identifiant « " + login + " » est déjà pris");
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
    if (!found || !found->user.active || !pin_matches(pin, found->hash)) return std::nullopt;
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
            throw ValidationError("login", "utilisateur inconnu : " + login);
    });
}

void PgUserRepository::set_active(const std::string& login, bool active) {
    m_db.write([&] {
        if (pg::execute(m_db, "UPDATE users SET active = $1 WHERE login = $2", active, login) == 0)
            throw ValidationError("login", "utilisateur inconnu : " + login);
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

} // namespace cabas::storage
