// Settings in SQLite: a key-value table written with an upsert.
#include "storage/sqlite_repositories.hpp"
#include "core/messages.hpp"
#include "storage/sqlite_support.hpp"

namespace cabas::storage {

std::optional<std::string> SqliteSettingsRepository::get(const std::string& key) {
    return m_db.read([&]() -> std::optional<std::string> {
        auto s = sql::query(sql::conn(m_db), "SELECT value FROM settings WHERE key = ?", key);
        if (!s.executeStep()) return std::nullopt;
        return sql::text(s.getColumn(0));
    });
}

void SqliteSettingsRepository::set(const std::string& key, const std::string& value) {
    if (key.empty()) throw ValidationError("key", core::tr("nom de paramètre manquant"));
    m_db.write([&] {
        // ON CONFLICT ... DO UPDATE is also PostgreSQL's syntax.
        sql::execute(sql::conn(m_db),
                     "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                     key, value);
    });
}

std::map<std::string, std::string> SqliteSettingsRepository::all() {
    return m_db.read([&] {
        SQLite::Statement s(sql::conn(m_db), "SELECT key, value FROM settings ORDER BY key");
        std::map<std::string, std::string> out;
        while (s.executeStep()) out[sql::text(s.getColumn(0))] = sql::text(s.getColumn(1));
        return out;
    });
}

} // namespace cabas::storage
