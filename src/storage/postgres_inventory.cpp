// Inventory sessions and counts in PostgreSQL (part of PgStockRepository). A closed session is
// history: its counts and expected quantities explain the adjustment movements recorded with it.
#include "storage/postgres_repositories.hpp"
#include "core/messages.hpp"
#include "storage/postgres_support.hpp"

namespace cabas::storage {

namespace {

constexpr const char* select_session =
    "SELECT id, scope, category_id, started_by, started_at, closed_at FROM inventory_sessions ";

InventorySession read_session(const pqxx::row& s) {
    InventorySession i;
    i.id = pg::integer(s[0]);
    i.scope = pg::text(s[1]);
    i.category_id = pg::optional_integer(s[2]);
    i.started_by = pg::text(s[3]);
    i.started_at = pg::text(s[4]);
    i.closed_at = pg::optional_text(s[5]);
    return i;
}

/// Refuses writes to an unknown or closed session.
void require_open(PgDatabase& db, std::int64_t session_id) {
    const auto s = pg::query(db, "SELECT closed_at FROM inventory_sessions WHERE id = $1", session_id);
    if (s.empty()) throw ValidationError("inventaire", core::tr("inventaire inconnu (n° {0})", session_id));
    if (!s[0][0].is_null())
        throw ValidationError("inventaire", core::tr("l'inventaire n° {0} est déjà clos", session_id));
}

} // namespace

std::int64_t PgStockRepository::open_inventory(const InventorySession& session) {
    return m_db.write([&] {
        if (session.category_id && !pg::exists(m_db, "SELECT 1 FROM categories WHERE id = $1", *session.category_id))
            throw ValidationError(core::tr("catégorie"), core::tr("catégorie inconnue (n° {0})", *session.category_id));
        return pg::insert(m_db,
                          "INSERT INTO inventory_sessions (scope, category_id, started_by, started_at) "
                          "VALUES ($1, $2, $3, $4) RETURNING id",
                          session.scope, session.category_id, session.started_by, session.started_at);
    });
}

std::optional<InventorySession> PgStockRepository::inventory(std::int64_t session_id) {
    return m_db.read([&]() -> std::optional<InventorySession> {
        const auto r = pg::query(m_db, std::string(select_session) + "WHERE id = $1", session_id);
        if (r.empty()) return std::nullopt;
        return read_session(r[0]);
    });
}

std::vector<InventorySession> PgStockRepository::inventories() {
    return m_db.read([&] {
        std::vector<InventorySession> out;
        for (const auto& r : pg::query(m_db, std::string(select_session) + "ORDER BY id DESC")) out.push_back(read_session(r));
        return out;
    });
}

void PgStockRepository::set_count(std::int64_t session_id, std::int64_t product_id, std::int64_t counted,
                                  const std::string& counted_at) {
    if (counted < 0) throw ValidationError(core::tr("quantité comptée"), core::tr("ne peut pas être négative"));
    m_db.write([&] {
        require_open(m_db, session_id);
        if (!pg::exists(m_db, "SELECT 1 FROM products WHERE id = $1", product_id))
            throw ValidationError("produit", core::tr("produit inconnu (n° {0})", product_id));
        pg::execute(m_db,
                    "INSERT INTO inventory_counts (session_id, product_id, counted, counted_at) VALUES ($1, $2, $3, $4) "
                    "ON CONFLICT (session_id, product_id) DO UPDATE SET counted = excluded.counted, "
                    "counted_at = excluded.counted_at",
                    session_id, product_id, counted, counted_at);
    });
}

std::vector<InventoryCount> PgStockRepository::counts(std::int64_t session_id) {
    return m_db.read([&] {
        std::vector<InventoryCount> out;
        for (const auto& s : pg::query(m_db,
                                       "SELECT product_id, counted, expected, counted_at FROM inventory_counts "
                                       "WHERE session_id = $1 ORDER BY counted_at, id",
                                       session_id))
            out.push_back({pg::integer(s[0]), pg::integer(s[1]), pg::optional_integer(s[2]), pg::text(s[3])});
        return out;
    });
}

void PgStockRepository::close_inventory(std::int64_t session_id, const std::string& closed_at,
                                        const std::vector<InventoryCount>& with_expected) {
    m_db.write([&] {
        require_open(m_db, session_id);
        for (const auto& count : with_expected)
            pg::execute(m_db, "UPDATE inventory_counts SET expected = $1 WHERE session_id = $2 AND product_id = $3",
                        count.expected, session_id, count.product_id);
        pg::execute(m_db, "UPDATE inventory_sessions SET closed_at = $1 WHERE id = $2", closed_at, session_id);
    });
}

} // namespace cabas::storage
