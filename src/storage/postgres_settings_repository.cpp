// Settings in PostgreSQL: a key-value table written with an upsert.
#include "storage/postgres_repositories.hpp"
#include "core/messages.hpp"
#include "storage/postgres_support.hpp"

namespace cabas::storage {

std::optional<std::string> PgSettingsRepository::get(const std::string& key) {
    return m_db.read([&]() -> std::optional<std::string> {
        const auto r = pg::query(m_db, "SELECT value FROM settings WHERE key = $1", key);
        if (r.empty()) return std::nullopt;
        return pg::text(r[0][0]);
    });
}

void PgSettingsRepository::set(const std::string& key, const std::string& value) {
    if (key.empty()) throw ValidationError("key", core::tr("nom de paramètre manquant"));
    m_db.write([&] {
        pg::execute(m_db,
                    "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    key, value);
    });
}

std::map<std::string, std::string> PgSettingsRepository::all() {
    return m_db.read([&] {
        std::map<std::string, std::string> out;
        for (const auto& r : pg::query(m_db, "SELECT key, value FROM settings ORDER BY key"))
            out[pg::text(r[0])] = pg::text(r[1]);
        return out;
    });
}

} // namespace cabas::storage
