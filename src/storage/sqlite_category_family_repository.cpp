// The food banks' families of the categories in SQLite (category_family_repository.hpp).
#include "storage/category_family_repository.hpp"
#include "core/messages.hpp"

#include "storage/sqlite_counted_sales.hpp"
#include "storage/category_family_engines.hpp"
#include "storage/database.hpp"
#include "storage/sqlite_support.hpp"

namespace cabas::storage {

namespace {

core::FoodBankFamily read_family(SQLite::Statement& s, int first) {
    return {sql::text(s.getColumn(first)), sql::text(s.getColumn(first + 1)), sql::text(s.getColumn(first + 2)),
            sql::text(s.getColumn(first + 3))};
}

void insert_family(SQLite::Database& c, std::int64_t category_id, const core::FoodBankFamily& f) {
    sql::execute(c,
                 "INSERT INTO category_families (category_id, family_code, family_label, subfamily_code, subfamily_label) "
                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (category_id) DO UPDATE SET family_code = excluded.family_code, "
                 "family_label = excluded.family_label, subfamily_code = excluded.subfamily_code, "
                 "subfamily_label = excluded.subfamily_label",
                 category_id, f.family_code, f.family, f.subfamily_code, f.subfamily);
}

void require_category(SQLite::Database& c, std::int64_t category_id) {
    if (!sql::exists(c, "SELECT 1 FROM categories WHERE id = ?", category_id))
        throw ValidationError("categorie", core::tr("catégorie inconnue (n° {0})", category_id));
}

class SqliteCategoryFamilyRepository final : public CategoryFamilyRepository {
public:
    explicit SqliteCategoryFamilyRepository(Database& db) : m_db(db) {}

    std::vector<CategoryFamilyRecord> all() override {
        return m_db.read([&] {
            SQLite::Statement s(sql::conn(m_db), "SELECT category_id, family_code, family_label, subfamily_code, "
                                                 "subfamily_label FROM category_families ORDER BY category_id");
            std::vector<CategoryFamilyRecord> out;
            while (s.executeStep()) out.push_back({s.getColumn(0).getInt64(), read_family(s, 1)});
            return out;
        });
    }

    std::optional<core::FoodBankFamily> of(std::int64_t category_id) override {
        return m_db.read([&]() -> std::optional<core::FoodBankFamily> {
            auto s = sql::query(sql::conn(m_db), "SELECT family_code, family_label, subfamily_code, subfamily_label "
                                                 "FROM category_families WHERE category_id = ?", category_id);
            if (!s.executeStep()) return std::nullopt;
            return read_family(s, 0);
        });
    }

    void set(std::int64_t category_id, const core::FoodBankFamily& family) override {
        m_db.write([&] {
            require_category(sql::conn(m_db), category_id);
            insert_family(sql::conn(m_db), category_id, family);
        });
    }

    void clear(std::int64_t category_id) override {
        m_db.write([&] { sql::execute(sql::conn(m_db), "DELETE FROM category_families WHERE category_id = ?", category_id); });
    }

    void replace_all(const std::vector<CategoryFamilyRecord>& records) override {
        m_db.write([&] {
            auto& c = sql::conn(m_db);
            sql::execute(c, "DELETE FROM category_families");
            for (const auto& r : records) {
                require_category(c, r.category_id);
                insert_family(c, r.category_id, r.family);
            }
        });
    }

    std::vector<FamilyGoodsTotal> goods_by_family(const std::string& from, const std::string& until) override {
        return m_db.read([&] {
            const std::string text = std::string("WITH") + sqlite_sql::kCountedSales + R"sql(
SELECT f.family_code, f.family_label, f.subfamily_code, f.subfamily_label,
       SUM(c.sign * l.value_cents), SUM(c.sign * l.paid_cents),
       SUM(c.sign * CASE WHEN p.unit = 'poids' THEN l.quantity ELSE l.quantity * p.net_grams END), SUM(c.sign)
FROM counted c CROSS JOIN sale_lines l ON l.sale_id = c.sale_id
JOIN products p ON p.id = l.product_id
LEFT JOIN category_families f ON f.category_id = p.category_id
GROUP BY 1, 2, 3, 4 HAVING SUM(c.sign) <> 0 OR SUM(c.sign * l.value_cents) <> 0 OR SUM(c.sign * l.paid_cents) <> 0
    OR SUM(c.sign * CASE WHEN p.unit = 'poids' THEN l.quantity ELSE l.quantity * p.net_grams END) <> 0
ORDER BY f.family_code IS NULL, 1, 3)sql";
            auto s = sql::query(sql::conn(m_db), text.c_str(), from, until);
            std::vector<FamilyGoodsTotal> out;
            while (s.executeStep()) {
                FamilyGoodsTotal t;
                if (!s.getColumn(0).isNull()) t.family = read_family(s, 0);
                t.value = sql::money(s.getColumn(4));
                t.paid = sql::money(s.getColumn(5));
                t.grams = s.getColumn(6).getInt64();
                t.lines = s.getColumn(7).getInt64();
                out.push_back(std::move(t));
            }
            return out;
        });
    }

private:
    Database& m_db;
};

} // namespace

std::unique_ptr<CategoryFamilyRepository> sqlite_category_families(Database& db) {
    return std::make_unique<SqliteCategoryFamilyRepository>(db);
}

} // namespace cabas::storage
