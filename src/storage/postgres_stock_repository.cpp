// Receptions, lots and stock movements in PostgreSQL. Quantities left are always computed from
// the movements, so the stock of a lot can be explained from its reception to its last sale.
#include "storage/postgres_repositories.hpp"
#include "core/messages.hpp"
#include "storage/postgres_support.hpp"

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

LotInfo read_lot(const pqxx::row& s) {
    LotInfo l;
    l.lot_id = pg::integer(s[0]);
    l.product_id = pg::integer(s[1]);
    l.reception_id = pg::integer(s[2]);
    l.origin = pg::code(s[3], core::origin_from_code);
    l.lot_code = pg::text(s[4]);
    l.expiry_on = pg::optional_date(s[5]);
    if (!s[6].is_null()) l.expiry_kind = pg::code(s[6], core::expiry_kind_from_code);
    l.initial_quantity = pg::integer(s[7]);
    l.remaining = pg::integer(s[8]);
    l.unit_cost = pg::optional_money(s[9]);
    l.received_on = pg::date(s[10]);
    return l;
}

void check_line(PgDatabase& db, const ReceptionLine& line, std::size_t number) {
    if (line.quantity <= 0)
        throw ValidationError(core::tr("ligne {0}: quantité", number), core::tr("la quantité doit être positive"));
    if (line.unit_cost && line.unit_cost->is_negative())
        throw ValidationError(core::tr("ligne {0}: coût unitaire", number),
                              core::tr("le coût ne peut pas être négatif"));
    if (!pg::exists(db, "SELECT 1 FROM products WHERE id = $1", line.product_id))
        throw ValidationError(core::tr("ligne {0}: produit", number),
                              core::tr("produit inconnu (n° {0})", line.product_id));
}

} // namespace

std::int64_t PgStockRepository::add_reception(const Reception& r) {
    if (r.lines.empty()) throw ValidationError("lignes", core::tr("la réception ne contient aucune ligne"));
    return m_db.write([&] {
        for (std::size_t i = 0; i < r.lines.size(); ++i) check_line(m_db, r.lines[i], i + 1);
        const std::string origin = core::to_code(r.origin);
        const std::int64_t id = pg::insert(m_db,
                                           "INSERT INTO receptions (origin, supplier, received_on, reference, created_by) "
                                           "VALUES ($1, $2, $3, $4, $5) RETURNING id",
                                           origin, r.supplier, r.received_on, r.reference, r.created_by);
        for (const auto& line : r.lines) {
            std::optional<std::string> kind;
            if (line.expiry_on) kind = to_code(line.expiry_kind);
            const std::int64_t lot = pg::insert(m_db,
                                                "INSERT INTO lots (product_id, reception_id, origin, lot_code, expiry_on, "
                                                "expiry_kind, initial_quantity, unit_cost_cents) "
                                                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                                                line.product_id, id, origin, line.lot_code, line.expiry_on, kind,
                                                line.quantity, line.unit_cost);
            pg::execute(m_db, "INSERT INTO stock_movements (lot_id, kind, quantity, reason) VALUES ($1, $2, $3, $4)", lot,
                        to_code(core::MovementKind::Reception), line.quantity, r.reference);
        }
        return id;
    });
}

std::vector<LotInfo> PgStockRepository::lots_of(std::int64_t product_id, bool include_empty) {
    // lots.empty (kept by a trigger, migration 5) skips the emptied lots of the past through a
    // partial index; the remaining quantity is still summed from the movements and checked here.
    return m_db.read([&] {
        const std::string text = std::string(select_lot) + "WHERE l.product_id = $1" +
                                 (include_empty ? "" : " AND NOT l.empty") + fefo_order;
        std::vector<LotInfo> out;
        for (const auto& r : pg::query(m_db, text, product_id)) {
            LotInfo lot = read_lot(r);
            if (include_empty || lot.remaining > 0) out.push_back(std::move(lot));
        }
        return out;
    });
}

std::optional<LotInfo> PgStockRepository::lot(std::int64_t lot_id) {
    return m_db.read([&]() -> std::optional<LotInfo> {
        const auto r = pg::query(m_db, std::string(select_lot) + "WHERE l.id = $1", lot_id);
        if (r.empty()) return std::nullopt;
        return read_lot(r[0]);
    });
}

std::int64_t PgStockRepository::add_movement(const StockMovement& m) {
    if (m.quantity == 0)
        throw ValidationError(core::tr("quantité"), core::tr("un mouvement de stock ne peut pas être nul"));
    return m_db.write([&] {
        if (!pg::exists(m_db, "SELECT 1 FROM lots WHERE id = $1", m.lot_id))
            throw ValidationError("lot_id", core::tr("lot inconnu (n° {0})", m.lot_id));
        if (m.occurred_at.empty())
            return pg::insert(m_db,
                              "INSERT INTO stock_movements (lot_id, kind, quantity, reason) VALUES ($1, $2, $3, $4) "
                              "RETURNING id",
                              m.lot_id, to_code(m.kind), m.quantity, m.reason);
        return pg::insert(m_db,
                          "INSERT INTO stock_movements (lot_id, kind, quantity, occurred_at, reason) "
                          "VALUES ($1, $2, $3, $4, $5) RETURNING id",
                          m.lot_id, to_code(m.kind), m.quantity, m.occurred_at, m.reason);
    });
}

std::int64_t PgStockRepository::quantity_on_hand(std::int64_t product_id) {
    return m_db.read([&] {
        return pg::scalar(m_db,
                          "SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movements m "
                          "JOIN lots l ON l.id = m.lot_id WHERE l.product_id = $1",
                          product_id);
    });
}

std::vector<LotInfo> PgStockRepository::all_lots(bool include_empty) {
    return m_db.read([&] {
        const std::string text = std::string(select_lot) +
                                 (include_empty ? "" : "WHERE (SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movements m "
                                                       "WHERE m.lot_id = l.id) > 0") +
                                 fefo_order;
        std::vector<LotInfo> out;
        for (const auto& r : pg::query(m_db, text)) out.push_back(read_lot(r));
        return out;
    });
}

std::optional<Reception> PgStockRepository::reception(std::int64_t reception_id) {
    return m_db.read([&]() -> std::optional<Reception> {
        const auto s = pg::query(
            m_db, "SELECT id, origin, supplier, received_on, reference, created_by FROM receptions WHERE id = $1",
            reception_id);
        if (s.empty()) return std::nullopt;
        Reception r;
        r.id = pg::integer(s[0][0]);
        r.origin = pg::code(s[0][1], core::origin_from_code);
        r.supplier = pg::text(s[0][2]);
        r.received_on = pg::date(s[0][3]);
        r.reference = pg::text(s[0][4]);
        r.created_by = pg::text(s[0][5]);
        return r;
    });
}

std::vector<MovementRecord> PgStockRepository::movements(const MovementFilter& f) {
    return m_db.read([&] {
        // Optional filters as "$n IS NULL OR ..." keep one plain statement for every combination.
        const auto rows = pg::query(m_db, R"sql(
SELECT id, lot_id, product_id, origin, kind, quantity, at, reason, sale_id, sequence FROM (
  SELECT m.id, m.lot_id, l.product_id, l.origin, m.kind, m.quantity,
         CASE WHEN m.kind = 'reception' THEN to_char(r.received_on, 'YYYY-MM-DD') || 'T00:00:00Z'
              ELSE m.occurred_at::text END AS at,
         m.reason, sl.sale_id, sa.sequence
  FROM stock_movements m
  JOIN lots l ON l.id = m.lot_id
  JOIN receptions r ON r.id = l.reception_id
  LEFT JOIN sale_lines sl ON sl.id = m.sale_line_id
  LEFT JOIN sales sa ON sa.id = sl.sale_id
  WHERE ($1::bigint IS NULL OR m.lot_id = $1) AND ($2::bigint IS NULL OR l.product_id = $2)) x
WHERE ($3::text = '' OR at >= $3) AND ($4::text = '' OR at < $4)
ORDER BY at, id)sql",
                                    f.lot_id, f.product_id, f.from_at, f.until_at);
        std::vector<MovementRecord> out;
        for (const auto& s : rows) {
            MovementRecord m;
            m.id = pg::integer(s[0]);
            m.lot_id = pg::integer(s[1]);
            m.product_id = pg::integer(s[2]);
            m.origin = pg::code(s[3], core::origin_from_code);
            m.kind = pg::code(s[4], core::movement_kind_from_code);
            m.quantity = pg::integer(s[5]);
            m.occurred_at = pg::text(s[6]);
            m.reason = pg::text(s[7]);
            m.sale_id = pg::optional_integer(s[8]);
            m.sale_sequence = pg::optional_integer(s[9]);
            out.push_back(std::move(m));
        }
        return out;
    });
}

std::vector<UnlottedSaleLine> PgStockRepository::unlotted_sale_lines(const std::string& since_at) {
    return m_db.read([&] {
        const auto rows = pg::query(m_db, R"sql(
SELECT sa.id, sl.product_id, sl.quantity, sa.sold_at
FROM sale_lines sl JOIN sales sa ON sa.id = sl.sale_id
WHERE sl.lot_id IS NULL AND ($1::text = '' OR sa.sold_at >= $1)
  AND NOT EXISTS (SELECT 1 FROM sales c WHERE c.corrects_sale_id = sa.id)
ORDER BY sa.sold_at, sl.id)sql",
                                    since_at);
        std::vector<UnlottedSaleLine> out;
        for (const auto& s : rows) out.push_back({pg::integer(s[0]), pg::integer(s[1]), pg::integer(s[2]), pg::text(s[3])});
        return out;
    });
}

} // namespace cabas::storage
