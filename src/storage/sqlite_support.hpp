// Storage-internal helpers over SQLiteCpp: the connection behind a Database, binding of core
// types (dates as ISO text, money as cents, rates as basis points) and reading them back.
// Only src/storage (and its tests) include this; it is what keeps SQLiteCpp out of other headers.
#pragma once

#include "core/date.hpp"
#include "core/error.hpp"
#include "core/money.hpp"
#include "storage/database.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cabas::storage {

struct Database::Impl {
    Impl(const std::string& p, const OpenOptions& o, int flags);
    std::string path;
    OpenOptions options;
    SQLite::Database connection;
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

/// A prepared statement with its parameters bound, ready for executeStep().
template <class... A>
SQLite::Statement query(SQLite::Database& c, const char* text, const A&... args) {
    SQLite::Statement s(c, text);
    bind_all(s, args...);
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
    if (!decoded)
        throw StorageError(std::string("valeur inconnue dans la base : ") + c.getName() + " = « " + value + " »");
    return *decoded;
}

} // namespace sql
} // namespace cabas::storage
