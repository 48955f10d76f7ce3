// The storage entry point for services: one object that owns the database and hands out every
// repository, plus the unit of work that makes several repository calls one transaction.
#pragma once

#include "storage/access_log_repository.hpp"
#include "storage/access_repository.hpp"
#include "storage/bareme_repository.hpp"
#include "storage/card_repository.hpp"
#include "storage/catalogue_repository.hpp"
#include "storage/database.hpp"
#include "storage/household_repository.hpp"
#include "storage/journal_repository.hpp"
#include "storage/report_queries.hpp"
#include "storage/run_returning.hpp"
#include "storage/sale_repository.hpp"
#include "storage/settings_repository.hpp"
#include "storage/stock_repository.hpp"
#include "storage/usage_repository.hpp"
#include "storage/user_repository.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace cabas::storage {

/// All repositories over one database. SQLite is the embedded implementation (open_sqlite_store);
/// PostgreSQL (postgres_store.hpp) implements the same interface for several tills.
class Store {
public:
    virtual ~Store() = default;

    virtual BaremeRepository& baremes() = 0;
    virtual HouseholdRepository& households() = 0;
    virtual AccessRepository& access() = 0;
    virtual CardRepository& cards() = 0;
    virtual UserRepository& users() = 0;
    virtual CatalogueRepository& catalogue() = 0;
    virtual StockRepository& stock() = 0;
    virtual SaleRepository& sales() = 0;
    virtual UsageRepository& usage() = 0;
    virtual AccessLogRepository& access_log() = 0;
    virtual JournalRepository& journal() = 0;
    virtual SettingsRepository& settings() = 0;
    /// Read-only aggregates for the CCAS, annual and FSE+ reports.
    virtual ReportQueries& report_queries() = 0;

    /// Runs `f` as one all-or-nothing write transaction and returns its result: a sale, its
    /// journal record and its stock movements commit together or not at all. Repository calls
    /// inside join it.
    template <class F>
    auto transaction(F&& f) {
        return detail::run_returning(std::forward<F>(f),
                                     [this](const std::function<void()>& body) { run_transaction(body); });
    }

    /// The schema version of the file (migrations applied).
    virtual int schema_version() = 0;
    /// Problems found by the engine's integrity checks; empty when the database is sound.
    virtual std::vector<std::string> integrity_check(IntegrityLevel level = IntegrityLevel::Quick) = 0;
    /// A consistent copy of the whole database at `destination`, taken while in use; a missing
    /// destination is created 0600.
    virtual void backup_to(const std::string& destination) = 0;
    /// Replaces everything with the content of the Cabas database at `source`, all or nothing
    /// (Database::restore_from). The caller checks `source` first.
    virtual void restore_from(const std::string& source) = 0;
    /// Where the database is: the file's path, or the server's URI without its parameters
    /// (enough for is_server_location(), and for messages; never a password).
    virtual std::string location() const = 0;

protected:
    virtual void run_transaction(const std::function<void()>& body) = 0;
};

/// Opens the SQLite database at `path` as `mode` allows (storage/database.hpp): creating it
/// when missing (the default: the till, init, tests), only an existing Cabas database (every
/// other command), or read-only for checking a copy.
std::unique_ptr<Store> open_sqlite_store(const std::string& path, OpenMode mode = OpenMode::CreateIfMissing);

/// Opens the database named by `location`, migrating it if needed: a libpq URI
/// ("postgresql://user@host/dbname", also "postgres://") for a PostgreSQL server, whose
/// password comes only from ~/.pgpass or PGPASSFILE (a URI with a password is refused); anything
/// else is the path of a SQLite file. `mode` means the same on both engines (OpenMode; on a
/// server, "missing" is a schema without the Cabas tables); the network-share refusal and the
/// 0600 files only concern SQLite files. StorageUnavailable when the server cannot be reached.
std::unique_ptr<Store> open_store(const std::string& location, OpenMode mode = OpenMode::CreateIfMissing);
/// The same with a PIN hashing cost (tests use PinHashCost::minimum()).
std::unique_ptr<Store> open_store(const std::string& location, PinHashCost pin_cost,
                                  OpenMode mode = OpenMode::CreateIfMissing);
/// True when `location` names a database server rather than a file (no folder to create).
bool is_server_location(const std::string& location);

} // namespace cabas::storage
