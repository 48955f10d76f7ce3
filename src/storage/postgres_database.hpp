// One PostgreSQL database reached by a libpq URI, opened the way Cabas needs it: schema migrated
// at open under an advisory lock, every write one transaction serialised per épicerie, every
// read one snapshot. The PostgreSQL counterpart of database.hpp; no libpqxx type appears here.
#pragma once

#include "storage/database.hpp"
#include "storage/run_returning.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace cabas::storage {

/// How a PgDatabase is opened. The defaults are the production settings; tests shorten the
/// lock timeout to prove that a blocked writer gives up after a bounded time.
struct PgOptions {
    int lock_timeout_ms = 10000;  ///< a writer waits this long for the other tills' writes
    int migrate_to = 0;           ///< tests of upgrades only: stop at this version (0: the latest)
    /// As for a SQLite file (database.hpp): CreateIfMissing puts the Cabas schema into an empty
    /// schema; ExistingOnly requires the Cabas tables to be there already (an older version is
    /// migrated); Inspect migrates nothing. Whatever the mode, a schema holding tables that are
    /// not Cabas's is refused: Cabas never writes its tables among another application's.
    OpenMode mode = OpenMode::CreateIfMissing;
};

/// An open PostgreSQL database with the Cabas schema at the latest version, in the first schema
/// of the connection's search_path (normally "public").
///
/// Opening refuses a URI with a password (postgres_uri.hpp), a schema newer than this program,
/// a schema with another application's tables, and, unless creating is allowed, a schema
/// without the Cabas tables; it applies the missing migrations, each in its own transaction under the write lock.
/// Errors come out as cabas::StorageError carrying PostgreSQL's SQLSTATE, or StorageUnavailable
/// when the server cannot be reached or the connection is lost; the next call reconnects.
///
/// Writes (see postgres_store.hpp for the design note): write() is BEGIN, then
/// pg_advisory_xact_lock on the épicerie's key, then the body at READ COMMITTED, then COMMIT.
/// Every write of every till takes that one lock, so writes follow each other as with SQLite's
/// BEGIN IMMEDIATE, and each statement of a body sees everything committed before it started.
/// Reads are REPEATABLE READ, READ ONLY: one snapshot, never blocked, never blocking.
///
/// Thread use: one PgDatabase is one connection, used by one thread at a time.
class PgDatabase {
public:
    explicit PgDatabase(const std::string& uri, const PgOptions& options = {});
    ~PgDatabase();
    PgDatabase(const PgDatabase&) = delete;
    PgDatabase& operator=(const PgDatabase&) = delete;

    /// The URI without its parameters, for messages.
    const std::string& location() const;
    /// Schema version stored in the database (table schema_version).
    int schema_version();
    /// The schema that holds the Cabas tables.
    std::string schema_name();

    /// Runs `f` as one write transaction and returns its result. Any exception rolls everything
    /// back and propagates. Nested calls become savepoints of the outer transaction.
    template <class F>
    auto write(F&& f) {
        return detail::run_returning(std::forward<F>(f), [this](const std::function<void()>& body) { run_write(body); });
    }

    /// Runs `f` on one snapshot (inside a write, it joins the write).
    template <class F>
    auto read(F&& f) {
        return detail::run_returning(std::forward<F>(f), [this](const std::function<void()>& body) { run_read(body); });
    }

    bool in_transaction() const;

    /// Executes one SQL statement: inside the open transaction, else as one write transaction of
    /// its own. A failure inside a nested write undoes that write only. For maintenance and tests.
    void exec(const std::string& sql);
    /// First column of the first row (0 or "" when there is no row). A boolean reads as 0 / 1.
    long long query_int(const std::string& sql);
    std::string query_text(const std::string& sql);

    /// Catalogue checks (postgres_maintenance.cpp): the problems found, empty when sound. Full
    /// also has amcheck read every B-tree index, when the extension is installed.
    std::vector<std::string> integrity_check(IntegrityLevel level = IntegrityLevel::Quick);
    /// pg_dump of the Cabas schema, custom format, into `destination` created 0600.
    void backup_to(const std::string& destination);

    /// Storage-internal state (the libpqxx connection), defined in postgres_support.hpp.
    struct Impl;
    Impl& impl() { return *m_impl; }

private:
    void run_write(const std::function<void()>& body);
    void run_read(const std::function<void()>& body);

    std::unique_ptr<Impl> m_impl;
};

} // namespace cabas::storage
