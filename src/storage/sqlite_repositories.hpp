// The SQLite implementations of the repository interfaces, and SqliteStore which owns the
// Database and one of each. Each class keeps a reference to the Database; none outlives it.
#pragma once

#include "storage/database.hpp"
#include "storage/store.hpp"

namespace cabas::storage {

class SqliteBaremeRepository final : public BaremeRepository {
public:
    explicit SqliteBaremeRepository(Database& db) : m_db(db) {}
    int add(const core::Bareme& bareme, const std::string& json) override;
    std::optional<StoredBareme> latest() override;
    std::optional<StoredBareme> at(core::Date on) override;
    std::optional<StoredBareme> by_version(int version) override;
    std::vector<StoredBareme> versions() override;

private:
    Database& m_db;
};

class SqliteHouseholdRepository final : public HouseholdRepository {
public:
    explicit SqliteHouseholdRepository(Database& db) : m_db(db) {}
    std::int64_t add(const core::HouseholdFile& file) override;
    std::optional<core::HouseholdFile> get(std::int64_t id) override;
    std::optional<core::HouseholdFile> find_by_file_number(const std::string& file_number) override;
    std::optional<core::HouseholdFile> find_by_sales_code(const std::string& sales_code) override;
    std::vector<HouseholdSummary> list() override;
    void update(const core::HouseholdFile& file) override;
    void touch_contact(std::int64_t id, core::Date on) override;
    std::int64_t count() override;
    std::vector<RetentionCandidate> retention_candidates(core::Date before) override;
    void anonymise(std::int64_t id, core::Date on) override;

private:
    Database& m_db;
};

class SqliteAccessRepository final : public AccessRepository {
public:
    explicit SqliteAccessRepository(Database& db) : m_db(db) {}
    std::vector<core::AccessPeriod> periods_of(std::int64_t household_id) override;
    std::int64_t add_period(std::int64_t household_id, const core::AccessPeriod& period) override;
    std::int64_t add_suspension(std::int64_t period_id, const core::Suspension& suspension) override;
    void lift_suspension(std::int64_t period_id, core::Date until) override;
    void record_exit(std::int64_t period_id, const core::PeriodExit& exit) override;
    std::int64_t add_decision(const CommissionDecision& decision) override;
    std::vector<CommissionDecision> decisions_of(std::int64_t household_id) override;

private:
    Database& m_db;
};

class SqliteCardRepository final : public CardRepository {
public:
    explicit SqliteCardRepository(Database& db) : m_db(db) {}
    std::int64_t issue(std::int64_t household_id, const std::string& number, core::Date issued_on) override;
    std::optional<CardRecord> find_by_number(const std::string& number) override;
    std::optional<CardRecord> active_card_of(std::int64_t household_id) override;
    std::vector<CardRecord> cards_of(std::int64_t household_id) override;
    void revoke(const std::string& number, core::Date on, const std::string& reason) override;
    std::int64_t replace(const std::string& old_number, const std::string& new_number, core::Date on,
                         const std::string& reason) override;

private:
    Database& m_db;
};

class SqliteUserRepository final : public UserRepository {
public:
    SqliteUserRepository(Database& db, PinHashCost cost) : m_db(db), m_cost(cost) {}
    explicit SqliteUserRepository(Database& db) : SqliteUserRepository(db, PinHashCost::interactive()) {}
    std::int64_t add(const std::string& login, const std::string& display_name, core::Role role,
                     const std::string& pin) override;
    std::optional<User> verify(const std::string& login, const std::string& pin) override;
    void set_pin(const std::string& login, const std::string& pin) override;
    void set_active(const std::string& login, bool active) override;
    std::vector<User> list() override;
    LoginFailures failures_of(const std::string& login) override;
    LoginFailures count_failure(const std::string& login, const std::function<std::string(int)>& lock_until) override;
    void clear_failures(const std::string& login) override;
    std::vector<LoginFailures> failed_logins() override;

private:
    Database& m_db;
    PinHashCost m_cost;
};

class SqliteCatalogueRepository final : public CatalogueRepository {
public:
    explicit SqliteCatalogueRepository(Database& db) : m_db(db) {}
    std::int64_t add_category(const core::Category& category) override;
    std::vector<core::Category> categories() override;
    std::optional<core::Category> find_category(const std::string& code) override;
    std::optional<core::Category> get_category(std::int64_t id) override;
    std::int64_t add_product(const core::Product& product) override;
    std::optional<core::Product> get_product(std::int64_t id) override;
    std::optional<core::Product> find_by_barcode(const std::string& code) override;
    std::vector<core::Product> products(bool include_inactive = false) override;
    void update_product(const core::Product& product) override;
    std::int64_t product_count() override;

private:
    Database& m_db;
};

class SqliteStockRepository final : public StockRepository {
public:
    explicit SqliteStockRepository(Database& db) : m_db(db) {}
    std::int64_t add_reception(const Reception& reception) override;
    std::vector<LotInfo> lots_of(std::int64_t product_id, bool include_empty = false) override;
    std::optional<LotInfo> lot(std::int64_t lot_id) override;
    std::int64_t add_movement(const StockMovement& movement) override;
    std::int64_t quantity_on_hand(std::int64_t product_id) override;
    std::vector<LotInfo> all_lots(bool include_empty = false) override;
    std::optional<Reception> reception(std::int64_t reception_id) override;
    std::vector<MovementRecord> movements(const MovementFilter& filter) override;
    std::vector<UnlottedSaleLine> unlotted_sale_lines(const std::string& since_at = {}) override;
    std::int64_t open_inventory(const InventorySession& session) override;
    std::optional<InventorySession> inventory(std::int64_t session_id) override;
    std::vector<InventorySession> inventories() override;
    void set_count(std::int64_t session_id, std::int64_t product_id, std::int64_t counted,
                   const std::string& counted_at) override;
    std::vector<InventoryCount> counts(std::int64_t session_id) override;
    void close_inventory(std::int64_t session_id, const std::string& closed_at,
                         const std::vector<InventoryCount>& with_expected) override;

private:
    Database& m_db;
};

class SqliteSaleRepository final : public SaleRepository {
public:
    explicit SqliteSaleRepository(Database& db) : m_db(db) {}
    std::int64_t open_session(const std::string& till_id, const std::string& opened_by, const std::string& opened_at,
                              core::Money float_amount) override;
    void close_session(std::int64_t session_id, const std::string& closed_at, core::Money counted,
                       const std::string& closed_by) override;
    std::optional<TillSession> open_session_of(const std::string& till_id) override;
    std::vector<TillSession> open_sessions() override;
    std::optional<TillSession> session(std::int64_t session_id) override;
    std::vector<TillSession> sessions() override;
    std::int64_t add_sale(const SaleRecord& sale) override;
    std::optional<std::int64_t> sale_of_request(const std::string& request_id) override;
    int record_reprint(std::int64_t sale_id, const std::string& printed_at, const std::string& printed_by) override;
    std::optional<SaleRecord> sale(std::int64_t sale_id) override;
    std::vector<SaleRecord> sales_of_session(std::int64_t session_id) override;
    std::vector<SaleRecord> sales_page(std::int64_t after_id, int limit) override;
    std::vector<SaleRecord> current_sales_of_household(const std::string& household_code) override;

private:
    /// Sessions matching `condition` ("" or "WHERE … "), by id.
    std::vector<TillSession> sessions_where(const std::string& condition);
    Database& m_db;
};

class SqliteUsageRepository final : public UsageRepository {
public:
    explicit SqliteUsageRepository(Database& db) : m_db(db) {}
    core::CreditUsage credit_usage(const std::string& household_code, core::Date on) override;
    std::map<std::int64_t, std::int64_t> product_taken_this_month(const std::string& household_code,
                                                                  core::Date on) override;
    std::map<std::int64_t, std::int64_t> category_taken_this_month(const std::string& household_code,
                                                                   core::Date on) override;

private:
    Database& m_db;
};

class SqliteAccessLogRepository final : public AccessLogRepository {
public:
    explicit SqliteAccessLogRepository(Database& db) : m_db(db) {}
    std::int64_t append(const std::string& user_login, const std::string& action,
                        std::optional<std::int64_t> household_id, const std::string& detail,
                        const std::string& at = {}) override;
    std::vector<AccessLogEntry> list(const AccessLogFilter& filter = {}) override;

private:
    Database& m_db;
};

class SqliteJournalRepository final : public JournalRepository {
public:
    explicit SqliteJournalRepository(Database& db) : m_db(db) {}
    void append(const JournalRecord& record) override;
    std::optional<JournalRecord> head() override;
    std::vector<JournalRecord> range(std::int64_t from_sequence, int limit) override;
    void add_signature(const JournalSignature&) override;
    std::vector<JournalSignature> signatures() override;
    std::int64_t unsigned_until() override;
    std::vector<JournalRecord> records_of_kind(const std::string& kind) override;
    std::vector<ArchivedSegment> archived_segments() override;
    void remove_archived(const ArchivedSegment& segment, const std::vector<std::int64_t>& session_ids) override;

private:
    Database& m_db;
};

class SqliteSettingsRepository final : public SettingsRepository {
public:
    explicit SqliteSettingsRepository(Database& db) : m_db(db) {}
    std::optional<std::string> get(const std::string& key) override;
    void set(const std::string& key, const std::string& value) override;
    std::map<std::string, std::string> all() override;

private:
    Database& m_db;
};

class SqliteReportQueries final : public ReportQueries {
public:
    explicit SqliteReportQueries(Database& db) : m_db(db) {}
    std::vector<ReportHousehold> households() override;
    std::vector<ReportDecision> decisions(const std::string& from, const std::string& until) override;
    std::vector<HouseholdActivity> activity(const std::string& from, const std::string& until) override;
    std::vector<GoodsTotal> goods(const std::string& from, const std::string& until) override;
    std::vector<PaymentTotal> payments(const std::string& from, const std::string& until) override;
    std::vector<MonthHouseholdActivity> activity_by_month(const std::string& from, const std::string& until) override;
    ClosureTotal closures(const std::string& from, const std::string& until) override;
    std::vector<LotFlow> lot_flows(const std::vector<std::string>& origins, const std::string& from,
                                   const std::string& until) override;

private:
    Database& m_db;
};

/// Options of a SQLite store: the connection settings and the PIN hashing cost.
struct StoreOptions {
    OpenOptions database;
    PinHashCost pin_cost = PinHashCost::interactive();
};

/// The SQLite Store. Tests and maintenance tools may reach the Database through database().
class SqliteStore final : public Store {
public:
    explicit SqliteStore(const std::string& path, const StoreOptions& options = {});

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

    std::vector<std::string> integrity_check(IntegrityLevel level = IntegrityLevel::Quick) override { return m_db.integrity_check(level); }
    void backup_to(const std::string& destination) override { m_db.backup_to(destination); }
    void restore_from(const std::string& source) override { m_db.restore_from(source); }
    int schema_version() override { return m_db.schema_version(); }
    std::string location() const override { return m_db.path(); }
    Database& database() { return m_db; }

protected:
    void run_transaction(const std::function<void()>& body) override { m_db.write(body); }

private:
    Database m_db;  // declared first: the repositories below refer to it
    SqliteBaremeRepository m_baremes{m_db};
    SqliteHouseholdRepository m_households{m_db};
    SqliteAccessRepository m_access{m_db};
    SqliteCardRepository m_cards{m_db};
    SqliteUserRepository m_users;
    SqliteCatalogueRepository m_catalogue{m_db};
    SqliteStockRepository m_stock{m_db};
    SqliteSaleRepository m_sales{m_db};
    SqliteUsageRepository m_usage{m_db};
    SqliteAccessLogRepository m_access_log{m_db};
    SqliteJournalRepository m_journal{m_db};
    SqliteSettingsRepository m_settings{m_db};
    SqliteReportQueries m_report_queries{m_db};
};

/// Same as open_sqlite_store(path) with explicit options (tests use PinHashCost::minimum()).
std::unique_ptr<Store> open_sqlite_store(const std::string& path, const StoreOptions& options);

} // namespace cabas::storage
