// The food banks' families of the categories in PostgreSQL (category_family_repository.hpp).
#include "storage/category_family_repository.hpp"
#include "core/messages.hpp"

#include "storage/postgres_counted_sales.hpp"
#include "storage/category_family_engines.hpp"
#include "storage/postgres_database.hpp"
#include "storage/postgres_support.hpp"

namespace cabas::storage {

namespace {

core::FoodBankFamily read_family(const pqxx::row& s, int first) {
    return {pg::text(s[first]), pg::text(s[first + 1]), pg::text(s[first + 2]), pg::text(s[first + 3])};
}

void insert_family(PgDatabase& db, std::int64_t category_id, const core::FoodBankFamily& f) {
    pg::execute(db,
                "INSERT INTO category_families (category_id, family_code, family_label, subfamily_code, subfamily_label) "
                "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (category_id) DO UPDATE SET family_code = excluded.family_code, "
                "family_label = excluded.family_label, subfamily_code = excluded.subfamily_code, "
                "subfamily_label = excluded.subfamily_label",
                category_id, f.family_code, f.family, f.subfamily_code, f.subfamily);
}

void require_category(PgDatabase& db, std::int64_t category_id) {
    if (!pg::exists(db, "SELECT 1 FROM categories WHERE id = $1", category_id))
        throw ValidationError("categorie", core::tr("catégorie inconnue (n° {0})", category_id));
}

class PgCategoryFamilyRepository final : public CategoryFamilyRepository {
public:
    explicit PgCategoryFamilyRepository(PgDatabase& db) : m_db(db) {}

    std::vector<CategoryFamilyRecord> all() override {
        return m_db.read([&] {
            std::vector<CategoryFamilyRecord> out;
            for (const auto& r : pg::query(m_db, "SELECT category_id, family_code, family_label, subfamily_code, "
                                                 "subfamily_label FROM category_families ORDER BY category_id"))
                out.push_back({pg::integer(r[0]), read_family(r, 1)});
            return out;
        });
    }

    std::optional<core::FoodBankFamily> of(std::int64_t category_id) override {
        return m_db.read([&]() -> std::optional<core::FoodBankFamily> {
            const auto r = pg::query(m_db, "SELECT family_code, family_label, subfamily_code, subfamily_label "
                                           "FROM category_families WHERE category_id = $1", category_id);
            if (r.empty()) return std::nullopt;
            return read_family(r[0], 0);
        });
    }

    void set(std::int64_t category_id, const core::FoodBankFamily& family) override {
        m_db.write([&] {
            require_category(m_db, category_id);
            insert_family(m_db, category_id, family);
        });
    }

    void clear(std::int64_t category_id) override {
        m_db.write([&] { pg::execute(m_db, "DELETE FROM category_families WHERE category_id = $1", category_id); });
    }

    void replace_all(const std::vector<CategoryFamilyRecord>& records) override {
        m_db.write([&] {
            pg::execute(m_db, "DELETE FROM category_families");
            for (const auto& r : records) {
                require_category(m_db, r.category_id);
                insert_family(m_db, r.category_id, r.family);
            }
        });
    }

    std::vector<FamilyGoodsTotal> goods_by_family(const std::string& from, const std::string& until) override {
        return m_db.read([&] {
            std::vector<FamilyGoodsTotal> out;
            for (const auto& s : pg::query(m_db, std::string("WITH") + postgres_sql::kCountedSales + R"sql(
SELECT f.family_code, f.family_label, f.subfamily_code, f.subfamily_label,
       SUM(c.sign * l.value_cents), SUM(c.sign * l.paid_cents),
       SUM(c.sign * CASE WHEN p.unit = 'poids' THEN l.quantity ELSE l.quantity * p.net_grams END), SUM(c.sign)
FROM counted c JOIN sale_lines l ON l.sale_id = c.sale_id
JOIN products p ON p.id = l.product_id
LEFT JOIN category_families f ON f.category_id = p.category_id
GROUP BY 1, 2, 3, 4 HAVING SUM(c.sign) <> 0 OR SUM(c.sign * l.value_cents) <> 0 OR SUM(c.sign * l.paid_cents) <> 0
    OR SUM(c.sign * CASE WHEN p.unit = 'poids' THEN l.quantity ELSE l.quantity * p.net_grams END) <> 0
ORDER BY f.family_code IS NULL, f.family_code COLLATE "C", f.subfamily_code COLLATE "C")sql",
                                           from, until)) {
                FamilyGoodsTotal t;
                if (!s[0].is_null()) t.family = read_family(s, 0);
                t.value = pg::money(s[4]);
                t.paid = pg::money(s[5]);
                t.grams = pg::integer(s[6]);
                t.lines = pg::integer(s[7]);
                out.push_back(std::move(t));
            }
            return out;
        });
    }

private:
    PgDatabase& m_db;
};

} // namespace

std::unique_ptr<CategoryFamilyRepository> postgres_category_families(PgDatabase& db) {
    return std::make_unique<PgCategoryFamilyRepository>(db);
}

} // namespace cabas::storage
