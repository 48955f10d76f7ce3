// Till sessions and sales in PostgreSQL. A sale, its lines, payments and stock movements are one
// transaction; its number is taken under the épicerie's write lock, so it is gapless per till.
#include "storage/postgres_repositories.hpp"
#include "core/messages.hpp"
#include "storage/postgres_support.hpp"
#include "storage/repository_rules.hpp"

namespace cabas::storage {

namespace {

constexpr const char* select_session =
    "SELECT id, till_id, opened_by, opened_at, float_cents, closed_at, counted_cents, closed_by FROM till_sessions ";
constexpr const char* select_sale =
    "SELECT id, session_id, sequence, household_code, sold_at, total_value_cents, total_paid_cents, override_by, "
    "override_reason, corrects_sale_id, request_id, cash_given_cents FROM sales ";

TillSession read_session(const pqxx::row& s) {
    return TillSession{pg::integer(s[0]),       pg::text(s[1]),           pg::text(s[2]),
                       pg::text(s[3]),          pg::money(s[4]),          pg::optional_text(s[5]),
                       pg::optional_money(s[6]), pg::optional_text(s[7])};
}

SaleRecord read_sale(PgDatabase& db, const pqxx::row& s) {
    SaleRecord r;
    r.id = pg::integer(s[0]);
    r.session_id = pg::integer(s[1]);
    r.sequence = pg::integer(s[2]);
    r.household_code = pg::text(s[3]);
    r.sold_at = pg::text(s[4]);
    r.total_value = pg::money(s[5]);
    r.total_paid = pg::money(s[6]);
    r.override_by = pg::optional_text(s[7]);
    r.override_reason = pg::optional_text(s[8]);
    r.corrects_sale_id = pg::optional_integer(s[9]);
    r.request_id = pg::optional_text(s[10]);
    r.cash_given = pg::optional_money(s[11]);
    for (const auto& l : pg::query(db,
                                   "SELECT id, product_id, lot_id, quantity, value_cents, rate_bp, paid_cents, "
                                   "counts_against_credit FROM sale_lines WHERE sale_id = $1 ORDER BY position",
                                   r.id))
        r.lines.push_back({pg::integer(l[0]), pg::integer(l[1]), pg::optional_integer(l[2]), pg::integer(l[3]),
                           pg::money(l[4]), pg::rate(l[5]), pg::money(l[6]), pg::boolean(l[7])});
    for (const auto& p : pg::query(db, "SELECT method, amount_cents FROM payments WHERE sale_id = $1 ORDER BY id", r.id))
        r.payments.push_back({pg::code(p[0], core::payment_method_from_code), pg::money(p[1])});
    return r;
}

void check_references(PgDatabase& db, const SaleRecord& sale) {
    const auto session = pg::query(db, "SELECT closed_at FROM till_sessions WHERE id = $1", sale.session_id);
    if (session.empty()) throw ValidationError("session_id", core::tr("session de caisse inconnue"));
    if (!session[0][0].is_null()) throw ValidationError("session_id", core::tr("la session de caisse est close"));
    if (sale.corrects_sale_id) {
        if (!pg::exists(db, "SELECT 1 FROM sales WHERE id = $1", *sale.corrects_sale_id))
            throw ValidationError("corrects_sale_id", core::tr("vente à corriger inconnue"));
        if (pg::exists(db, "SELECT 1 FROM sales WHERE corrects_sale_id = $1", *sale.corrects_sale_id))
            throw ValidationError("corrects_sale_id", core::tr("cette vente a déjà été corrigée : corrigez la "
                                                               "correction"));
    }
    for (std::size_t i = 0; i < sale.lines.size(); ++i) {
        const auto& line = sale.lines[i];
        if (line.lot_id &&
            !pg::exists(db, "SELECT 1 FROM lots WHERE id = $1 AND product_id = $2", *line.lot_id, line.product_id))
            throw ValidationError(core::tr("ligne {0}: lot", i + 1), core::tr("ce lot n'est pas un lot de ce produit"));
    }
}

/// Gives back the stock that the corrected sale took, before the correction takes its own.
void reverse_stock_of(PgDatabase& db, std::int64_t corrected_id, const std::string& at) {
    pg::execute(db, R"sql(
INSERT INTO stock_movements (lot_id, kind, quantity, occurred_at, sale_line_id, reason)
SELECT m.lot_id, 'correction', -m.quantity, $1, m.sale_line_id, 'vente corrigée'
FROM stock_movements m JOIN sale_lines l ON l.id = m.sale_line_id
WHERE l.sale_id = $2 AND m.kind = 'sale')sql",
                at, corrected_id);
}

void insert_lines(PgDatabase& db, const SaleRecord& sale, std::int64_t sale_id) {
    int position = 0;
    for (const auto& line : sale.lines) {
        const std::int64_t line_id =
            pg::insert(db,
                       "INSERT INTO sale_lines (sale_id, position, product_id, lot_id, quantity, value_cents, rate_bp, "
                       "paid_cents, counts_against_credit) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                       sale_id, ++position, line.product_id, line.lot_id, line.quantity, line.value, line.rate, line.paid,
                       line.counts_against_credit);
        if (line.lot_id)
            pg::execute(db,
                        "INSERT INTO stock_movements (lot_id, kind, quantity, occurred_at, sale_line_id) "
                        "VALUES ($1, 'sale', $2, $3, $4)",
                        *line.lot_id, -line.quantity, sale.sold_at, line_id);
    }
    for (const auto& p : sale.payments)
        pg::execute(db, "INSERT INTO payments (sale_id, method, amount_cents) VALUES ($1, $2, $3)", sale_id,
                    to_code(p.method), p.amount);
}

} // namespace

std::int64_t PgSaleRepository::open_session(const std::string& till_id, const std::string& opened_by,
                                            const std::string& opened_at, core::Money float_amount) {
    rules::check_session_opening(till_id, float_amount);
    return m_db.write([&] {
        if (pg::exists(m_db, "SELECT 1 FROM till_sessions WHERE till_id = $1 AND closed_at IS NULL", till_id))
            throw ValidationError("till_id", core::tr("la caisse « {0} » a déjà une session ouverte", till_id));
        return pg::insert(m_db,
                          "INSERT INTO till_sessions (till_id, opened_by, opened_at, float_cents) VALUES ($1, $2, $3, $4) "
                          "RETURNING id",
                          till_id, opened_by, opened_at, float_amount);
    });
}

void PgSaleRepository::close_session(std::int64_t session_id, const std::string& closed_at, core::Money counted,
                                     const std::string& closed_by) {
    m_db.write([&] {
        if (pg::execute(m_db,
                        "UPDATE till_sessions SET closed_at = $1, counted_cents = $2, closed_by = $3 "
                        "WHERE id = $4 AND closed_at IS NULL",
                        closed_at, counted, closed_by, session_id) == 0)
            throw ValidationError("session_id", core::tr("session de caisse inconnue ou déjà close"));
    });
}

std::optional<TillSession> PgSaleRepository::open_session_of(const std::string& till_id) {
    return m_db.read([&]() -> std::optional<TillSession> {
        const auto r = pg::query(m_db, std::string(select_session) + "WHERE till_id = $1 AND closed_at IS NULL", till_id);
        if (r.empty()) return std::nullopt;
        return read_session(r[0]);
    });
}

std::vector<TillSession> PgSaleRepository::open_sessions() { return sessions_where("WHERE closed_at IS NULL "); }

std::optional<TillSession> PgSaleRepository::session(std::int64_t session_id) {
    return m_db.read([&]() -> std::optional<TillSession> {
        const auto r = pg::query(m_db, std::string(select_session) + "WHERE id = $1", session_id);
        if (r.empty()) return std::nullopt;
        return read_session(r[0]);
    });
}

std::optional<std::int64_t> PgSaleRepository::sale_of_request(const std::string& request_id) {
    return m_db.read([&]() -> std::optional<std::int64_t> {
        const auto r = pg::query(m_db, "SELECT id FROM sales WHERE request_id = $1", request_id);
        if (r.empty()) return std::nullopt;
        return pg::integer(r[0][0]);
    });
}

std::int64_t PgSaleRepository::add_sale(const SaleRecord& sale) {
    rules::check_sale_totals(sale);
    return m_db.write([&] {
        if (sale.request_id)
            if (auto done = sale_of_request(*sale.request_id)) return *done;
        check_references(m_db, sale);
        // The till's last number is in its latest session that has sales (see the SQLite
        // repository for why only that session is read).
        const std::int64_t sequence = pg::scalar(m_db,
                                                 "SELECT COALESCE((SELECT MAX(s.sequence) FROM sales s WHERE s.session_id = "
                                                 "(SELECT t.id FROM till_sessions t "
                                                 "WHERE t.till_id = (SELECT till_id FROM till_sessions WHERE id = $1) "
                                                 "AND EXISTS (SELECT 1 FROM sales x WHERE x.session_id = t.id) "
                                                 "ORDER BY t.opened_at DESC, t.id DESC LIMIT 1)), "
                               // No live session of this till has sales: its numbers go on from the archive.
                               "(SELECT a.last_sale_number FROM archived_tills a WHERE a.till_id = "
                               "(SELECT till_id FROM till_sessions WHERE id = $1)), 0) + 1",
                                                 sale.session_id);
        const std::int64_t id = pg::insert(
            m_db,
            "INSERT INTO sales (session_id, sequence, household_code, sold_at, total_value_cents, total_paid_cents, "
            "override_by, override_reason, corrects_sale_id, request_id, cash_given_cents) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
            sale.session_id, sequence, sale.household_code, sale.sold_at, sale.total_value, sale.total_paid,
            sale.override_by, sale.override_reason, sale.corrects_sale_id, sale.request_id, sale.cash_given);
        if (sale.corrects_sale_id) reverse_stock_of(m_db, *sale.corrects_sale_id, sale.sold_at);
        insert_lines(m_db, sale, id);
        return id;
    });
}

int PgSaleRepository::record_reprint(std::int64_t sale_id, const std::string& printed_at, const std::string& printed_by) {
    return m_db.write([&] {
        if (!pg::exists(m_db, "SELECT 1 FROM sales WHERE id = $1", sale_id))
            throw ValidationError("vente", core::tr("vente inconnue (n° {0})", sale_id));
        pg::execute(m_db, "INSERT INTO receipt_reprints (sale_id, printed_at, printed_by) VALUES ($1, $2, $3)", sale_id,
                    printed_at, printed_by);
        return static_cast<int>(pg::scalar(m_db, "SELECT COUNT(*) FROM receipt_reprints WHERE sale_id = $1", sale_id));
    });
}

std::optional<SaleRecord> PgSaleRepository::sale(std::int64_t sale_id) {
    return m_db.read([&]() -> std::optional<SaleRecord> {
        const auto r = pg::query(m_db, std::string(select_sale) + "WHERE id = $1", sale_id);
        if (r.empty()) return std::nullopt;
        return read_sale(m_db, r[0]);
    });
}

std::vector<SaleRecord> PgSaleRepository::sales_of_session(std::int64_t session_id) {
    return m_db.read([&] {
        std::vector<SaleRecord> out;
        for (const auto& r : pg::query(m_db, std::string(select_sale) + "WHERE session_id = $1 ORDER BY sequence", session_id))
            out.push_back(read_sale(m_db, r));
        return out;
    });
}

std::vector<SaleRecord> PgSaleRepository::current_sales_of_household(const std::string& household_code) {
    return m_db.read([&] {
        std::vector<SaleRecord> out;
        for (const auto& r : pg::query(m_db,
                                       std::string(select_sale) +
                                           "WHERE household_code = $1 AND NOT EXISTS "
                                           "(SELECT 1 FROM sales c WHERE c.corrects_sale_id = sales.id) ORDER BY sold_at, id",
                                       household_code))
            out.push_back(read_sale(m_db, r));
        return out;
    });
}

std::vector<TillSession> PgSaleRepository::sessions() { return sessions_where(""); }

std::vector<TillSession> PgSaleRepository::sessions_where(const std::string& condition) {
    return m_db.read([&] {
        std::vector<TillSession> out;
        for (const auto& row : pg::query(m_db, std::string(select_session) + condition + "ORDER BY id"))
            out.push_back(read_session(row));
        return out;
    });
}

std::vector<SaleRecord> PgSaleRepository::sales_page(std::int64_t after_id, int limit) {
    return m_db.read([&] {
        std::vector<SaleRecord> out;
        for (const auto& r : pg::query(m_db, std::string(select_sale) + "WHERE id > $1 ORDER BY id LIMIT $2", after_id,
                                       static_cast<std::int64_t>(limit)))
            out.push_back(read_sale(m_db, r));
        return out;
    });
}

} // namespace cabas::storage
