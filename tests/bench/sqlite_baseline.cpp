// Raw SQLite C API version of the till's SQL: each statement is the one the repositories run
// (same indexes), prepared once, stepped to the end, with no object built from the rows. The
// sales it writes go to its own bench_* tables (baseline_tables.hpp), never the real journal.
#include "bench/sqlite_baseline.hpp"

#include "bench/baseline_tables.hpp"

#include <sodium.h>
#include <sqlite3.h>

#include <fstream>
#include <stdexcept>

namespace cabas::bench {

namespace {

// One statement per repository query the till runs.
const char* const kCard =
    "SELECT c.id, c.household_id, c.number, c.state, c.issued_on, c.revoked_on, c.revoke_reason, n.number "
    "FROM cards c LEFT JOIN cards n ON n.id = c.replaced_by WHERE c.number = ?";
const char* const kHousehold =
    "SELECT h.id, h.file_number, h.pseudonym, h.sales_code, h.type, h.neighbourhood, h.address, h.housing, "
    "h.main_resource, h.attested_qf_cents, h.commission_rate_bp, h.fse_disability, h.fse_nationality, h.fse_homeless, "
    "h.project_type, h.project_description, h.project_target_cents, h.notes, r.id, r.organisation, r.social_worker, "
    "r.kind FROM households h LEFT JOIN referrers r ON r.id = h.referrer_id WHERE h.id = ?";
const char* const kMembers = "SELECT first_name, last_name, birth_date, sex, relationship, disabled FROM members "
                             "WHERE household_id = ? ORDER BY position";
const char* const kResources = "SELECT kind, monthly_cents, label FROM resources WHERE household_id = ? ORDER BY position";
const char* const kCharges = "SELECT kind, monthly_cents, label FROM charges WHERE household_id = ? ORDER BY position";
const char* const kPeriods = "SELECT id, start_on, end_on, renewal, rule_override, override_reason, exit_on, exit_reason, "
                             "exit_note FROM access_periods WHERE household_id = ? ORDER BY start_on, id";
const char* const kSuspensions = "SELECT from_on, until_on, reason FROM suspensions WHERE period_id = ? ORDER BY from_on, id";
const char* const kBareme = "SELECT version, effective_from, label, json, created_at FROM baremes WHERE effective_from <= ? "
                            "ORDER BY effective_from DESC, version DESC LIMIT 1";
const char* const kUsage =
    "SELECT COALESCE(SUM(CASE WHEN l.counts_against_credit = 1 THEN l.value_cents ELSE 0 END), 0), COUNT(DISTINCT s.id) "
    "FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.household_code = ? AND s.sold_at >= ? AND s.sold_at < ? "
    "AND NOT EXISTS (SELECT 1 FROM sales c WHERE c.corrects_sale_id = s.id)";
const char* const kProductTaken =
    "SELECT l.product_id, SUM(l.quantity) FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
    "WHERE s.household_code = ? AND s.sold_at >= ? AND s.sold_at < ? "
    "AND NOT EXISTS (SELECT 1 FROM sales c WHERE c.corrects_sale_id = s.id) AND l.product_id IS NOT NULL "
    "GROUP BY l.product_id";
const char* const kCategoryTaken =
    "SELECT p.category_id, SUM(l.quantity) FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
    "JOIN products p ON p.id = l.product_id WHERE s.household_code = ? AND s.sold_at >= ? AND s.sold_at < ? "
    "AND NOT EXISTS (SELECT 1 FROM sales c WHERE c.corrects_sale_id = s.id) AND p.category_id IS NOT NULL "
    "GROUP BY p.category_id";
const char* const kProductByBarcode =
    "SELECT p.id, p.name, p.category_id, p.unit, p.retail_value_cents, p.always_free, p.limit_per_visit, "
    "p.limit_per_month, p.low_stock_threshold, p.net_grams, p.active FROM barcodes b JOIN products p ON p.id = b.product_id "
    "WHERE b.code = ?";
const char* const kBarcodes = "SELECT code FROM barcodes WHERE product_id = ? ORDER BY rowid";
const char* const kLots =
    "SELECT l.id, l.product_id, l.reception_id, l.origin, l.lot_code, l.expiry_on, l.expiry_kind, l.initial_quantity, "
    "(SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movements m WHERE m.lot_id = l.id) AS remaining, "
    "l.unit_cost_cents, r.received_on FROM lots l JOIN receptions r ON r.id = l.reception_id "
    "WHERE l.product_id = ? AND l.empty = 0 ORDER BY l.expiry_on IS NULL, l.expiry_on, r.received_on, l.id";
const char* const kCategory = "SELECT id, code, name, rate_bp, limit_per_visit, limit_per_month FROM categories WHERE id = ?";
const char* const kSetting = "SELECT value FROM settings WHERE key = ?";
const char* const kJournalTail = "SELECT sequence, kind, occurred_at, payload, previous_hash, hash FROM journal "
                                 "WHERE sequence > (SELECT MAX(sequence) FROM journal) - ? ORDER BY sequence";
const char* const kRequestDone = "SELECT id FROM bench_sales WHERE request_id = ?";
const char* const kSessionOpen = "SELECT closed_at FROM bench_till_sessions WHERE id = ?";
const char* const kLotOfProduct = "SELECT 1 FROM lots WHERE id = ? AND product_id = ?";
const char* const kNextSequence = "SELECT COALESCE(MAX(sequence), 0) + 1 FROM bench_sales WHERE session_id = ?";
const char* const kInsertSale =
    "INSERT INTO bench_sales (session_id, sequence, household_code, sold_at, total_value_cents, total_paid_cents, "
    "override_by, override_reason, corrects_sale_id, request_id, cash_given_cents) "
    "VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?, ?)";
const char* const kInsertLine =
    "INSERT INTO bench_sale_lines (sale_id, position, product_id, lot_id, quantity, value_cents, rate_bp, paid_cents, "
    "counts_against_credit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char* const kInsertMovement =
    "INSERT INTO bench_stock_movements (lot_id, kind, quantity, occurred_at, sale_line_id) VALUES (?, 'sale', ?, ?, ?)";
const char* const kInsertPayment = "INSERT INTO bench_payments (sale_id, method, amount_cents) VALUES (?, ?, ?)";
const char* const kJournalHead =
    "SELECT sequence, kind, occurred_at, payload, previous_hash, hash FROM bench_journal ORDER BY sequence DESC LIMIT 1";
const char* const kInsertJournal =
    "INSERT INTO bench_journal (sequence, kind, occurred_at, payload, previous_hash, hash) VALUES (?, 'sale', ?, ?, ?, ?)";

void check(int rc, sqlite3* db, const char* what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(std::string("SQLite (référence) : ") + what + " : " + sqlite3_errmsg(db));
}

/// Steps to the end; returns the rows seen. Columns are touched so the values are really read.
int drain(sqlite3_stmt* s, sqlite3* db) {
    int rows = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        for (int i = 0; i < sqlite3_column_count(s); ++i) (void)sqlite3_column_text(s, i);
        ++rows;
    }
    check(rc, db, sqlite3_sql(s));
    sqlite3_reset(s);
    return rows;
}

void bind(sqlite3_stmt* s, int i, const std::string& v) { sqlite3_bind_text(s, i, v.c_str(), static_cast<int>(v.size()), SQLITE_TRANSIENT); }
void bind(sqlite3_stmt* s, int i, std::int64_t v) { sqlite3_bind_int64(s, i, v); }

} // namespace

SqliteBaseline::SqliteBaseline(const std::string& path) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium n'a pas pu démarrer");
    check(sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr), m_db, "ouverture");
    sqlite3_busy_timeout(m_db, 5000);
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA synchronous = FULL");
    exec("PRAGMA secure_delete = ON");
}

SqliteBaseline::~SqliteBaseline() {
    for (auto& [sql, s] : m_statements) sqlite3_finalize(s);
    // Close the baseline's till session so that the next checkpoint can open one (one open
    // session per till). Errors are ignored: a destructor must not throw.
    if (m_session_id != 0) {
        const std::string close = "UPDATE bench_till_sessions SET closed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), "
                                  "counted_cents = 0, closed_by = 'bench' WHERE id = " + std::to_string(m_session_id);
        sqlite3_exec(m_db, close.c_str(), nullptr, nullptr, nullptr);
    }
    sqlite3_close(m_db);
}

sqlite3_stmt* SqliteBaseline::statement(const char* sql) {
    auto& s = m_statements[sql];
    if (!s) check(sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr), m_db, sql);
    return s;
}

void SqliteBaseline::exec(const char* sql) { check(sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr), m_db, sql); }

int SqliteBaseline::start_up_reads(core::Date day, int tail) {
    exec("BEGIN");
    for (const char* key : {"ui.language", "till.id"}) {
        auto* s = statement(kSetting);
        bind(s, 1, std::string(key));
        drain(s, m_db);
    }
    (void)sqlite3_exec(m_db, "PRAGMA user_version", nullptr, nullptr, nullptr);
    auto* b = statement(kBareme);
    bind(b, 1, day.iso());
    drain(b, m_db);
    auto* j = statement(kJournalTail);
    bind(j, 1, static_cast<std::int64_t>(tail));
    int checked = 0;
    std::string previous;
    while (sqlite3_step(j) == SQLITE_ROW) {
        const std::string payload = reinterpret_cast<const char*>(sqlite3_column_text(j, 3));
        const std::string previous_hash = reinterpret_cast<const char*>(sqlite3_column_text(j, 4));
        const std::string hash = reinterpret_cast<const char*>(sqlite3_column_text(j, 5));
        if (hex_sha256(payload) != hash || (!previous.empty() && previous_hash != previous))
            throw std::runtime_error("journal : la chaîne d'empreintes est rompue");
        previous = hash;
        ++checked;
    }
    sqlite3_reset(j);
    exec("COMMIT");
    return checked;
}

bool SqliteBaseline::card_check(const std::string& number, core::Date day) {
    exec("BEGIN");
    auto* c = statement(kCard);
    bind(c, 1, number);
    if (sqlite3_step(c) != SQLITE_ROW) {
        sqlite3_reset(c);
        exec("COMMIT");
        return false;
    }
    const std::int64_t household = sqlite3_column_int64(c, 1);
    sqlite3_reset(c);
    auto* h = statement(kHousehold);
    bind(h, 1, household);
    std::string code;
    if (sqlite3_step(h) == SQLITE_ROW) code = reinterpret_cast<const char*>(sqlite3_column_text(h, 3));
    sqlite3_reset(h);
    for (const char* sql : {kMembers, kResources, kCharges}) {
        auto* s = statement(sql);
        bind(s, 1, household);
        drain(s, m_db);
    }
    auto* p = statement(kPeriods);
    bind(p, 1, household);
    while (sqlite3_step(p) == SQLITE_ROW) {
        auto* s = statement(kSuspensions);
        bind(s, 1, static_cast<std::int64_t>(sqlite3_column_int64(p, 0)));
        drain(s, m_db);
    }
    sqlite3_reset(p);
    auto* b = statement(kBareme);
    bind(b, 1, day.iso());
    drain(b, m_db);
    // Month and week usage (the week range reuses the month's statement, as the repository does).
    const std::string month[2] = {day.month_start().iso(), day.month_start().plus_months(1).iso()};
    const std::string ranges[][2] = {{month[0], month[1]}, {day.week_start().iso(), day.week_start().plus_days(7).iso()}};
    for (const auto& r : ranges) {
        auto* u = statement(kUsage);
        bind(u, 1, code);
        bind(u, 2, r[0]);
        bind(u, 3, r[1]);
        drain(u, m_db);
    }
    for (const char* sql : {kProductTaken, kCategoryTaken}) {
        auto* t = statement(sql);
        bind(t, 1, code);
        bind(t, 2, month[0]);
        bind(t, 3, month[1]);
        drain(t, m_db);
    }
    exec("COMMIT");
    return true;
}

int SqliteBaseline::product_scan(const std::string& barcode) {
    exec("BEGIN");
    auto* p = statement(kProductByBarcode);
    bind(p, 1, barcode);
    if (sqlite3_step(p) != SQLITE_ROW) {
        sqlite3_reset(p);
        exec("COMMIT");
        return 0;
    }
    const std::int64_t product = sqlite3_column_int64(p, 0);
    const std::int64_t category = sqlite3_column_int64(p, 2);
    sqlite3_reset(p);
    auto* b = statement(kBarcodes);
    bind(b, 1, product);
    drain(b, m_db);
    auto* l = statement(kLots);
    bind(l, 1, product);
    const int lots = drain(l, m_db);
    auto* c = statement(kCategory);
    bind(c, 1, category);
    drain(c, m_db);
    exec("COMMIT");
    return lots;
}

void SqliteBaseline::open_session() {
    create_baseline_tables(m_db);
    exec("INSERT INTO bench_till_sessions (till_id, opened_by, opened_at, float_cents) "
         "VALUES ('reference-sqlite', 'bench', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 0)");
    m_session_id = sqlite3_last_insert_rowid(m_db);
}

void SqliteBaseline::validate(const storage::SaleRecord& sale, const std::string& request_id) {
    if (m_session_id == 0) open_session();
    exec("BEGIN IMMEDIATE");
    auto* done = statement(kRequestDone);
    bind(done, 1, request_id);
    drain(done, m_db);
    auto* session = statement(kSessionOpen);
    bind(session, 1, m_session_id);
    drain(session, m_db);
    for (const auto& line : sale.lines) {
        if (!line.lot_id) continue;
        auto* lot = statement(kLotOfProduct);
        bind(lot, 1, *line.lot_id);
        bind(lot, 2, line.product_id);
        drain(lot, m_db);
    }
    auto* next = statement(kNextSequence);
    bind(next, 1, m_session_id);
    sqlite3_step(next);
    const std::int64_t sequence = sqlite3_column_int64(next, 0);
    sqlite3_reset(next);
    auto* insert = statement(kInsertSale);
    bind(insert, 1, m_session_id);
    bind(insert, 2, sequence);
    bind(insert, 3, sale.household_code);
    bind(insert, 4, sale.sold_at);
    bind(insert, 5, sale.total_value.cents());
    bind(insert, 6, sale.total_paid.cents());
    bind(insert, 7, request_id);
    if (sale.cash_given) bind(insert, 8, sale.cash_given->cents());
    else sqlite3_bind_null(insert, 8);
    drain(insert, m_db);
    const std::int64_t sale_id = sqlite3_last_insert_rowid(m_db);
    std::int64_t position = 0;
    for (const auto& line : sale.lines) {
        auto* l = statement(kInsertLine);
        bind(l, 1, sale_id);
        bind(l, 2, ++position);
        bind(l, 3, line.product_id);
        if (line.lot_id) bind(l, 4, *line.lot_id);
        else sqlite3_bind_null(l, 4);
        bind(l, 5, line.quantity);
        bind(l, 6, line.value.cents());
        bind(l, 7, static_cast<std::int64_t>(line.rate.bp));
        bind(l, 8, line.paid.cents());
        bind(l, 9, static_cast<std::int64_t>(line.counts_against_credit ? 1 : 0));
        drain(l, m_db);
        const std::int64_t line_id = sqlite3_last_insert_rowid(m_db);
        if (!line.lot_id) continue;
        auto* m = statement(kInsertMovement);
        bind(m, 1, *line.lot_id);
        bind(m, 2, -line.quantity);
        bind(m, 3, sale.sold_at);
        bind(m, 4, line_id);
        drain(m, m_db);
    }
    for (const auto& p : sale.payments) {
        auto* pay = statement(kInsertPayment);
        bind(pay, 1, sale_id);
        bind(pay, 2, core::to_code(p.method));
        bind(pay, 3, p.amount.cents());
        drain(pay, m_db);
    }
    auto* head = statement(kJournalHead);
    const bool first = sqlite3_step(head) != SQLITE_ROW;
    const std::int64_t journal_sequence = first ? 1 : sqlite3_column_int64(head, 0) + 1;
    const std::string previous = first ? std::string(64, '0') : reinterpret_cast<const char*>(sqlite3_column_text(head, 5));
    sqlite3_reset(head);
    const std::string payload = journal_payload(journal_sequence, sale_id, sale, previous);
    auto* j = statement(kInsertJournal);
    bind(j, 1, journal_sequence);
    bind(j, 2, sale.sold_at);
    bind(j, 3, payload);
    bind(j, 4, previous);
    bind(j, 5, hex_sha256(payload));
    drain(j, m_db);
    exec("COMMIT");
}

std::int64_t SqliteBaseline::month_read(core::Date first, core::Date last) {
    auto* s = statement(
        "SELECT s.id, s.household_code, s.total_value_cents, s.total_paid_cents, l.product_id, l.lot_id, l.quantity, "
        "l.value_cents, l.paid_cents FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
        "WHERE s.sold_at >= ? AND s.sold_at < ? ORDER BY s.id");
    bind(s, 1, first.iso());
    bind(s, 2, last.plus_days(1).iso());
    std::int64_t visits = 0;
    std::int64_t previous = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        const std::int64_t id = sqlite3_column_int64(s, 0);
        if (id != previous) ++visits;
        previous = id;
        (void)sqlite3_column_text(s, 1);
    }
    sqlite3_reset(s);
    return visits;
}

std::vector<std::string> SqliteBaseline::barcodes() {
    auto* s = statement("SELECT MIN(code) FROM barcodes GROUP BY product_id ORDER BY product_id");
    std::vector<std::string> out;
    while (sqlite3_step(s) == SQLITE_ROW) out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
    sqlite3_reset(s);
    return out;
}

double peak_rss_mib() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;   // kB
    return 0;
}

} // namespace cabas::bench
