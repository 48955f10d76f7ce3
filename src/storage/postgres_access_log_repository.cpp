// The append-only access log in PostgreSQL. Nothing here updates or deletes: the schema's
// triggers would refuse it anyway.
#include "storage/postgres_repositories.hpp"
#include "core/messages.hpp"
#include "storage/postgres_support.hpp"

namespace cabas::storage {

std::int64_t PgAccessLogRepository::append(const std::string& user_login, const std::string& action,
                                           std::optional<std::int64_t> household_id, const std::string& detail,
                                           const std::string& at) {
    if (user_login.empty()) throw ValidationError("user_login", core::tr("utilisateur manquant"));
    if (action.empty()) throw ValidationError("action", core::tr("action manquante"));
    return m_db.write([&] {
        if (at.empty())
            return pg::insert(m_db,
                              "INSERT INTO access_log (user_login, action, household_id, detail) VALUES ($1, $2, $3, $4) "
                              "RETURNING id",
                              user_login, action, household_id, detail);
        return pg::insert(m_db,
                          "INSERT INTO access_log (at, user_login, action, household_id, detail) "
                          "VALUES ($1, $2, $3, $4, $5) RETURNING id",
                          at, user_login, action, household_id, detail);
    });
}

std::vector<AccessLogEntry> PgAccessLogRepository::list(const AccessLogFilter& filter) {
    return m_db.read([&] {
        // NULL filters match everything; a negative limit means no limit, as with SQLite.
        const auto rows = pg::query(m_db,
                                    "SELECT id, at, user_login, action, household_id, detail FROM access_log "
                                    "WHERE ($1::bigint IS NULL OR household_id = $1) AND ($2::text IS NULL OR user_login = $2) "
                                    "AND ($4::text IS NULL OR action = $4) ORDER BY at DESC, id DESC LIMIT CASE WHEN $3::bigint < 0 THEN NULL ELSE $3 END",
                                    filter.household_id, filter.user_login, filter.limit, filter.action);
        std::vector<AccessLogEntry> out;
        for (const auto& r : rows)
            out.push_back({pg::integer(r[0]), pg::text(r[1]), pg::text(r[2]), pg::text(r[3]), pg::optional_integer(r[4]),
                           pg::text(r[5])});
        return out;
    });
}

} // namespace cabas::storage
