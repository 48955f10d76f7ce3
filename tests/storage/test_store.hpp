// The store a storage test works on: a fresh database of the run's engine (SQLite file, or a
// schema on the PostgreSQL test server, see support/test_database.hpp), with the cheapest PIN
// hashing, plus raw SQL for the checks a test makes behind the repositories' back.
#pragma once

#include "support/test_database.hpp"

#include "core/error.hpp"

#include "storage/postgres_store.hpp"
#include "storage/sqlite_repositories.hpp"

#include <memory>
#include <string>

namespace cabas::storage::testing {

class TestStore final : public Store {
public:
    TestStore() : m_store(open_store(m_database.location(), PinHashCost::minimum())) {}

    BaremeRepository& baremes() override { return m_store->baremes(); }
    HouseholdRepository& households() override { return m_store->households(); }
    AccessRepository& access() override { return m_store->access(); }
    CardRepository& cards() override { return m_store->cards(); }
    UserRepository& users() override { return m_store->users(); }
    CatalogueRepository& catalogue() override { return m_store->catalogue(); }
    StockRepository& stock() override { return m_store->stock(); }
    SaleRepository& sales() override { return m_store->sales(); }
    UsageRepository& usage() override { return m_store->usage(); }
    AccessLogRepository& access_log() override { return m_store->access_log(); }
    JournalRepository& journal() override { return m_store->journal(); }
    SettingsRepository& settings() override { return m_store->settings(); }
    ReportQueries& report_queries() override { return m_store->report_queries(); }
    std::vector<std::string> integrity_check(IntegrityLevel level = IntegrityLevel::Quick) override {
        return m_store->integrity_check(level);
    }
    void backup_to(const std::string& destination) override { m_store->backup_to(destination); }
    void restore_from(const std::string& source) override { m_store->restore_from(source); }
    int schema_version() override { return m_store->schema_version(); }
    std::string location() const override { return m_store->location(); }

    bool postgres() const { return m_database.postgres(); }
    const cabas::test_support::FreshDatabase& database() const { return m_database; }
    /// A second store on the same database (another till), with its own PIN hashing cost.
    std::unique_ptr<Store> open_again(PinHashCost cost = PinHashCost::minimum()) const {
        return open_store(m_database.location(), cost);
    }

    long long query_int(const std::string& sql) {
        if (auto* pg = dynamic_cast<PgStore*>(m_store.get())) return pg->database().query_int(sql);
        return dynamic_cast<SqliteStore&>(*m_store).database().query_int(sql);
    }
    std::string query_text(const std::string& sql) {
        if (auto* pg = dynamic_cast<PgStore*>(m_store.get())) return pg->database().query_text(sql);
        return dynamic_cast<SqliteStore&>(*m_store).database().query_text(sql);
    }
    void exec(const std::string& sql) {
        if (auto* pg = dynamic_cast<PgStore*>(m_store.get())) return pg->database().exec(sql);
        dynamic_cast<SqliteStore&>(*m_store).database().exec(sql);
    }

protected:
    void run_transaction(const std::function<void()>& body) override { m_store->transaction([&] { body(); }); }

private:
    cabas::test_support::FreshDatabase m_database{"cabas-storage"};
    std::unique_ptr<Store> m_store;
};

/// True for a CHECK constraint refusal, whichever engine refused.
inline bool is_check_violation(const cabas::StorageError& e) {
    return e.sqlite_code() == 275 /* SQLITE_CONSTRAINT_CHECK */ || e.sqlstate() == "23514";
}

} // namespace cabas::storage::testing
