// Storage-internal helpers over libpqxx: the connection behind a PgDatabase, parameters made
// from core types (dates ISO, money cents, rates basis points), prepared statements, reading
// columns back, and PostgreSQL failures turned into StorageError. Only src/storage includes it,
// which keeps libpqxx out of every other header.
#pragma once

#include "core/date.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "core/money.hpp"
#include "storage/postgres_database.hpp"

#include <pqxx/pqxx>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cabas::storage {

struct PgDatabase::Impl {
    std::string uri;                                 ///< as libpq gets it (checked_postgres_uri)
    std::string shown;                               ///< for messages (no parameters)
    PgOptions options;
    std::unique_ptr<pqxx::connection> connection;    ///< null after a lost connection
    std::unique_ptr<pqxx::dbtransaction> top;        ///< the open outer transaction
    int depth = 0;
    bool writing = false;
    std::string schema;                              ///< where the tables are
    std::string lock_sql;                            ///< takes the épicerie's write lock
    std::unordered_map<std::string, std::string> prepared;  ///< SQL text → statement name

    /// The connection, (re)connected and configured when there is none.
    pqxx::connection& connect();
    /// Forgets a connection that broke: the next transaction opens a new one.
    void drop_connection() noexcept;
    /// The open transaction (nested writes are savepoints inside it); InternalError outside any.
    pqxx::dbtransaction& current();
    /// The statement name of `sql` on this connection, prepared on first use.
    const std::string& statement(const std::string& sql);
};

namespace pg {

/// The épicerie whose writes one lock serialises. One per database today; the sites of one
/// CCAS will each get theirs (see postgres_store.hpp).
inline constexpr std::int64_t kDefaultSite = 1;

/// Turns the exception being handled (a libpqxx one) into the matching cabas error and throws
/// it; call only inside a catch block. Connection failures become StorageUnavailable.
[[noreturn]] void rethrow(std::string_view context);

using Param = std::optional<std::string>;

inline Param param(std::int64_t v) { return std::to_string(v); }
inline Param param(int v) { return std::to_string(v); }
inline Param param(bool v) { return std::string(v ? "true" : "false"); }
inline Param param(const std::string& v) { return v; }
inline Param param(std::string_view v) { return std::string(v); }
inline Param param(const char* v) { return std::string(v); }
inline Param param(core::Date v) { return v.iso(); }
inline Param param(core::Money v) { return std::to_string(v.cents()); }
inline Param param(core::Rate v) { return std::to_string(v.bp); }
inline Param param(std::nullopt_t) { return std::nullopt; }
template <class T>
Param param(const std::optional<T>& v) {
    return v ? param(*v) : std::nullopt;
}

/// Runs `sql` ($1, $2... placeholders) as a prepared statement in the open transaction.
pqxx::result run(PgDatabase& db, const std::string& sql, const std::vector<Param>& params);

template <class... A>
pqxx::result query(PgDatabase& db, const std::string& sql, const A&... args) {
    return run(db, sql, std::vector<Param>{param(args)...});
}

/// Executes a statement; returns the number of rows changed.
template <class... A>
std::int64_t execute(PgDatabase& db, const std::string& sql, const A&... args) {
    return static_cast<std::int64_t>(query(db, sql, args...).affected_rows());
}

/// Executes an INSERT ... RETURNING id; returns the id.
template <class... A>
std::int64_t insert(PgDatabase& db, const std::string& sql, const A&... args) {
    return query(db, sql, args...).at(0).at(0).template as<std::int64_t>();
}

template <class... A>
bool exists(PgDatabase& db, const std::string& sql, const A&... args) {
    return !query(db, sql, args...).empty();
}

/// First column of the single row of an aggregate query.
template <class... A>
std::int64_t scalar(PgDatabase& db, const std::string& sql, const A&... args) {
    return query(db, sql, args...).at(0).at(0).template as<std::int64_t>();
}

using Field = pqxx::field;

std::string text(const Field& f);
std::int64_t integer(const Field& f);
int small(const Field& f);
bool boolean(const Field& f);
core::Money money(const Field& f);
core::Rate rate(const Field& f);
/// A stored date; an unreadable one is a StorageError naming the column.
core::Date date(const Field& f);
std::optional<std::string> optional_text(const Field& f);
std::optional<core::Date> optional_date(const Field& f);
std::optional<std::int64_t> optional_integer(const Field& f);
std::optional<core::Money> optional_money(const Field& f);
std::optional<core::Rate> optional_rate(const Field& f);

/// Decodes a stored enum code with a core `*_from_code` parser; an unknown code is damage.
template <class Parser>
auto code(const Field& f, Parser parse) {
    const std::string value = text(f);
    auto decoded = parse(value);
    if (!decoded) throw StorageError(core::tr("valeur inconnue dans la base : {0} = « {1} »", f.name(), value));
    return *decoded;
}

} // namespace pg
} // namespace cabas::storage
