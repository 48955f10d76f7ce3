// Till sessions and sales in SQLite. A sale, its lines, payments and stock movements are one
// transaction; the sequence number is taken under the write lock, so it is gapless per till.
#include "storage/sqlite_repositories.hpp"
#include "core/messages.hpp"
#include "storage/repository_rules.hpp"
#include "storage/sqlite_support.hpp"

namespace cabas::storage {

namespace {

constexpr const char* select_session =
    "SELECT id, till_id, opened_by, opened_at, float_cents, closed_at, counted_cents, closed_by FROM till_sessions ";
constexpr const char* select_sale =
    "SELECT id, session_id, sequence, household_code, sold_at, total_value_cents, total_paid_cents, override_by, "
    "override_reason, corrects_sale_id, request_id, cash_given_cents FROM sales ";

std::optional<std::string> optional_text(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return sql::text(c);
}

TillSession read_session(SQLite::Statement& s) {
    return TillSession{s.getColumn(0).getInt64(), sql::text(s.getColumn(1)),      sql::text(s.getColumn(2)),
                       sql::text(s.getColumn(3)), sql::money(s.getColumn(4)),     optional_text(s.getColumn(5)),
                       sql::optional_money(s.getColumn(6)), optional_text(s.getColumn(7))};
}

SaleRecord read_sale(SQLite::Database& c, SQLite::Statement& s) {
    SaleRecord r;
    r.id = s.getColumn(0).getInt64();
    r.session_id = s.getColumn(1).getInt64();
    r.sequence = s.getColumn(2).getInt64();
    r.household_code = sql::text(s.getColumn(3));
    r.sold_at = sql::text(s.getColumn(4));
    r.total_value = sql::money(s.getColumn(5));
    r.total_paid = sql::money(s.getColumn(6));
    r.override_by = optional_text(s.getColumn(7));
    r.override_reason = optional_text(s.getColumn(8));
    r.corrects_sale_id = sql::optional_integer(s.getColumn(9));
    r.request_id = optional_text(s.getColumn(10));
    r.cash_given = sql::optional_money(s.getColumn(11));
    auto l = sql::query(c,
                        "SELECT id, product_id, lot_id, quantity, value_cents, rate_bp, paid_cents, "
                        "counts_against_credit FROM sale_lines WHERE sale_id = ? ORDER BY position",
                        r.id);
    while (l.executeStep())
        r.lines.push_back({l.getColumn(0).getInt64(), l.getColumn(1).getInt64(), sql::optional_integer(l.getColumn(2)),
                           l.getColumn(3).getInt64(), sql::money(l.getColumn(4)), sql::rate(l.getColumn(5)),
                           sql::money(l.getColumn(6)), sql::boolean(l.getColumn(7))});
    auto p = sql::query(c, "SELECT method, amount_cents FROM payments WHERE sale_id = ? ORDER BY id", r.id);
    while (p.executeStep())
        r.payments.push_back({sql::code(p.getColumn(0), core::payment_method_from_code), sql::money(p.getColumn(1))});
    return r;
}

void check_references(SQLite::Database& c, const SaleRecord& sale) {
    auto session = sql::query(c, "SELECT closed_at FROM till_sessions WHERE id = ?", sale.session_id);
    if (!session.executeStep()) throw ValidationError("session_id", core::tr("session de caisse inconnue"));
    if (!session.getColumn(0).isNull()) throw ValidationError("session_id", core::tr("la session de caisse est close"));
    if (sale.corrects_sale_id) {
        if (!sql::exists(c, "SELECT 1 FROM sales WHERE id = ?", *sale.corrects_sale_id))
            throw ValidationError("corrects_sale_id", core::tr("vente à corriger inconnue"));
        if (sql::exists(c, "SELECT 1 FROM sales WHERE corrects_sale_id = ?", *sale.corrects_sale_id))
            throw ValidationError("corrects_sale_id", core::tr("cette vente a déjà été corrigée : corrigez la "
                                                               "correction"));
    }
    for (std::size_t i = 0; i < sale.lines.size(); ++i) {
        const auto& line = sale.lines[i];
        if (line.lot_id && !sql::exists(c, "SELECT 1 FROM lots WHERE id = ? AND product_id = ?", *line.lot_id,
                                        line.product_id))
            throw ValidationError(core::tr("ligne {0}: lot", i + 1), core::tr("ce lot n'est pas un lot de ce produit"));
    }
}

/// Gives back the stock that the corrected sale took, before the correction takes its own.
void reverse_stock_of(SQLite::Database& c, std::int64_t corrected_id, const std::string& at) {
    sql::execute(c, R"sql(
INSERT INTO stock_movements (lot_id, kind, quantity, occurred_at, sale_line_id, reason)
SELECT m.lot_id, 'correction', -m.quantity, ?, m.sale_line_id, 'vente corrigée'
FROM stock_movements m JOIN sale_lines l ON l.id = m.sale_line_id
WHERE l.sale_id = ? AND m.kind = 'sale')sql",
                 at, corrected_id);
}

void insert_lines(SQLite::Database& c, const SaleRecord& sale, std::int64_t sale_id) {
    int position = 0;
    for (const auto& line : sale.lines) {
        const std::int64_t line_id =
            sql::insert(c,
                        "INSERT INTO sale_lines (sale_id, position, product_id, lot_id, quantity, value_cents, rate_bp, "
                        "paid_cents, counts_against_credit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        sale_id, ++position, line.product_id, line.lot_id, line.quantity, line.value, line.rate,
                        line.paid, line.counts_against_credit);
        if (line.lot_id)
            sql::execute(c,
                         "INSERT INTO stock_movements (lot_id, kind, quantity, occurred_at, sale_line_id) "
                         "VALUES (?, 'sale', ?, ?, ?)",
                         *line.lot_id, -line.quantity, sale.sold_at, line_id);
    }
    for (const auto& p : sale.payments)
        sql::execute(c, "INSERT INTO payments (sale_id, method, amount_cents) VALUES (?, ?, ?)", sale_id,
                     to_code(p.method), p.amount);
}

} // namespace

std::int64_t SqliteSaleRepository::open_session(const std::string& till_id, const std::string& opened_by,
                                                const std::string& opened_at, core::Money float_amount) {
    rules::check_session_opening(till_id, float_amount);
    return m_db.write([&] {
        auto& c = sql::conn(m_db);
        if (sql::exists(c, "SELECT 1 FROM till_sessions WHERE till_id = ? AND closed_at IS NULL", till_id))
            throw ValidationError("till_id", core::tr("la caisse « {0} » a déjà une session ouverte", till_id));
        // The id is chosen, not left to SQLite, which would start again from 1 once an archive
        // has taken every session: a session's id is its Z number.
        return sql::insert(c,
                           "INSERT INTO till_sessions (id, till_id, opened_by, opened_at, float_cents) VALUES "
                           "(MAX((SELECT COALESCE(MAX(id), 0) FROM till_sessions), "
                           "(SELECT COALESCE(MAX(last_session_id), 0) FROM archived_tills)) + 1, ?, ?, ?, ?)",
                           till_id, opened_by, opened_at, float_amount);
    });
}

void SqliteSaleRepository::close_session(std::int64_t session_id, const std::string& closed_at, core::Money counted,
                                         const std::string& closed_by) {
    m_db.write([&] {
        const int changed = sql::execute(sql::conn(m_db),
                                         "UPDATE till_sessions SET closed_at = ?, counted_cents = ?, closed_by = ? "
                                         "WHERE id = ? AND closed_at IS NULL",
                                         closed_at, counted, closed_by, session_id);
        if (changed == 0) throw ValidationError("session_id", core::tr("session de caisse inconnue ou déjà close"));
    });
}

std::optional<TillSession> SqliteSaleRepository::open_session_of(const std::string& till_id) {
    return m_db.read([&]() -> std::optional<TillSession> {
        auto s = sql::query(sql::conn(m_db),
                            (std::string(select_session) + "WHERE till_id = ? AND closed_at IS NULL").c_str(), till_id);
        if (!s.executeStep()) return std::nullopt;
        return read_session(s);
    });
}

std::vector<TillSession> SqliteSaleRepository::open_sessions() { return sessions_where("WHERE closed_at IS NULL "); }

std::optional<TillSession> SqliteSaleRepository::session(std::int64_t session_id) {
    return m_db.read([&]() -> std::optional<TillSession> {
        auto s = sql::query(sql::conn(m_db), (std::string(select_session) + "WHERE id = ?").c_str(), session_id);
        if (!s.executeStep()) return std::nullopt;
        return read_session(s);
    });
}

std::optional<std::int64_t> SqliteSaleRepository::sale_of_request(const std::string& request_id) {
    return m_db.read([&]() -> std::optional<std::int64_t> {
        auto done = sql::query(sql::conn(m_db), "SELECT id FROM sales WHERE request_id = ?", request_id);
        if (!done.executeStep()) return std::nullopt;
        return done.getColumn(0).getInt64();
    });
}

std::int64_t SqliteSaleRepository::add_sale(const SaleRecord& sale) {
    rules::check_sale_totals(sale);
    return m_db.write([&] {
        auto& c = sql::conn(m_db);
        if (sale.request_id)
            if (auto done = sale_of_request(*sale.request_id)) return *done;
        check_references(c, sale);
        // The till's last number is in its latest session that has sales: only the open session
        // (the till's newest, one open at a time) takes sales. Reading just that session keeps
        // the cost flat; the MAX over every session of the till read all its sales, so each
        // validation grew with the years of history (see docs/performance.md).
        auto next = sql::query(c,
                               "SELECT COALESCE((SELECT MAX(s.sequence) FROM sales s WHERE s.session_id = "
                               "(SELECT t.id FROM till_sessions t "
                               "WHERE t.till_id = (SELECT till_id FROM till_sessions WHERE id = ?) "
                               "AND EXISTS (SELECT 1 FROM sales x WHERE x.session_id = t.id) "
                               "ORDER BY t.opened_at DESC, t.id DESC LIMIT 1)), "
                               // No live session of this till has sales: its numbers go on from the archive.
                               "(SELECT a.last_sale_number FROM archived_tills a WHERE a.till_id = "
                               "(SELECT till_id FROM till_sessions WHERE id = ?)), 0) + 1",
                               sale.session_id, sale.session_id);
        next.executeStep();
        const std::int64_t sequence = next.getColumn(0).getInt64();
        const std::int64_t id = sql::insert(
            c,
            "INSERT INTO sales (session_id, sequence, household_code, sold_at, total_value_cents, total_paid_cents, "
            "override_by, override_reason, corrects_sale_id, request_id, cash_given_cents) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            sale.session_id, sequence, sale.household_code, sale.sold_at, sale.total_value, sale.total_paid,
            sale.override_by, sale.override_reason, sale.corrects_sale_id, sale.request_id, sale.cash_given);
        if (sale.corrects_sale_id) reverse_stock_of(c, *sale.corrects_sale_id, sale.sold_at);
        insert_lines(c, sale, id);
        return id;
    });
}

int SqliteSaleRepository::record_reprint(std::int64_t sale_id, const std::string& printed_at,
                                         const std::string& printed_by) {
    return m_db.write([&] {
        auto& c = sql::conn(m_db);
        if (!sql::exists(c, "SELECT 1 FROM sales WHERE id = ?", sale_id))
            throw ValidationError("vente", core::tr("vente inconnue (n° {0})", sale_id));
        sql::execute(c, "INSERT INTO receipt_reprints (sale_id, printed_at, printed_by) VALUES (?, ?, ?)", sale_id,
                     printed_at, printed_by);
        auto n = sql::query(c, "SELECT COUNT(*) FROM receipt_reprints WHERE sale_id = ?", sale_id);
        n.executeStep();
        return n.getColumn(0).getInt();
    });
}

std::optional<SaleRecord> SqliteSaleRepository::sale(std::int64_t sale_id) {
    return m_db.read([&]() -> std::optional<SaleRecord> {
        auto& c = sql::conn(m_db);
        auto s = sql::query(c, (std::string(select_sale) + "WHERE id = ?").c_str(), sale_id);
        if (!s.executeStep()) return std::nullopt;
        return read_sale(c, s);
    });
}

std::vector<SaleRecord> SqliteSaleRepository::sales_of_session(std::int64_t session_id) {
    return m_db.read([&] {
        auto& c = sql::conn(m_db);
        auto s = sql::query(c, (std::string(select_sale) + "WHERE session_id = ? ORDER BY sequence").c_str(),
                            session_id);
        std::vector<SaleRecord> out;
        while (s.executeStep()) out.push_back(read_sale(c, s));
        return out;
    });
}

std::vector<SaleRecord> SqliteSaleRepository::current_sales_of_household(const std::string& household_code) {
    return m_db.read([&] {
        auto& c = sql::conn(m_db);
        auto s = sql::query(c,
                            (std::string(select_sale) +
                             "WHERE household_code = ? AND NOT EXISTS "
                             "(SELECT 1 FROM sales c WHERE c.corrects_sale_id = sales.id) ORDER BY sold_at, id")
                                .c_str(),
                            household_code);
        std::vector<SaleRecord> out;
        while (s.executeStep()) out.push_back(read_sale(c, s));
        return out;
    });
}

std::vector<TillSession> SqliteSaleRepository::sessions() { return sessions_where(""); }

std::vector<TillSession> SqliteSaleRepository::sessions_where(const std::string& condition) {
    return m_db.read([&] {
        std::vector<TillSession> out;
        auto s = sql::query(sql::conn(m_db), (std::string(select_session) + condition + "ORDER BY id").c_str());
        while (s.executeStep()) out.push_back(read_session(s));
        return out;
    });
}

std::vector<SaleRecord> SqliteSaleRepository::sales_page(std::int64_t after_id, int limit) {
    return m_db.read([&] {
        auto& c = sql::conn(m_db);
        auto s = sql::query(c, (std::string(select_sale) + "WHERE id > ? ORDER BY id LIMIT ?").c_str(), after_id, limit);
        std::vector<SaleRecord> out;
        while (s.executeStep()) out.push_back(read_sale(c, s));
        return out;
    });
}

} // namespace cabas::storage
