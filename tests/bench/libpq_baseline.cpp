// Raw libpq version of the PostgreSQL store's SQL: each statement is the one the repositories run
// (same indexes), prepared once, read to the end, with no object built from the rows. The sales
// it writes go to SCHEMA_ref (libpq_reference_tables.cpp), never the real journal.
#include "bench/libpq_baseline.hpp"

#include "bench/libpq_reference_tables.hpp"

#include <libpq-fe.h>
#include <sodium.h>

#include <memory>
#include <stdexcept>

namespace cabas::bench {

namespace {

// One statement per repository query the till runs ({ref}: the reference schema).
const char* const kCard =
    "SELECT c.id, c.household_id, c.number, c.state, c.issued_on, c.revoked_on, c.revoke_reason, n.number "
    "FROM cards c LEFT JOIN cards n ON n.id = c.replaced_by WHERE c.number = $1";
const char* const kHousehold =
    "SELECT h.id, h.file_number, h.pseudonym, h.sales_code, h.type, h.neighbourhood, h.address, h.housing, "
    "h.main_resource, h.attested_qf_cents, h.commission_rate_bp, h.fse_disability, h.fse_nationality, h.fse_homeless, "
    "h.project_type, h.project_description, h.project_target_cents, h.notes, r.id, r.organisation, r.social_worker, "
    "r.kind FROM households h LEFT JOIN referrers r ON r.id = h.referrer_id WHERE h.id = $1";
const char* const kMembers = "SELECT first_name, last_name, birth_date, sex, relationship, disabled FROM members "
                             "WHERE household_id = $1 ORDER BY position";
const char* const kResources = "SELECT kind, monthly_cents, label FROM resources WHERE household_id = $1 ORDER BY position";
const char* const kCharges = "SELECT kind, monthly_cents, label FROM charges WHERE household_id = $1 ORDER BY position";
const char* const kPeriods = "SELECT id, start_on, end_on, renewal, rule_override, override_reason, exit_on, exit_reason, "
                             "exit_note FROM access_periods WHERE household_id = $1 ORDER BY start_on, id";
const char* const kSuspensions = "SELECT from_on, until_on, reason FROM suspensions WHERE period_id = $1 ORDER BY from_on, id";
const char* const kBareme = "SELECT version, effective_from, label, json, created_at FROM baremes WHERE effective_from <= $1 "
                            "ORDER BY effective_from DESC, version DESC LIMIT 1";
const char* const kUsage =
    "SELECT COALESCE(SUM(CASE WHEN l.counts_against_credit THEN l.value_cents ELSE 0 END), 0), COUNT(DISTINCT s.id) "
    "FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.household_code = $1 AND s.sold_at >= $2 AND s.sold_at < $3 "
    "AND NOT EXISTS (SELECT 1 FROM sales c WHERE c.corrects_sale_id = s.id)";
const char* const kProductTaken =
    "SELECT l.product_id, SUM(l.quantity) FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
    "WHERE s.household_code = $1 AND s.sold_at >= $2 AND s.sold_at < $3 "
    "AND NOT EXISTS (SELECT 1 FROM sales c WHERE c.corrects_sale_id = s.id) AND l.product_id IS NOT NULL "
    "GROUP BY l.product_id";
const char* const kCategoryTaken =
    "SELECT p.category_id, SUM(l.quantity) FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
    "JOIN products p ON p.id = l.product_id WHERE s.household_code = $1 AND s.sold_at >= $2 AND s.sold_at < $3 "
    "AND NOT EXISTS (SELECT 1 FROM sales c WHERE c.corrects_sale_id = s.id) AND p.category_id IS NOT NULL "
    "GROUP BY p.category_id";
const char* const kProductByBarcode =
    "SELECT p.id, p.name, p.category_id, p.unit, p.retail_value_cents, p.always_free, p.limit_per_visit, "
    "p.limit_per_month, p.low_stock_threshold, p.net_grams, p.active FROM barcodes b JOIN products p ON p.id = b.product_id "
    "WHERE b.code = $1";
const char* const kBarcodes = "SELECT code FROM barcodes WHERE product_id = $1 ORDER BY position";
const char* const kLots =
    "SELECT l.id, l.product_id, l.reception_id, l.origin, l.lot_code, l.expiry_on, l.expiry_kind, l.initial_quantity, "
    "(SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movements m WHERE m.lot_id = l.id) AS remaining, "
    "l.unit_cost_cents, r.received_on FROM lots l JOIN receptions r ON r.id = l.reception_id "
    "WHERE l.product_id = $1 AND NOT l.empty ORDER BY l.expiry_on IS NULL, l.expiry_on, r.received_on, l.id";
const char* const kCategory = "SELECT id, code, name, rate_bp, limit_per_visit, limit_per_month FROM categories WHERE id = $1";
const char* const kSetting = "SELECT value FROM settings WHERE key = $1";
const char* const kJournalTail = "SELECT sequence, kind, occurred_at, payload, previous_hash, hash FROM journal "
                                 "WHERE sequence > (SELECT MAX(sequence) FROM journal) - $1 ORDER BY sequence";
const char* const kRequestDone = "SELECT id FROM {ref}.sales WHERE request_id = $1";
const char* const kSessionOpen = "SELECT closed_at FROM {ref}.till_sessions WHERE id = $1";
const char* const kLotOfProduct = "SELECT 1 FROM lots WHERE id = $1 AND product_id = $2";
const char* const kNextSequence = "SELECT COALESCE(MAX(sequence), 0) + 1 FROM {ref}.sales WHERE session_id = $1";
const char* const kInsertSale =
    "INSERT INTO {ref}.sales (session_id, sequence, household_code, sold_at, total_value_cents, total_paid_cents, "
    "override_by, override_reason, corrects_sale_id, request_id, cash_given_cents) "
    "VALUES ($1, $2, $3, $4, $5, $6, NULL, NULL, NULL, $7, $8) RETURNING id";
const char* const kInsertLine =
    "INSERT INTO {ref}.sale_lines (sale_id, position, product_id, lot_id, quantity, value_cents, rate_bp, paid_cents, "
    "counts_against_credit) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id";
const char* const kInsertMovement =
    "INSERT INTO {ref}.stock_movements (lot_id, kind, quantity, occurred_at, sale_line_id) VALUES ($1, 'sale', $2, $3, $4)";
const char* const kInsertPayment = "INSERT INTO {ref}.payments (sale_id, method, amount_cents) VALUES ($1, $2, $3)";
const char* const kJournalHead =
    "SELECT sequence, kind, occurred_at, payload, previous_hash, hash FROM {ref}.journal ORDER BY sequence DESC LIMIT 1";
const char* const kInsertJournal =
    "INSERT INTO {ref}.journal (sequence, kind, occurred_at, payload, previous_hash, hash) VALUES ($1, 'sale', $2, $3, $4, $5)";
const char* const kMonthRead =
    "SELECT s.id, s.household_code, s.total_value_cents, s.total_paid_cents, l.product_id, l.lot_id, l.quantity, "
    "l.value_cents, l.paid_cents FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
    "WHERE s.sold_at >= $1 AND s.sold_at < $2 ORDER BY s.id";
const char* const kOneBarcodeEach = "SELECT MIN(code) FROM barcodes GROUP BY product_id ORDER BY product_id";
// Credit used per household over [least(month, week) start, end of both): month and week apart.
const char* const kCreditUsed =
    "SELECT s.household_code, "
    "COALESCE(SUM(l.value_cents) FILTER (WHERE s.sold_at >= $1 AND s.sold_at < $2), 0), "
    "COALESCE(SUM(l.value_cents) FILTER (WHERE s.sold_at >= $3 AND s.sold_at < $4), 0) "
    "FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
    "WHERE s.sold_at >= LEAST($1, $3) AND s.sold_at < GREATEST($2, $4) AND l.counts_against_credit "
    "AND NOT EXISTS (SELECT 1 FROM sales c WHERE c.corrects_sale_id = s.id) GROUP BY s.household_code";

/// Owns one PGresult.
struct Result {
    explicit Result(PGresult* r) : r(r) {}
    ~Result() { PQclear(r); }
    Result(const Result&) = delete;
    Result& operator=(const Result&) = delete;
    int rows() const { return PQntuples(r); }
    std::string text(int row, int column) const { return PQgetvalue(r, row, column); }
    std::int64_t integer(int row, int column) const { return std::stoll(PQgetvalue(r, row, column)); }
    /// Every value touched so that the rows are really read, as the SQLite baseline does.
    int drain() const {
        std::size_t bytes = 0;
        for (int i = 0; i < PQntuples(r); ++i)
            for (int j = 0; j < PQnfields(r); ++j) bytes += static_cast<std::size_t>(PQgetlength(r, i, j));
        (void)bytes;
        return PQntuples(r);
    }
    PGresult* r;
};

std::string replaced(std::string sql, const std::string& reference) {
    for (std::size_t at; (at = sql.find("{ref}")) != std::string::npos;) sql.replace(at, 5, reference);
    return sql;
}

std::string n(std::int64_t v) { return std::to_string(v); }

} // namespace

LibpqBaseline::LibpqBaseline(const std::string& uri) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium n'a pas pu démarrer");
    m_conn = PQconnectdb(uri.c_str());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const std::string message = PQerrorMessage(m_conn);
        PQfinish(m_conn);
        throw std::runtime_error("libpq (référence) : connexion : " + message);
    }
    // The session settings the store sets on each of its connections.
    exec("SET DateStyle = ISO; SET lock_timeout = 10000");
    Result schema(PQexec(m_conn, "SELECT current_schema()"));
    if (PQresultStatus(schema.r) != PGRES_TUPLES_OK || schema.rows() != 1 || PQgetisnull(schema.r, 0, 0))
        throw std::runtime_error("libpq (référence) : pas de schéma courant");
    m_reference = schema.text(0, 0) + "_ref";
    create_reference_tables(m_conn, schema.text(0, 0), m_reference);
    Result key(PQexec(m_conn, ("SELECT oid::bigint FROM pg_namespace WHERE nspname = '" + m_reference + "'").c_str()));
    // Its own lock key (the store's is the Cabas schema's): same cost, never waits for a till.
    m_lock_sql = "SELECT pg_advisory_xact_lock(" + n(key.integer(0, 0) * 65536 + 1) + ")";
}

LibpqBaseline::~LibpqBaseline() {
    // Close the baseline's till session so that the next checkpoint can open one (one open
    // session per till). Errors are ignored: a destructor must not throw.
    if (m_session_id != 0) {
        const std::string close = "UPDATE " + m_reference + ".till_sessions SET closed_at = to_char(now() AT TIME ZONE "
                                  "'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), counted_cents = 0, closed_by = 'bench' "
                                  "WHERE id = " + n(m_session_id);
        PQclear(PQexec(m_conn, close.c_str()));
    }
    PQfinish(m_conn);
}

void LibpqBaseline::exec(const std::string& sql) {
    Result r(PQexec(m_conn, sql.c_str()));
    const auto status = PQresultStatus(r.r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throw std::runtime_error("libpq (référence) : " + sql + " : " + PQerrorMessage(m_conn));
}

PGresult* LibpqBaseline::run(const char* sql, const std::vector<Param>& params) {
    auto& name = m_statements[sql];
    if (name.empty()) {
        const std::string candidate = "bench_" + n(static_cast<std::int64_t>(m_statements.size()));
        Result prepared(PQprepare(m_conn, candidate.c_str(), replaced(sql, m_reference).c_str(), 0, nullptr));
        if (PQresultStatus(prepared.r) != PGRES_COMMAND_OK) {
            m_statements.erase(sql);
            throw std::runtime_error(std::string("libpq (référence) : ") + sql + " : " + PQerrorMessage(m_conn));
        }
        name = candidate;
    }
    std::vector<const char*> values;
    for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);   // nullptr: SQL NULL
    PGresult* r = PQexecPrepared(m_conn, name.c_str(), static_cast<int>(values.size()), values.data(), nullptr, nullptr, 0);
    const auto status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const std::string message = PQerrorMessage(m_conn);
        PQclear(r);
        throw std::runtime_error(std::string("libpq (référence) : ") + sql + " : " + message);
    }
    return r;
}

int LibpqBaseline::start_up_reads(core::Date day, int tail) {
    exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    for (const char* key : {"ui.language", "till.id"}) Result(run(kSetting, {key})).drain();
    Result(PQexec(m_conn, "SELECT version FROM schema_version")).drain();
    Result(run(kBareme, {day.iso()})).drain();
    Result j(run(kJournalTail, {n(tail)}));
    std::string previous;
    for (int i = 0; i < j.rows(); ++i) {
        const std::string hash = j.text(i, 5);
        if (hex_sha256(j.text(i, 3)) != hash || (!previous.empty() && j.text(i, 4) != previous))
            throw std::runtime_error("journal : la chaîne d'empreintes est rompue");
        previous = hash;
    }
    exec("COMMIT");
    return j.rows();
}

bool LibpqBaseline::card_check(const std::string& number, core::Date day) {
    exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    Result card(run(kCard, {number}));
    if (card.rows() == 0) {
        exec("COMMIT");
        return false;
    }
    const std::string household = card.text(0, 1);
    Result h(run(kHousehold, {household}));
    const std::string code = h.rows() > 0 ? h.text(0, 3) : std::string();
    for (const char* sql : {kMembers, kResources, kCharges}) Result(run(sql, {household})).drain();
    Result periods(run(kPeriods, {household}));
    for (int i = 0; i < periods.rows(); ++i) Result(run(kSuspensions, {periods.text(i, 0)})).drain();
    Result(run(kBareme, {day.iso()})).drain();
    // Month and week usage (the week range reuses the month's statement, as the repository does).
    const std::string month[2] = {day.month_start().iso(), day.month_start().plus_months(1).iso()};
    Result(run(kUsage, {code, month[0], month[1]})).drain();
    Result(run(kUsage, {code, day.week_start().iso(), day.week_start().plus_days(7).iso()})).drain();
    for (const char* sql : {kProductTaken, kCategoryTaken}) Result(run(sql, {code, month[0], month[1]})).drain();
    exec("COMMIT");
    return true;
}

int LibpqBaseline::product_scan(const std::string& barcode) {
    exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    Result p(run(kProductByBarcode, {barcode}));
    if (p.rows() == 0) {
        exec("COMMIT");
        return 0;
    }
    const std::string product = p.text(0, 0);
    const std::string category = p.text(0, 2);
    Result(run(kBarcodes, {product})).drain();
    const int lots = Result(run(kLots, {product})).drain();
    if (!category.empty()) Result(run(kCategory, {category})).drain();
    exec("COMMIT");
    return lots;
}

void LibpqBaseline::open_session() {
    Result r(PQexec(m_conn, ("INSERT INTO " + m_reference + ".till_sessions (till_id, opened_by, opened_at, float_cents) "
                             "VALUES ('reference-libpq', 'bench', to_char(now() AT TIME ZONE 'UTC', "
                             "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), 0) RETURNING id").c_str()));
    if (PQresultStatus(r.r) != PGRES_TUPLES_OK)
        throw std::runtime_error(std::string("libpq (référence) : session : ") + PQerrorMessage(m_conn));
    m_session_id = r.integer(0, 0);
}

void LibpqBaseline::validate(const storage::SaleRecord& sale, const std::string& request_id) {
    if (m_session_id == 0) open_session();
    const std::string session = n(m_session_id);
    exec("BEGIN");
    exec(m_lock_sql);
    Result(run(kRequestDone, {request_id})).drain();
    Result(run(kSessionOpen, {session})).drain();
    for (const auto& line : sale.lines)
        if (line.lot_id) Result(run(kLotOfProduct, {n(*line.lot_id), n(line.product_id)})).drain();
    const std::string sequence = Result(run(kNextSequence, {session})).text(0, 0);
    const Param cash = sale.cash_given ? Param(n(sale.cash_given->cents())) : std::nullopt;
    const std::string sale_id = Result(run(kInsertSale, {session, sequence, sale.household_code, sale.sold_at,
                                                         n(sale.total_value.cents()), n(sale.total_paid.cents()),
                                                         request_id, cash}))
                                    .text(0, 0);
    std::int64_t position = 0;
    for (const auto& line : sale.lines) {
        const Param lot = line.lot_id ? Param(n(*line.lot_id)) : std::nullopt;
        const std::string line_id =
            Result(run(kInsertLine, {sale_id, n(++position), n(line.product_id), lot, n(line.quantity),
                                     n(line.value.cents()), n(line.rate.bp), n(line.paid.cents()),
                                     std::string(line.counts_against_credit ? "true" : "false")}))
                .text(0, 0);
        if (line.lot_id) Result(run(kInsertMovement, {*lot, n(-line.quantity), sale.sold_at, line_id})).drain();
    }
    for (const auto& p : sale.payments)
        Result(run(kInsertPayment, {sale_id, std::string(core::to_code(p.method)), n(p.amount.cents())})).drain();
    Result head(run(kJournalHead, {}));
    const bool first = head.rows() == 0;
    const std::int64_t journal_sequence = first ? 1 : head.integer(0, 0) + 1;
    const std::string previous = first ? std::string(64, '0') : head.text(0, 5);
    const std::string payload = journal_payload(journal_sequence, std::stoll(sale_id), sale, previous);
    Result(run(kInsertJournal, {n(journal_sequence), sale.sold_at, payload, previous, hex_sha256(payload)})).drain();
    exec("COMMIT");
}

std::int64_t LibpqBaseline::month_read(core::Date first, core::Date last) {
    exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    Result r(run(kMonthRead, {first.iso(), last.plus_days(1).iso()}));
    std::int64_t visits = 0;
    std::string previous;
    for (int i = 0; i < r.rows(); ++i) {
        std::string id = r.text(i, 0);
        if (id != previous) ++visits;
        previous = std::move(id);
    }
    r.drain();
    exec("COMMIT");
    return visits;
}

std::vector<std::string> LibpqBaseline::barcodes() {
    Result r(run(kOneBarcodeEach, {}));
    std::vector<std::string> out;
    for (int i = 0; i < r.rows(); ++i) out.push_back(r.text(i, 0));
    return out;
}

std::map<std::string, std::pair<std::int64_t, std::int64_t>> LibpqBaseline::credit_used(core::Date day) {
    Result r(run(kCreditUsed, {day.month_start().iso(), day.month_start().plus_months(1).iso(), day.week_start().iso(),
                               day.week_start().plus_days(7).iso()}));
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> out;
    for (int i = 0; i < r.rows(); ++i) out[r.text(i, 0)] = {r.integer(i, 1), r.integer(i, 2)};
    return out;
}

} // namespace cabas::bench
