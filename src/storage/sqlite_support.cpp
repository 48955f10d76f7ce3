// Reading core types back from SQLite columns, and the translation of SQLite failures into
// StorageError with the extended result code kept (callers test codes such as SQLITE_BUSY).
#include "storage/sqlite_support.hpp"
#include "core/messages.hpp"

#include <algorithm>
#include <mutex>

namespace cabas::storage::sql {

namespace {

/// Connection → cache, for query(), whose callers hold only the SQLiteCpp connection. A few
/// entries (one per open Database); the mutex matters only when threads open databases.
struct Registry {
    std::mutex mutex;
    std::vector<std::pair<const SQLite::Database*, StatementCache*>> entries;
};

Registry& registry() {
    static Registry r;
    return r;
}

} // namespace

void register_cache(const SQLite::Database& c, StatementCache& cache) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    r.entries.emplace_back(&c, &cache);
}

void unregister_cache(const SQLite::Database& c) noexcept {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    std::erase_if(r.entries, [&](const auto& e) { return e.first == &c; });
}

StatementCache* cache_of(const SQLite::Database& c) noexcept {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    for (const auto& [connection, cache] : r.entries)
        if (connection == &c) return cache;
    return nullptr;
}

std::unique_ptr<SQLite::Statement> StatementCache::take(SQLite::Database& c, const char* text) {
    auto found = m_free.find(text);
    if (found != m_free.end() && !found->second.empty()) {
        auto s = std::move(found->second.back());
        found->second.pop_back();
        --m_kept;
        return s;
    }
    return std::make_unique<SQLite::Statement>(c, text);
}

void StatementCache::give_back(std::string text, std::unique_ptr<SQLite::Statement> s) noexcept {
    try {
        // tryReset never throws; it also ends the statement's read of the database, so a kept
        // statement never holds a WAL snapshot open.
        s->tryReset();
        s->clearBindings();
        if (m_kept >= kMaxKept) return;
        m_free[std::move(text)].push_back(std::move(s));
        ++m_kept;
    } catch (...) {
        // A statement that cannot be reset is simply finalised (unique_ptr) instead of kept.
    }
}

StorageError to_storage_error(const SQLite::Exception& e, std::string_view context) {
    const std::string what = context.empty() ? core::tr("Erreur de la base de données : {0}", e.what())
                                             : core::tr("Erreur de la base de données ({0}) : {1}", context, e.what());
    return StorageError(what, e.getExtendedErrorCode());
}

std::string text(const SQLite::Column& c) { return c.getString(); }

std::int64_t integer(const SQLite::Column& c) { return c.getInt64(); }

bool boolean(const SQLite::Column& c) { return c.getInt64() != 0; }

core::Money money(const SQLite::Column& c) { return core::Money::from_cents(c.getInt64()); }

core::Rate rate(const SQLite::Column& c) { return core::Rate{c.getInt()}; }

core::Date date(const SQLite::Column& c) {
    const std::string value = c.getString();
    try {
        return core::parse_date(value, c.getName());
    } catch (const ValidationError&) {
        // A stored date we cannot read is damage in the file, not a user mistake.
        throw StorageError(core::tr("date illisible dans la base : {0} = « {1} »", c.getName(), value));
    }
}

std::optional<core::Date> optional_date(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return date(c);
}

std::optional<std::int64_t> optional_integer(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return c.getInt64();
}

std::optional<core::Money> optional_money(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return money(c);
}

std::optional<core::Rate> optional_rate(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return rate(c);
}

} // namespace cabas::storage::sql
