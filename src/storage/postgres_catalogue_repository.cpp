// Categories, products and barcodes in PostgreSQL. A barcode belongs to one product only: a
// scan must never be ambiguous, so a clash is refused with the name of the product holding it.
#include "storage/postgres_repositories.hpp"
#include "core/messages.hpp"
#include "storage/postgres_support.hpp"

#include <map>
#include <set>

namespace cabas::storage {

namespace {

using core::Category;
using core::Product;

constexpr const char* select_category =
    "SELECT id, code, name, rate_bp, limit_per_visit, limit_per_month FROM categories ";
constexpr const char* select_product =
    "SELECT id, name, category_id, unit, retail_value_cents, always_free, limit_per_visit, limit_per_month, "
    "low_stock_threshold, net_grams, active FROM products ";

Category read_category(const pqxx::row& s) {
    Category c;
    c.id = pg::integer(s[0]);
    c.code = pg::text(s[1]);
    c.name = pg::text(s[2]);
    c.rate = pg::optional_rate(s[3]);
    c.limit.per_visit = pg::optional_integer(s[4]);
    c.limit.per_month = pg::optional_integer(s[5]);
    return c;
}

Product read_product(const pqxx::row& s) {
    Product p;
    p.id = pg::integer(s[0]);
    p.name = pg::text(s[1]);
    p.category_id = pg::optional_integer(s[2]).value_or(0);
    p.unit = pg::code(s[3], core::sale_unit_from_code);
    p.retail_value = pg::money(s[4]);
    p.always_free = pg::boolean(s[5]);
    p.limit.per_visit = pg::optional_integer(s[6]);
    p.limit.per_month = pg::optional_integer(s[7]);
    p.low_stock_threshold = pg::integer(s[8]);
    p.net_grams = pg::integer(s[9]);
    p.active = pg::boolean(s[10]);
    return p;
}

std::vector<std::string> barcodes_of(PgDatabase& db, std::int64_t product_id) {
    std::vector<std::string> out;
    for (const auto& r : pg::query(db, "SELECT code FROM barcodes WHERE product_id = $1 ORDER BY position", product_id))
        out.push_back(pg::text(r[0]));
    return out;
}

std::optional<Product> product_by_id(PgDatabase& db, std::int64_t id) {
    const auto r = pg::query(db, std::string(select_product) + "WHERE id = $1", id);
    if (r.empty()) return std::nullopt;
    Product p = read_product(r[0]);
    p.barcodes = barcodes_of(db, id);
    return p;
}

std::optional<std::int64_t> category_column(std::int64_t category_id) {
    return category_id == 0 ? std::nullopt : std::optional<std::int64_t>(category_id);
}

/// Refuses an invalid product before anything is written, naming the field concerned.
void check_product(PgDatabase& db, const Product& p) {
    if (p.name.empty()) throw ValidationError("name", core::tr("nom du produit manquant"));
    if (p.category_id != 0 && !pg::exists(db, "SELECT 1 FROM categories WHERE id = $1", p.category_id))
        throw ValidationError("category_id", core::tr("catégorie inconnue (n° {0})", p.category_id));
    std::set<std::string> seen;
    for (const auto& code : p.barcodes) {
        if (code.empty()) throw ValidationError("barcodes", core::tr("code-barres vide"));
        if (!seen.insert(code).second)
            throw ValidationError("barcodes", core::tr("le code-barres {0} figure deux fois", code));
        const auto holder = pg::query(db,
                                      "SELECT p.id, p.name FROM barcodes b JOIN products p ON p.id = b.product_id "
                                      "WHERE b.code = $1 AND p.id <> $2",
                                      code, p.id);
        if (!holder.empty())
            throw ValidationError("barcodes", core::tr("le code-barres {0} est déjà attribué au produit « {1} » (n° "
                                                       "{2})",
                                                       code, pg::text(holder[0][1]), pg::integer(holder[0][0])));
    }
}

void insert_barcodes(PgDatabase& db, const Product& p, std::int64_t id) {
    for (const auto& code : p.barcodes)
        pg::execute(db, "INSERT INTO barcodes (code, product_id) VALUES ($1, $2)", code, id);
}

} // namespace

std::int64_t PgCatalogueRepository::add_category(const Category& category) {
    if (category.code.empty()) throw ValidationError("code", core::tr("code de catégorie manquant"));
    return m_db.write([&] {
        if (pg::exists(m_db, "SELECT 1 FROM categories WHERE code = $1", category.code))
            throw ValidationError("code", core::tr("la catégorie « {0} » existe déjà", category.code));
        return pg::insert(m_db,
                          "INSERT INTO categories (code, name, rate_bp, limit_per_visit, limit_per_month) "
                          "VALUES ($1, $2, $3, $4, $5) RETURNING id",
                          category.code, category.name, category.rate, category.limit.per_visit,
                          category.limit.per_month);
    });
}

std::vector<Category> PgCatalogueRepository::categories() {
    return m_db.read([&] {
        std::vector<Category> out;
        for (const auto& r : pg::query(m_db, std::string(select_category) + "ORDER BY name, code"))
            out.push_back(read_category(r));
        return out;
    });
}

std::optional<Category> PgCatalogueRepository::find_category(const std::string& code) {
    return m_db.read([&]() -> std::optional<Category> {
        const auto r = pg::query(m_db, std::string(select_category) + "WHERE code = $1", code);
        if (r.empty()) return std::nullopt;
        return read_category(r[0]);
    });
}

std::optional<Category> PgCatalogueRepository::get_category(std::int64_t id) {
    return m_db.read([&]() -> std::optional<Category> {
        const auto r = pg::query(m_db, std::string(select_category) + "WHERE id = $1", id);
        if (r.empty()) return std::nullopt;
        return read_category(r[0]);
    });
}

std::int64_t PgCatalogueRepository::add_product(const Product& product) {
    return m_db.write([&] {
        Product p = product;
        p.id = 0;
        check_product(m_db, p);
        const std::int64_t id =
            pg::insert(m_db,
                       "INSERT INTO products (name, category_id, unit, retail_value_cents, always_free, limit_per_visit, "
                       "limit_per_month, low_stock_threshold, net_grams, active) "
                       "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
                       p.name, category_column(p.category_id), core::to_code(p.unit), p.retail_value, p.always_free,
                       p.limit.per_visit, p.limit.per_month, p.low_stock_threshold, p.net_grams, p.active);
        insert_barcodes(m_db, p, id);
        return id;
    });
}

void PgCatalogueRepository::update_product(const Product& p) {
    m_db.write([&] {
        if (!pg::exists(m_db, "SELECT 1 FROM products WHERE id = $1", p.id))
            throw ValidationError("id", core::tr("produit inconnu (n° {0})", p.id));
        check_product(m_db, p);
        pg::execute(m_db,
                    "UPDATE products SET name = $1, category_id = $2, unit = $3, retail_value_cents = $4, "
                    "always_free = $5, limit_per_visit = $6, limit_per_month = $7, low_stock_threshold = $8, "
                    "net_grams = $9, active = $10 WHERE id = $11",
                    p.name, category_column(p.category_id), core::to_code(p.unit), p.retail_value, p.always_free,
                    p.limit.per_visit, p.limit.per_month, p.low_stock_threshold, p.net_grams, p.active, p.id);
        pg::execute(m_db, "DELETE FROM barcodes WHERE product_id = $1", p.id);
        insert_barcodes(m_db, p, p.id);
    });
}

std::optional<Product> PgCatalogueRepository::get_product(std::int64_t id) {
    return m_db.read([&] { return product_by_id(m_db, id); });
}

std::optional<Product> PgCatalogueRepository::find_by_barcode(const std::string& code) {
    return m_db.read([&]() -> std::optional<Product> {
        const auto r = pg::query(m_db, "SELECT product_id FROM barcodes WHERE code = $1", code);
        if (r.empty()) return std::nullopt;
        return product_by_id(m_db, pg::integer(r[0][0]));
    });
}

std::vector<Product> PgCatalogueRepository::products(bool include_inactive) {
    return m_db.read([&] {
        std::vector<Product> out;
        for (const auto& r : pg::query(m_db, std::string(select_product) + "WHERE active OR $1 ORDER BY name, id",
                                       include_inactive))
            out.push_back(read_product(r));
        // One pass over the barcodes rather than one query per product.
        std::map<std::int64_t, std::vector<std::string>> codes;
        for (const auto& b : pg::query(m_db, "SELECT product_id, code FROM barcodes ORDER BY position"))
            codes[pg::integer(b[0])].push_back(pg::text(b[1]));
        for (auto& p : out) p.barcodes = std::move(codes[p.id]);
        return out;
    });
}

std::int64_t PgCatalogueRepository::product_count() {
    return m_db.read([&] { return pg::scalar(m_db, "SELECT COUNT(*) FROM products"); });
}

} // namespace cabas::storage
