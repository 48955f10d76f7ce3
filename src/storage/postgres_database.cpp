// Opening and migrating a PostgreSQL database, and the write and read transactions every
// repository goes through. libpqxx failures become cabas errors here (pg::rethrow).
#include "storage/postgres_database.hpp"
#include "core/messages.hpp"

#include "storage/migrations.hpp"
#include "storage/postgres_migrations.hpp"
#include "storage/postgres_support.hpp"
#include "storage/postgres_uri.hpp"

namespace cabas::storage {

namespace {

/// Counts nesting for the duration of a body.
class DepthGuard {
public:
    explicit DepthGuard(int& depth) : m_depth(depth) { ++m_depth; }
    ~DepthGuard() { --m_depth; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;

private:
    int& m_depth;
};

/// Ends the outer transaction when its scope ends: the libpqxx object rolls back unless it was
/// committed, and never throws. A connection found broken is dropped, so the next transaction
/// reconnects instead of failing again.
class TopGuard {
public:
    explicit TopGuard(PgDatabase::Impl& impl) : m_impl(impl) {}
    ~TopGuard() {
        m_impl.top.reset();
        m_impl.writing = false;
        if (m_impl.connection && !m_impl.connection->is_open()) m_impl.drop_connection();
    }
    TopGuard(const TopGuard&) = delete;
    TopGuard& operator=(const TopGuard&) = delete;

private:
    PgDatabase::Impl& m_impl;
};

/// Rolls a nested write back to its savepoint unless dismissed. Never throws: it runs while
/// an exception unwinds, maybe on a connection that is gone (the whole transaction is then lost
/// anyway). The savepoints are plain SQL rather than libpqxx subtransactions, whose SAVEPOINT
/// is only sent with their first statement: a nested write whose body ran statements only in
/// its own nested writes would have had no savepoint to roll back to.
class SavepointGuard {
public:
    SavepointGuard(pqxx::dbtransaction& tx, std::string name) : m_tx(tx), m_name(std::move(name)) {}
    ~SavepointGuard() {
        if (m_dismissed) return;
        try {
            m_tx.exec("ROLLBACK TO SAVEPOINT " + m_name + "; RELEASE SAVEPOINT " + m_name);
        } catch (...) {
            // The outer transaction fails too and is rolled back by the server.
        }
    }
    SavepointGuard(const SavepointGuard&) = delete;
    SavepointGuard& operator=(const SavepointGuard&) = delete;
    void dismiss() { m_dismissed = true; }

private:
    pqxx::dbtransaction& m_tx;
    std::string m_name;
    bool m_dismissed = false;
};

using ReadTransaction = pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>;

[[noreturn]] void refuse_newer(const std::string& shown, int found) {
    throw StorageError(
        core::tr("La base « {0} » a été créée par une version plus récente de Cabas (schéma {1}, ce "
                 "programme connaît le schéma {2}). Mettez Cabas à jour avant de l'ouvrir.",
                 shown, found, latest_schema_version()));
}

int stored_version(pqxx::transaction_base& tx) {
    if (tx.exec("SELECT to_regclass('schema_version') IS NULL")[0][0].as<bool>()) return 0;
    const pqxx::result r = tx.exec("SELECT version FROM schema_version");
    return r.empty() ? 0 : r[0][0].as<int>();
}

/// Where the tables go, and the key of the write lock that serialises its writers.
void locate_schema(PgDatabase::Impl& impl) {
    pqxx::work tx(impl.connect());
    const pqxx::result r = tx.exec("SELECT n.nspname, n.oid::bigint FROM pg_namespace n WHERE n.nspname = current_schema()");
    if (r.empty())
        throw StorageError(
            core::tr("La base « {0} » n'a aucun schéma utilisable (search_path) : créez-le ou donnez "
                     "les droits sur le schéma public au compte de Cabas.",
                     impl.shown));
    impl.schema = r[0][0].c_str();
    // One bigint key: the schema's oid and the épicerie, so two Cabas schemas in one database
    // (the test suites) or, later, two sites of one CCAS never wait for each other.
    const std::int64_t key = r[0][1].as<std::int64_t>() * 65536 + pg::kDefaultSite;
    impl.lock_sql = "SELECT pg_advisory_xact_lock(" + std::to_string(key) + ")";
    tx.commit();
}

/// The version of the Cabas schema found (0: none), after refusing a schema that holds another
/// application's tables, or none of Cabas's when the mode does not allow creating them. Both
/// counts come from pg_tables in one snapshot: migration 1 creates schema_version in the same
/// transaction as the other tables, so a till migrating at this moment is seen whole or not.
int examine_schema(PgDatabase::Impl& impl) {
    ReadTransaction tx(impl.connect());
    const pqxx::row r = tx.exec1("SELECT COUNT(*) FILTER (WHERE tablename = 'schema_version'), COUNT(*) "
                                 "FROM pg_tables WHERE schemaname = current_schema()");
    const bool cabas = r[0].as<int>() > 0;
    const int tables = r[1].as<int>();
    if (!cabas && tables > 0)
        throw StorageError(
            core::tr("La base « {0} » (schéma {1}) contient {2} tables qui ne sont pas celles de Cabas "
                     ": ce "
                     "n'est pas une base Cabas, rien n'y a été écrit.",
                     impl.shown, impl.schema, tables));
    if (!cabas && impl.options.mode != OpenMode::CreateIfMissing)
        throw StorageError(
            core::tr("La base « {0} » (schéma {1}) n'a pas encore les tables de Cabas : créez-les "
                     "d'abord avec "
                     "« cabas-cli init --db {0} ».",
                     impl.shown, impl.schema));
    const int found = cabas ? stored_version(tx) : 0;
    if (found > latest_schema_version()) refuse_newer(impl.shown, found);
    return found;
}

/// Applies the missing migrations, each in its own transaction under the write lock, reading
/// the version again once the lock is held: another till may have migrated meanwhile.
void migrate(PgDatabase::Impl& impl) {
    const int found = examine_schema(impl);
    if (impl.options.mode == OpenMode::Inspect) return;  // checking a database changes nothing in it
    for (const Migration& m : postgres_migrations()) {
        if (m.version <= found) continue;
        if (impl.options.migrate_to > 0 && m.version > impl.options.migrate_to) break;
        pqxx::work tx(impl.connect());
        tx.exec(impl.lock_sql);
        const int now = stored_version(tx);
        if (now > latest_schema_version()) refuse_newer(impl.shown, now);
        if (now < m.version) {
            if (now == 0)
                tx.exec("CREATE TABLE schema_version (singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton), "
                        "version integer NOT NULL); INSERT INTO schema_version (version) VALUES (0)");
            tx.exec(std::string(m.sql));
            tx.exec("UPDATE schema_version SET version = " + std::to_string(m.version));
        }
        tx.commit();
    }
}

/// Opens the outer transaction (and, for a write, takes the lock). Nothing has run yet, so a
/// connection found dead at this point (the server restarted while the till was idle) is
/// replaced once by a fresh one instead of failing the call.
template <class Transaction>
void begin(PgDatabase::Impl& impl, bool lock) {
    for (int attempt = 1;; ++attempt) {
        try {
            impl.top = std::make_unique<Transaction>(impl.connect());
            if (lock) impl.top->exec(impl.lock_sql);
            return;
        } catch (const pqxx::broken_connection&) {
            impl.drop_connection();
            if (attempt >= 2) throw;
        }
    }
}

} // namespace

PgDatabase::PgDatabase(const std::string& uri, const PgOptions& options) : m_impl(std::make_unique<Impl>()) {
    m_impl->uri = checked_postgres_uri(uri);
    m_impl->shown = shown_postgres_uri(uri);
    m_impl->options = options;
    try {
        locate_schema(*m_impl);
        migrate(*m_impl);
    } catch (const pqxx::pqxx_exception&) {
        m_impl->drop_connection();
        pg::rethrow(core::tr("ouverture de « {0} »", m_impl->shown));
    }
}

PgDatabase::~PgDatabase() = default;

const std::string& PgDatabase::location() const { return m_impl->shown; }

bool PgDatabase::in_transaction() const { return m_impl->depth > 0; }

int PgDatabase::schema_version() { return static_cast<int>(query_int("SELECT version FROM schema_version")); }

std::string PgDatabase::schema_name() { return m_impl->schema; }

void PgDatabase::run_write(const std::function<void()>& body) {
    Impl& impl = *m_impl;
    try {
        if (impl.depth > 0) {
            if (!impl.writing) throw InternalError(core::tr("écriture demandée à l'intérieur d'une lecture"));
            // Inner unit of work: a savepoint, so a caught failure inside undoes only its part.
            const std::string name = "cabas_" + std::to_string(impl.depth);
            impl.top->exec("SAVEPOINT " + name);
            SavepointGuard guard(*impl.top, name);
            DepthGuard depth(impl.depth);
            body();
            impl.top->exec("RELEASE SAVEPOINT " + name);
            guard.dismiss();
            return;
        }
        TopGuard guard(impl);
        // The épicerie's write lock, held to COMMIT: writers follow each other (design note in
        // postgres_store.hpp), and everything this body reads was committed before it began.
        begin<pqxx::work>(impl, true);
        impl.writing = true;
        DepthGuard depth(impl.depth);
        body();
        impl.top->commit();
    } catch (const pqxx::pqxx_exception&) {
        pg::rethrow(core::tr("écriture"));
    }
}

void PgDatabase::run_read(const std::function<void()>& body) {
    Impl& impl = *m_impl;
    if (impl.depth > 0) {
        body();  // joins the open transaction, whose runner translates its failures
        return;
    }
    // libpqxx sends BEGIN with the first statement, so a connection that died while the till was
    // idle shows up inside the body. A top-level read body only gathers rows (the repositories'
    // reads; services cannot open one), so running it again on a new connection is safe.
    for (int attempt = 1;; ++attempt) {
        try {
            TopGuard guard(impl);
            begin<ReadTransaction>(impl, false);
            DepthGuard depth(impl.depth);
            body();
            impl.top->commit();
            return;
        } catch (const pqxx::broken_connection&) {
            impl.drop_connection();
            if (attempt >= 2) pg::rethrow(core::tr("lecture"));
        } catch (const pqxx::pqxx_exception&) {
            pg::rethrow(core::tr("lecture"));
        }
    }
}

// exec and query_* send one statement through exec_params rather than exec: libpqxx's
// dbtransaction::exec aborts the whole transaction on a failing statement, which would leave a
// nested write's savepoint nothing to roll back to. Prepared statements (pg::run) never did.
void PgDatabase::exec(const std::string& sql) {
    write([&] {
        try {
            m_impl->current().exec_params(sql);
        } catch (const pqxx::pqxx_exception&) {
            pg::rethrow(core::tr("exécution"));
        }
    });
}

long long PgDatabase::query_int(const std::string& sql) {
    return read([&]() -> long long {
        try {
            const pqxx::result r = m_impl->current().exec_params(sql);
            if (r.empty() || r[0][0].is_null()) return 0;
            const std::string value = r[0][0].c_str();
            if (value == "t" || value == "f") return value == "t" ? 1 : 0;
            return r[0][0].as<long long>();
        } catch (const pqxx::pqxx_exception&) {
            pg::rethrow(core::tr("requête"));
        }
    });
}

std::string PgDatabase::query_text(const std::string& sql) {
    return read([&] {
        try {
            const pqxx::result r = m_impl->current().exec_params(sql);
            return r.empty() ? std::string() : pg::text(r[0][0]);
        } catch (const pqxx::pqxx_exception&) {
            pg::rethrow(core::tr("requête"));
        }
    });
}

} // namespace cabas::storage
