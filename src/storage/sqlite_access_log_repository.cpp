// The append-only access log in SQLite. Nothing here updates or deletes: the schema's triggers
// would refuse it anyway.
#include "storage/sqlite_repositories.hpp"
#include "core/messages.hpp"
#include "storage/sqlite_support.hpp"

namespace cabas::storage {

std::int64_t SqliteAccessLogRepository::append(const std::string& user_login, const std::string& action,
                                               std::optional<std::int64_t> household_id, const std::string& detail,
                                               const std::string& at) {
    if (user_login.empty()) throw ValidationError("user_login", core::tr("utilisateur manquant"));
    if (action.empty()) throw ValidationError("action", core::tr("action manquante"));
    return m_db.write([&] {
        auto& c = sql::conn(m_db);
        if (at.empty())
            return sql::insert(c, "INSERT INTO access_log (user_login, action, household_id, detail) VALUES (?, ?, ?, ?)",
                               user_login, action, household_id, detail);
        return sql::insert(c,
                           "INSERT INTO access_log (at, user_login, action, household_id, detail) VALUES (?, ?, ?, ?, ?)",
                           at, user_login, action, household_id, detail);
    });
}

std::vector<AccessLogEntry> SqliteAccessLogRepository::list(const AccessLogFilter& filter) {
    return m_db.read([&] {
        // NULL filters match everything, so one statement serves every combination.
        auto s = sql::query(sql::conn(m_db),
                            "SELECT id, at, user_login, action, household_id, detail FROM access_log "
                            "WHERE (?1 IS NULL OR household_id = ?1) AND (?2 IS NULL OR user_login = ?2) "
                            "AND (?4 IS NULL OR action = ?4) ORDER BY at DESC, id DESC LIMIT ?3",
                            filter.household_id, filter.user_login, filter.limit, filter.action);
        std::vector<AccessLogEntry> out;
        while (s.executeStep())
            out.push_back({s.getColumn(0).getInt64(), sql::text(s.getColumn(1)), sql::text(s.getColumn(2)),
                           sql::text(s.getColumn(3)), sql::optional_integer(s.getColumn(4)), sql::text(s.getColumn(5))});
        return out;
    });
}

} // namespace cabas::storage
