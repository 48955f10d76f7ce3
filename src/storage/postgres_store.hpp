// The PostgreSQL Store: one PgDatabase (one connection) and one of each repository over it, for
// épiceries with several tills on one server. Opened by open_store("postgresql://...").
//
// Design note: concurrency. Several tills (processes, PCs) write to one database. What must
// never happen: a household's month or week overspent or a limit exceeded because two tills
// validated at once; two sales with one number, or a hole; a fork or a hole in the journal;
// a Z report that misses or borrows a sale. Each of those is a read-then-write ("credit used
// so far, then this sale"; "last number, then the next") that must see every write committed
// before it and none that commits meanwhile.
//
// Chosen: every write transaction begins with pg_advisory_xact_lock(key), key = the schema's
// oid × 65536 + the épicerie (site) number, held until COMMIT or ROLLBACK, at READ COMMITTED.
// That is SQLite's BEGIN IMMEDIATE: writers of one épicerie follow each other, and since each
// statement of a READ COMMITTED transaction sees what was committed before it began, every
// check made inside the write (services/till re-checks credit, limits and visits there)
// is made against final data. Readers (REPEATABLE READ, READ ONLY) are never blocked and
// never block: the card check and the product scans of the other tills go on while one till
// validates. The lock wait is bounded (lock_timeout, 10 s by default; then a StorageError
// with SQLSTATE 55P03, "base occupée"), and a transaction is only ever waiting for the lock
// before it has done anything, so there is nothing to retry half-way and no deadlock between
// Cabas writers (each holds at most one lock, taken first).
//
// Paths not taken: row locks (SELECT ... FOR UPDATE on the household and on the journal head)
// would let two tills validate two different households at the same time, but every sale
// also appends to the one journal, so the journal head serialises them anyway, and the lock
// order (household, then head, then the session's last number) would have to be right in every
// write of every service, forever. SERIALIZABLE with a bounded retry needs each service body
// to be safe to run twice, which a body that prints or logs is not, and turns contention into
// visible retries. One lock per épicerie costs a validation's duration (a few milliseconds)
// of waiting at worst per other till; 4 tills at 50 sales/s in all are far from that limit
// (the concurrency test in tests/pg measures it). The site number is the room left for the
// several épiceries of one CCAS: each site will take its own key, so sites never wait for
// each other; today every database is one site (pg::kDefaultSite).
//
// Errors: libpqxx never escapes storage. A lost or refused connection is StorageUnavailable
// (core/error.hpp); the interrupted transaction was rolled back by the server, except when the
// connection broke during COMMIT (outcome_unknown), where the idempotent request id of a sale
// makes a retry safe. The next call reconnects by itself.
#pragma once

#include "storage/postgres_repositories.hpp"

namespace cabas::storage {

class PgStore final : public Store {
public:
    PgStore(const std::string& uri, const PgOptions& options, PinHashCost pin_cost);

    BaremeRepository& baremes() override { return m_baremes; }
    HouseholdRepository& households() override { return m_households; }
    AccessRepository& access() override { return m_access; }
    CardRepository& cards() override { return m_cards; }
    UserRepository& users() override { return m_users; }
    CatalogueRepository& catalogue() override { return m_catalogue; }
    StockRepository& stock() override { return m_stock; }
    SaleRepository& sales() override { return m_sales; }
    UsageRepository& usage() override { return m_usage; }
    AccessLogRepository& access_log() override { return m_access_log; }
    JournalRepository& journal() override { return m_journal; }
    SettingsRepository& settings() override { return m_settings; }
    ReportQueries& report_queries() override { return m_report_queries; }

    std::vector<std::string> integrity_check(IntegrityLevel level = IntegrityLevel::Quick) override {
        return m_db.integrity_check(level);
    }
    /// pg_dump of the schema, checked with pg_restore --list, then renamed into place.
    void backup_to(const std::string& destination) override { m_db.backup_to(destination); }
    /// Refused (StorageError): a server database is restored on the server with pg_restore,
    /// by its administrator, while every till is stopped.
    void restore_from(const std::string& source) override;
    int schema_version() override { return m_db.schema_version(); }
    std::string location() const override { return m_db.location(); }
    PgDatabase& database() { return m_db; }

protected:
    void run_transaction(const std::function<void()>& body) override { m_db.write(body); }

private:
    PgDatabase m_db;  // declared first: the repositories below refer to it
    PgBaremeRepository m_baremes{m_db};
    PgHouseholdRepository m_households{m_db};
    PgAccessRepository m_access{m_db};
    PgCardRepository m_cards{m_db};
    PgUserRepository m_users;
    PgCatalogueRepository m_catalogue{m_db};
    PgStockRepository m_stock{m_db};
    PgSaleRepository m_sales{m_db};
    PgUsageRepository m_usage{m_db};
    PgAccessLogRepository m_access_log{m_db};
    PgJournalRepository m_journal{m_db};
    PgSettingsRepository m_settings{m_db};
    PgReportQueries m_report_queries{m_db};
};

} // namespace cabas::storage
