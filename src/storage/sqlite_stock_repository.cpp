// Receptions, lots and stock movements in SQLite. Quantities left are always computed from the
// movements, so the stock of a lot can be explained from its reception to its last sale or loss.
#include "storage/sqlite_repositories.hpp"
#include "core/messages.hpp"
#include "storage/sqlite_support.hpp"

namespace cabas::storage {

namespace {

// Expiry first (lots without a date last), then older receptions, then creation order: the
// order in which the till should take goods (first-expired-first-out).
constexpr const char* select_lot = R"sql(
SELECT l.id, l.product_id, l.reception_id, l.origin, l.lot_code, l.expiry_on, l.expiry_kind, l.initial_quantity,
       (SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movements m WHERE m.lot_id = l.id) AS remaining,
       l.unit_cost_cents, r.received_on
FROM lots l JOIN receptions r ON r.id = l.reception_id
)sql";
constexpr const char* fefo_order = " ORDER BY l.expiry_on IS NULL, l.expiry_on, r.received_on, l.id";

LotInfo read_lot(SQLite::Statement& s) {
    LotInfo l;
    l.lot_id = s.getColumn(0).getInt64();
    l.product_id = s.getColumn(1).getInt64();
    l.reception_id = s.getColumn(2).getInt64();
    l.origin = sql::code(s.getColumn(3), core::origin_from_code);
    l.lot_code = sql::text(s.getColumn(4));
    l.expiry_on = sql::optional_date(s.getColumn(5));
    if (!s.getColumn(6).isNull()) l.expiry_kind = sql::code(s.getColumn(6), core::expiry_kind_from_code);
    l.initial_quantity = s.getColumn(7).getInt64();
    l.remaining = s.getColumn(8).getInt64();
    l.unit_cost = sql::optional_money(s.getColumn(9));
    l.received_on = sql::date(s.getColumn(10));
    return l;
}

void check_line(SQLite::Database& c, const ReceptionLine& line, std::size_t number) {
    if (line.quantity <= 0)
        throw ValidationError(core::tr("ligne {0}: quantité", number), core::tr("la quantité doit être positive"));
    if (line.unit_cost && line.unit_cost->is_negative())
        throw ValidationError(core::tr("ligne {0}: coût unitaire", number),
                              core::tr("le coût ne peut pas être négatif"));
    if (!sql::exists(c, "SELECT 1 FROM products WHERE id = ?", line.product_id))
        throw ValidationError(core::tr("ligne {0}: produit", number),
                              core::tr("produit inconnu (n° {0})", line.product_id));
}

} // namespace

std::int64_t SqliteStockRepository::add_reception(const Reception& r) {
    if (r.lines.empty()) throw ValidationError("lignes", core::tr("la réception ne contient aucune ligne"));
    return m_db.write([&] {
        auto& c = sql::conn(m_db);
        for (std::size_t i = 0; i < r.lines.size(); ++i) check_line(c, r.lines[i], i + 1);
        const std::string origin = core::to_code(r.origin);
        const std::int64_t id = sql::insert(c,
                                            "INSERT INTO receptions (origin, supplier, received_on, reference, "
                                            "created_by) VALUES (?, ?, ?, ?, ?)",
                                            origin, r.supplier, r.received_on, r.reference, r.created_by);
        for (const auto& line : r.lines) {
            std::optional<std::string> kind;
            if (line.expiry_on) kind = to_code(line.expiry_kind);
            const std::int64_t lot = sql::insert(c,
                                                 "INSERT INTO lots (product_id, reception_id, origin, lot_code, "
                                                 "expiry_on, expiry_kind, initial_quantity, unit_cost_cents) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                                 line.product_id, id, origin, line.lot_code, line.expiry_on, kind,
                                                 line.quantity, line.unit_cost);
            sql::execute(c, "INSERT INTO stock_movements (lot_id, kind, quantity, reason) VALUES (?, ?, ?, ?)", lot,
                         to_code(core::MovementKind::Reception), line.quantity, r.reference);
        }
        return id;
    });
}

std::vector<LotInfo> SqliteStockRepository::lots_of(std::int64_t product_id, bool include_empty) {
    // Without empty lots, lots.empty (kept by triggers, migration 5) skips the emptied lots of
    // the past through a partial index; the remaining quantity is still summed from the
    // movements of each lot read, and checked again here.
    return m_db.read([&] {
        const std::string text = std::string(select_lot) + "WHERE l.product_id = ?" +
                                 (include_empty ? "" : " AND l.empty = 0") + fefo_order;
        auto s = sql::query(sql::conn(m_db), text.c_str(), product_id);
        std::vector<LotInfo> out;
        while (s.executeStep()) {
            LotInfo lot = read_lot(s);
            if (include_empty || lot.remaining > 0) out.push_back(std::move(lot));
        }
        return out;
    });
}

std::optional<LotInfo> SqliteStockRepository::lot(std::int64_t lot_id) {
    return m_db.read([&]() -> std::optional<LotInfo> {
        auto s = sql::query(sql::conn(m_db), (std::string(select_lot) + "WHERE l.id = ?").c_str(), lot_id);
        if (!s.executeStep()) return std::nullopt;
        return read_lot(s);
    });
}

std::int64_t SqliteStockRepository::add_movement(const StockMovement& m) {
    if (m.quantity == 0)
        throw ValidationError(core::tr("quantité"), core::tr("un mouvement de stock ne peut pas être nul"));
    return m_db.write([&] {
        auto& c = sql::conn(m_db);
        if (!sql::exists(c, "SELECT 1 FROM lots WHERE id = ?", m.lot_id))
            throw ValidationError("lot_id", core::tr("lot inconnu (n° {0})", m.lot_id));
        if (m.occurred_at.empty())
            return sql::insert(c, "INSERT INTO stock_movements (lot_id, kind, quantity, reason) VALUES (?, ?, ?, ?)",
                               m.lot_id, to_code(m.kind), m.quantity, m.reason);
        return sql::insert(c,
                           "INSERT INTO stock_movements (lot_id, kind, quantity, occurred_at, reason) "
                           "VALUES (?, ?, ?, ?, ?)",
                           m.lot_id, to_code(m.kind), m.quantity, m.occurred_at, m.reason);
    });
}

std::int64_t SqliteStockRepository::quantity_on_hand(std::int64_t product_id) {
    return m_db.read([&] {
        auto s = sql::query(sql::conn(m_db),
                            "SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movements m "
                            "JOIN lots l ON l.id = m.lot_id WHERE l.product_id = ?",
                            product_id);
        s.executeStep();
        return s.getColumn(0).getInt64();
    });
}

std::vector<LotInfo> SqliteStockRepository::all_lots(bool include_empty) {
    return m_db.read([&] {
        const std::string text = std::string(select_lot) +
                                 (include_empty ? "" : "WHERE (SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movements m "
                                                       "WHERE m.lot_id = l.id) > 0") + fefo_order;
        SQLite::Statement s(sql::conn(m_db), text);
        std::vector<LotInfo> out;
        while (s.executeStep()) out.push_back(read_lot(s));
        return out;
    });
}

std::optional<Reception> SqliteStockRepository::reception(std::int64_t reception_id) {
    return m_db.read([&]() -> std::optional<Reception> {
        auto s = sql::query(sql::conn(m_db),
                            "SELECT id, origin, supplier, received_on, reference, created_by FROM receptions WHERE id = ?",
                            reception_id);
        if (!s.executeStep()) return std::nullopt;
        Reception r;
        r.id = s.getColumn(0).getInt64();
        r.origin = sql::code(s.getColumn(1), core::origin_from_code);
        r.supplier = sql::text(s.getColumn(2));
        r.received_on = sql::date(s.getColumn(3));
        r.reference = sql::text(s.getColumn(4));
        r.created_by = sql::text(s.getColumn(5));
        return r;
    });
}

std::vector<MovementRecord> SqliteStockRepository::movements(const MovementFilter& f) {
    return m_db.read([&] {
        // Optional filters as "? IS NULL OR ..." keep one plain statement for every combination.
        auto s = sql::query(sql::conn(m_db), R"sql(
SELECT id, lot_id, product_id, origin, kind, quantity, at, reason, sale_id, sequence FROM (
  SELECT m.id, m.lot_id, l.product_id, l.origin, m.kind, m.quantity,
         CASE WHEN m.kind = 'reception' THEN r.received_on || 'T00:00:00Z' ELSE m.occurred_at END AS at,
         m.reason, sl.sale_id, sa.sequence
  FROM stock_movements m
  JOIN lots l ON l.id = m.lot_id
  JOIN receptions r ON r.id = l.reception_id
  LEFT JOIN sale_lines sl ON sl.id = m.sale_line_id
  LEFT JOIN sales sa ON sa.id = sl.sale_id
  WHERE (? IS NULL OR m.lot_id = ?) AND (? IS NULL OR l.product_id = ?))
WHERE (? = '' OR at >= ?) AND (? = '' OR at < ?)
ORDER BY at, id)sql",
                            f.lot_id, f.lot_id, f.product_id, f.product_id, f.from_at, f.from_at, f.until_at,
                            f.until_at);
        std::vector<MovementRecord> out;
        while (s.executeStep()) {
            MovementRecord m;
            m.id = s.getColumn(0).getInt64();
            m.lot_id = s.getColumn(1).getInt64();
            m.product_id = s.getColumn(2).getInt64();
            m.origin = sql::code(s.getColumn(3), core::origin_from_code);
            m.kind = sql::code(s.getColumn(4), core::movement_kind_from_code);
            m.quantity = s.getColumn(5).getInt64();
            m.occurred_at = sql::text(s.getColumn(6));
            m.reason = sql::text(s.getColumn(7));
            m.sale_id = sql::optional_integer(s.getColumn(8));
            m.sale_sequence = sql::optional_integer(s.getColumn(9));
            out.push_back(std::move(m));
        }
        return out;
    });
}

std::vector<UnlottedSaleLine> SqliteStockRepository::unlotted_sale_lines(const std::string& since_at) {
    return m_db.read([&] {
        auto s = sql::query(sql::conn(m_db), R"sql(
SELECT sa.id, sl.product_id, sl.quantity, sa.sold_at
FROM sale_lines sl JOIN sales sa ON sa.id = sl.sale_id
WHERE sl.lot_id IS NULL AND (? = '' OR sa.sold_at >= ?)
  AND NOT EXISTS (SELECT 1 FROM sales c WHERE c.corrects_sale_id = sa.id)
ORDER BY sa.sold_at, sl.id)sql",
                            since_at, since_at);
        std::vector<UnlottedSaleLine> out;
        while (s.executeStep())
            out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getInt64(), s.getColumn(2).getInt64(),
                           sql::text(s.getColumn(3))});
        return out;
    });
}

} // namespace cabas::storage
