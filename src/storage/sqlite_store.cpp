// Construction of the SQLite Store: the database first, then the repositories that share it.
#include "storage/sqlite_repositories.hpp"

namespace cabas::storage {

SqliteStore::SqliteStore(const std::string& path, const StoreOptions& options)
    : m_db(path, options.database), m_users(m_db, options.pin_cost) {}

std::unique_ptr<Store> open_sqlite_store(const std::string& path, const StoreOptions& options) {
    return std::make_unique<SqliteStore>(path, options);
}

std::unique_ptr<Store> open_sqlite_store(const std::string& path, OpenMode mode) {
    StoreOptions options;
    options.database.mode = mode;
    return open_sqlite_store(path, options);
}

} // namespace cabas::storage
