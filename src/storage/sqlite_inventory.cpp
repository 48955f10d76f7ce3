// Inventory sessions and counts in SQLite (part of SqliteStockRepository). A closed session
// is history: its counts and expected quantities explain the adjustment movements recorded with it.
#include "storage/sqlite_repositories.hpp"
#include "core/messages.hpp"
#include "storage/sqlite_support.hpp"

namespace cabas::storage {

namespace {

constexpr const char* select_session =
    "SELECT id, scope, category_id, started_by, started_at, closed_at FROM inventory_sessions ";

InventorySession read_session(SQLite::Statement& s) {
    InventorySession i;
    i.id = s.getColumn(0).getInt64();
    i.scope = sql::text(s.getColumn(1));
    i.category_id = sql::optional_integer(s.getColumn(2));
    i.started_by = sql::text(s.getColumn(3));
    i.started_at = sql::text(s.getColumn(4));
    if (!s.getColumn(5).isNull()) i.closed_at = sql::text(s.getColumn(5));
    return i;
}

/// Refuses writes to an unknown or closed session.
void require_open(SQLite::Database& c, std::int64_t session_id) {
    auto s = sql::query(c, "SELECT closed_at FROM inventory_sessions WHERE id = ?", session_id);
    if (!s.executeStep()) throw ValidationError("inventaire", core::tr("inventaire inconnu (n° {0})", session_id));
    if (!s.getColumn(0).isNull())
        throw ValidationError("inventaire", core::tr("l'inventaire n° {0} est déjà clos", session_id));
}

} // namespace

std::int64_t SqliteStockRepository::open_inventory(const InventorySession& session) {
    return m_db.write([&] {
        auto& c = sql::conn(m_db);
        if (session.category_id && !sql::exists(c, "SELECT 1 FROM categories WHERE id = ?", *session.category_id))
            throw ValidationError(core::tr("catégorie"), core::tr("catégorie inconnue (n° {0})", *session.category_id));
        return sql::insert(c,
                           "INSERT INTO inventory_sessions (scope, category_id, started_by, started_at) "
                           "VALUES (?, ?, ?, ?)",
                           session.scope, session.category_id, session.started_by, session.started_at);
    });
}

std::optional<InventorySession> SqliteStockRepository::inventory(std::int64_t session_id) {
    return m_db.read([&]() -> std::optional<InventorySession> {
        auto s = sql::query(sql::conn(m_db), (std::string(select_session) + "WHERE id = ?").c_str(), session_id);
        if (!s.executeStep()) return std::nullopt;
        return read_session(s);
    });
}

std::vector<InventorySession> SqliteStockRepository::inventories() {
    return m_db.read([&] {
        SQLite::Statement s(sql::conn(m_db), std::string(select_session) + "ORDER BY id DESC");
        std::vector<InventorySession> out;
        while (s.executeStep()) out.push_back(read_session(s));
        return out;
    });
}

void SqliteStockRepository::set_count(std::int64_t session_id, std::int64_t product_id, std::int64_t counted,
                                      const std::string& counted_at) {
    if (counted < 0) throw ValidationError(core::tr("quantité comptée"), core::tr("ne peut pas être négative"));
    m_db.write([&] {
        auto& c = sql::conn(m_db);
        require_open(c, session_id);
        if (!sql::exists(c, "SELECT 1 FROM products WHERE id = ?", product_id))
            throw ValidationError("produit", core::tr("produit inconnu (n° {0})", product_id));
        sql::execute(c,
                     "INSERT INTO inventory_counts (session_id, product_id, counted, counted_at) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT (session_id, product_id) DO UPDATE SET counted = excluded.counted, "
                     "counted_at = excluded.counted_at",
                     session_id, product_id, counted, counted_at);
    });
}

std::vector<InventoryCount> SqliteStockRepository::counts(std::int64_t session_id) {
    return m_db.read([&] {
        auto s = sql::query(sql::conn(m_db),
                            "SELECT product_id, counted, expected, counted_at FROM inventory_counts "
                            "WHERE session_id = ? ORDER BY counted_at, id",
                            session_id);
        std::vector<InventoryCount> out;
        while (s.executeStep())
            out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getInt64(), sql::optional_integer(s.getColumn(2)),
                           sql::text(s.getColumn(3))});
        return out;
    });
}

void SqliteStockRepository::close_inventory(std::int64_t session_id, const std::string& closed_at,
                                            const std::vector<InventoryCount>& with_expected) {
    m_db.write([&] {
        auto& c = sql::conn(m_db);
        require_open(c, session_id);
        for (const auto& count : with_expected)
            sql::execute(c, "UPDATE inventory_counts SET expected = ? WHERE session_id = ? AND product_id = ?",
                         count.expected, session_id, count.product_id);
        sql::execute(c, "UPDATE inventory_sessions SET closed_at = ? WHERE id = ?", closed_at, session_id);
    });
}

} // namespace cabas::storage
