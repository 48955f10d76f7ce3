// Construction of the PostgreSQL Store, and open_store(), which picks the engine from the
// database argument: a libpq URI for a server, anything else a SQLite file.
#include "storage/postgres_store.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "storage/postgres_uri.hpp"
#include "storage/sqlite_repositories.hpp"

namespace cabas::storage {

PgStore::PgStore(const std::string& uri, const PgOptions& options, PinHashCost pin_cost)
    : m_db(uri, options), m_users(m_db, pin_cost) {}

void PgStore::restore_from(const std::string& source) {
    throw StorageError(
        core::tr("Restaurer « {0} » dans la base du serveur « {1} » ne se fait pas depuis Cabas : "
                 "l'administrateur du serveur le fait avec pg_restore, toutes les caisses arrêtées.",
                 source, m_db.location()));
}

std::unique_ptr<Store> open_store(const std::string& location, PinHashCost pin_cost, OpenMode mode) {
    if (is_postgres_uri(location)) {
        PgOptions pg;
        pg.mode = mode;
        return std::make_unique<PgStore>(location, pg, pin_cost);
    }
    StoreOptions options;
    options.pin_cost = pin_cost;
    options.database.mode = mode;
    return open_sqlite_store(location, options);
}

std::unique_ptr<Store> open_store(const std::string& location, OpenMode mode) {
    return open_store(location, PinHashCost::interactive(), mode);
}

bool is_server_location(const std::string& location) { return is_postgres_uri(location); }

} // namespace cabas::storage
