// Storage-internal helpers over SQLiteCpp: the connection behind a Database, binding of core
// types (dates as ISO text, money as cents, rates as basis points) and reading them back.
// Only src/storage (and its tests) include this; it is what keeps SQLiteCpp out of other headers.
#pragma once

#include "core/date.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "core/money.hpp"
#include "storage/database.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cabas::storage {

namespace sql {

/// Statements already prepared on one connection, by SQL text, ready to be bound again.
/// Preparing (parsing and planning) cost more than running most of the till's queries, so
/// query() takes a statement from here and gives it back reset when done. A text used again
/// while its statement is still being read (nested loops) simply gets a second statement.
/// Not thread-safe: like its connection, it is used by one thread at a time.
class StatementCache {
public:
    StatementCache() = default;
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;
    std::unique_ptr<SQLite::Statement> take(SQLite::Database& c, const char* text);
    /// Resets the statement (never throws) and keeps it, unless the cache is full.
    void give_back(std::string text, std::unique_ptr<SQLite::Statement> s) noexcept;
    void clear() noexcept { m_free.clear(); }

private:
    static constexpr std::size_t kMaxKept = 256;
    std::unordered_map<std::string, std::vector<std::unique_ptr<SQLite::Statement>>> m_free;
    std::size_t m_kept = 0;
};

/// The cache of the connection `c` (registered by Database::Impl); nullptr for a connection
/// opened outside a Database.
StatementCache* cache_of(const SQLite::Database& c) noexcept;
void register_cache(const SQLite::Database& c, StatementCache& cache);
void unregister_cache(const SQLite::Database& c) noexcept;

} // namespace sql

struct Database::Impl {
    Impl(const std::string& p, const OpenOptions& o, int flags);
    ~Impl();
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;
    std::string path;
    OpenOptions options;
    SQLite::Database connection;
    sql::StatementCache statements;   ///< declared after the connection: finalised before it closes
    int depth = 0;         ///< nesting of write()/read() bodies; > 0 means a transaction is open
    bool writing = false;  ///< the open transaction is a write (BEGIN IMMEDIATE) one
};

namespace sql {

inline SQLite::Database& conn(Database& db) { return db.impl().connection; }

/// The StorageError for a SQLite failure: French context, SQLite's message, extended code.
StorageError to_storage_error(const SQLite::Exception& e, std::string_view context);

inline void bind_one(SQLite::Statement& s, int i, std::int64_t v) { s.bind(i, v); }
inline void bind_one(SQLite::Statement& s, int i, int v) { s.bind(i, v); }
inline void bind_one(SQLite::Statement& s, int i, bool v) { s.bind(i, v ? 1 : 0); }
inline void bind_one(SQLite::Statement& s, int i, const std::string& v) { s.bind(i, v); }
inline void bind_one(SQLite::Statement& s, int i, std::string_view v) { s.bind(i, std::string(v)); }
inline void bind_one(SQLite::Statement& s, int i, const char* v) { s.bind(i, v); }
inline void bind_one(SQLite::Statement& s, int i, core::Date v) { s.bind(i, v.iso()); }
inline void bind_one(SQLite::Statement& s, int i, core::Money v) { s.bind(i, static_cast<std::int64_t>(v.cents())); }
inline void bind_one(SQLite::Statement& s, int i, core::Rate v) { s.bind(i, v.bp); }
inline void bind_one(SQLite::Statement& s, int i, std::nullopt_t) { s.bind(i); }
template <class T>
void bind_one(SQLite::Statement& s, int i, const std::optional<T>& v) {
    if (v) bind_one(s, i, *v);
    else s.bind(i);
}

/// Binds `args` to parameters 1..N in order.
template <class... A>
void bind_all(SQLite::Statement& s, const A&... args) {
    int i = 1;
    (bind_one(s, i++, args), ...);
}

/// A statement borrowed from its connection's cache for the duration of one query; it goes
/// back, reset and unbound, when this object is destroyed. Converts to SQLite::Statement& for
/// the row readers.
class CachedStatement {
public:
    CachedStatement(StatementCache* cache, std::string text, std::unique_ptr<SQLite::Statement> s)
        : m_cache(cache), m_text(std::move(text)), m_s(std::move(s)) {}
    CachedStatement(CachedStatement&&) = default;
    CachedStatement& operator=(CachedStatement&&) = delete;
    CachedStatement(const CachedStatement&) = delete;
    ~CachedStatement() {
        if (m_cache && m_s) m_cache->give_back(std::move(m_text), std::move(m_s));
    }
    operator SQLite::Statement&() { return *m_s; }
    bool executeStep() { return m_s->executeStep(); }
    int exec() { return m_s->exec(); }
    SQLite::Column getColumn(int index) { return m_s->getColumn(index); }

private:
    StatementCache* m_cache;
    std::string m_text;
    std::unique_ptr<SQLite::Statement> m_s;
};

/// A prepared statement (from the connection's cache) with its parameters bound, ready for
/// executeStep().
template <class... A>
CachedStatement query(SQLite::Database& c, const char* text, const A&... args) {
    StatementCache* cache = cache_of(c);
    CachedStatement s(cache, text, cache ? cache->take(c, text) : std::make_unique<SQLite::Statement>(c, text));
    bind_all(static_cast<SQLite::Statement&>(s), args...);
    return s;
}

/// Executes a statement; returns the number of rows changed.
template <class... A>
int execute(SQLite::Database& c, const char* text, const A&... args) {
    auto s = query(c, text, args...);
    return s.exec();
}

/// Executes an INSERT; returns the new row's id.
template <class... A>
std::int64_t insert(SQLite::Database& c, const char* text, const A&... args) {
    execute(c, text, args...);
    return c.getLastInsertRowid();
}

/// True when the query returns at least one row.
template <class... A>
bool exists(SQLite::Database& c, const char* text, const A&... args) {
    auto s = query(c, text, args...);
    return s.executeStep();
}

std::string text(const SQLite::Column& c);
std::int64_t integer(const SQLite::Column& c);
bool boolean(const SQLite::Column& c);
core::Money money(const SQLite::Column& c);
core::Rate rate(const SQLite::Column& c);
/// A stored ISO date; a malformed one is a StorageError naming the column (the file is damaged).
core::Date date(const SQLite::Column& c);
std::optional<core::Date> optional_date(const SQLite::Column& c);
std::optional<std::int64_t> optional_integer(const SQLite::Column& c);
std::optional<core::Money> optional_money(const SQLite::Column& c);
std::optional<core::Rate> optional_rate(const SQLite::Column& c);

/// Decodes a stored enum code with one of the core `*_from_code` parsers. An unknown code means
/// the file was written by something else: StorageError naming the column and the value.
template <class Parser>
auto code(const SQLite::Column& c, Parser parse) {
    const std::string value = text(c);
    auto decoded = parse(value);
    if (!decoded) throw StorageError(core::tr("valeur inconnue dans la base : {0} = « {1} »", c.getName(), value));
    return *decoded;
}

} // namespace sql
} // namespace cabas::storage
