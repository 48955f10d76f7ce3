// Construction of the PostgreSQL Store, and open_store(), which picks the engine from the
// database argument: a libpq URI for a server, anything else a SQLite file.
#include "storage/postgres_store.hpp"
#include "storage/postgres_uri.hpp"
#include "storage/sqlite_repositories.hpp"

namespace cabas::storage {

PgStore::PgStore(const std::string& uri, const PgOptions& options, PinHashCost pin_cost)
    : m_db(uri, options), m_users(m_db, pin_cost) {}

std::unique_ptr<Store> open_store(const std::string& location, PinHashCost pin_cost) {
    if (is_postgres_uri(location)) return std::make_unique<PgStore>(location, PgOptions{}, pin_cost);
    StoreOptions options;
    options.pin_cost = pin_cost;
    return open_sqlite_store(location, options);
}

std::unique_ptr<Store> open_store(const std::string& location) {
    return open_store(location, PinHashCost::interactive());
}

bool is_server_location(const std::string& location) { return is_postgres_uri(location); }

} // namespace cabas::storage
