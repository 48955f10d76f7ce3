// Categories, products and barcodes in SQLite. A barcode belongs to one product only: a scan
// must never be ambiguous, so a clash is refused with the name of the product holding the code.
#include "storage/sqlite_repositories.hpp"
#include "core/messages.hpp"
#include "storage/sqlite_support.hpp"

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

Category read_category(SQLite::Statement& s) {
    Category c;
    c.id = s.getColumn(0).getInt64();
    c.code = sql::text(s.getColumn(1));
    c.name = sql::text(s.getColumn(2));
    c.rate = sql::optional_rate(s.getColumn(3));
    c.limit.per_visit = sql::optional_integer(s.getColumn(4));
    c.limit.per_month = sql::optional_integer(s.getColumn(5));
    return c;
}

Product read_product(SQLite::Statement& s) {
    Product p;
    p.id = s.getColumn(0).getInt64();
    p.name = sql::text(s.getColumn(1));
    p.category_id = sql::optional_integer(s.getColumn(2)).value_or(0);
    p.unit = sql::code(s.getColumn(3), core::sale_unit_from_code);
    p.retail_value = sql::money(s.getColumn(4));
    p.always_free = sql::boolean(s.getColumn(5));
    p.limit.per_visit = sql::optional_integer(s.getColumn(6));
    p.limit.per_month = sql::optional_integer(s.getColumn(7));
    p.low_stock_threshold = s.getColumn(8).getInt64();
    p.net_grams = s.getColumn(9).getInt64();
    p.active = sql::boolean(s.getColumn(10));
    return p;
}

std::vector<std::string> barcodes_of(SQLite::Database& c, std::int64_t product_id) {
    auto s = sql::query(c, "SELECT code FROM barcodes WHERE product_id = ? ORDER BY rowid", product_id);
    std::vector<std::string> out;
    while (s.executeStep()) out.push_back(sql::text(s.getColumn(0)));
    return out;
}

std::optional<Product> product_by_id(SQLite::Database& c, std::int64_t id) {
    auto s = sql::query(c, (std::string(select_product) + "WHERE id = ?").c_str(), id);
    if (!s.executeStep()) return std::nullopt;
    Product p = read_product(s);
    p.barcodes = barcodes_of(c, id);
    return p;
}

std::optional<std::int64_t> category_column(std::int64_t category_id) {
    return category_id == 0 ? std::nullopt : std::optional<std::int64_t>(category_id);
}

/// Refuses an invalid product before anything is written, naming the field concerned.
void check_product(SQLite::Database& c, const Product& p) {
    if (p.name.empty()) throw ValidationError("name", core::tr("nom du produit manquant"));
    if (p.category_id != 0 && !sql::exists(c, "SELECT 1 FROM categories WHERE id = ?", p.category_id))
        throw ValidationError("category_id", core::tr("catégorie inconnue (n° {0})", p.category_id));
    std::set<std::string> seen;
    for (const auto& code : p.barcodes) {
        if (code.empty()) throw ValidationError("barcodes", core::tr("code-barres vide"));
        if (!seen.insert(code).second)
            throw ValidationError("barcodes", core::tr("le code-barres {0} figure deux fois", code));
        auto holder = sql::query(c,
                                 "SELECT p.id, p.name FROM barcodes b JOIN products p ON p.id = b.product_id "
                                 "WHERE b.code = ? AND p.id <> ?",
                                 code, p.id);
        if (holder.executeStep())
            throw ValidationError("barcodes",
                                  core::tr("le code-barres {0} est déjà attribué au produit « {1} » (n° "
                                           "{2})",
                                           code, sql::text(holder.getColumn(1)), holder.getColumn(0).getInt64()));
    }
}

void insert_barcodes(SQLite::Database& c, const Product& p, std::int64_t id) {
    for (const auto& code : p.barcodes)
        sql::execute(c, "INSERT INTO barcodes (code, product_id) VALUES (?, ?)", code, id);
}

} // namespace

std::int64_t SqliteCatalogueRepository::add_category(const Category& category) {
    if (category.code.empty()) throw ValidationError("code", core::tr("code de catégorie manquant"));
    return m_db.write([&] {
        auto& c = sql::conn(m_db);
        if (sql::exists(c, "SELECT 1 FROM categories WHERE code = ?", category.code))
            throw ValidationError("code", core::tr("la catégorie « {0} » existe déjà", category.code));
        return sql::insert(c,
                           "INSERT INTO categories (code, name, rate_bp, limit_per_visit, limit_per_month) "
                           "VALUES (?, ?, ?, ?, ?)",
                           category.code, category.name, category.rate, category.limit.per_visit,
                           category.limit.per_month);
    });
}

std::vector<Category> SqliteCatalogueRepository::categories() {
    return m_db.read([&] {
        SQLite::Statement s(sql::conn(m_db), std::string(select_category) + "ORDER BY name, code");
        std::vector<Category> out;
        while (s.executeStep()) out.push_back(read_category(s));
        return out;
    });
}

std::optional<Category> SqliteCatalogueRepository::find_category(const std::string& code) {
    return m_db.read([&]() -> std::optional<Category> {
        auto s = sql::query(sql::conn(m_db), (std::string(select_category) + "WHERE code = ?").c_str(), code);
        if (!s.executeStep()) return std::nullopt;
        return read_category(s);
    });
}

std::optional<Category> SqliteCatalogueRepository::get_category(std::int64_t id) {
    return m_db.read([&]() -> std::optional<Category> {
        auto s = sql::query(sql::conn(m_db), (std::string(select_category) + "WHERE id = ?").c_str(), id);
        if (!s.executeStep()) return std::nullopt;
        return read_category(s);
    });
}

std::int64_t SqliteCatalogueRepository::add_product(const Product& product) {
    return m_db.write([&] {
        auto& c = sql::conn(m_db);
        Product p = product;
        p.id = 0;
        check_product(c, p);
        const std::int64_t id =
            sql::insert(c,
                        "INSERT INTO products (name, category_id, unit, retail_value_cents, always_free, "
                        "limit_per_visit, limit_per_month, low_stock_threshold, net_grams, active) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        p.name, category_column(p.category_id), core::to_code(p.unit), p.retail_value, p.always_free,
                        p.limit.per_visit, p.limit.per_month, p.low_stock_threshold, p.net_grams, p.active);
        insert_barcodes(c, p, id);
        return id;
    });
}

void SqliteCatalogueRepository::update_product(const Product& p) {
    m_db.write([&] {
        auto& c = sql::conn(m_db);
        if (!sql::exists(c, "SELECT 1 FROM products WHERE id = ?", p.id))
            throw ValidationError("id", core::tr("produit inconnu (n° {0})", p.id));
        check_product(c, p);
        sql::execute(c,
                     "UPDATE products SET name = ?, category_id = ?, unit = ?, retail_value_cents = ?, "
                     "always_free = ?, limit_per_visit = ?, limit_per_month = ?, low_stock_threshold = ?, "
                     "net_grams = ?, active = ? WHERE id = ?",
                     p.name, category_column(p.category_id), core::to_code(p.unit), p.retail_value, p.always_free,
                     p.limit.per_visit, p.limit.per_month, p.low_stock_threshold, p.net_grams, p.active, p.id);
        sql::execute(c, "DELETE FROM barcodes WHERE product_id = ?", p.id);
        insert_barcodes(c, p, p.id);
    });
}

std::optional<Product> SqliteCatalogueRepository::get_product(std::int64_t id) {
    return m_db.read([&] { return product_by_id(sql::conn(m_db), id); });
}

std::optional<Product> SqliteCatalogueRepository::find_by_barcode(const std::string& code) {
    return m_db.read([&]() -> std::optional<Product> {
        auto& c = sql::conn(m_db);
        auto s = sql::query(c, "SELECT product_id FROM barcodes WHERE code = ?", code);
        if (!s.executeStep()) return std::nullopt;
        return product_by_id(c, s.getColumn(0).getInt64());
    });
}

std::vector<Product> SqliteCatalogueRepository::products(bool include_inactive) {
    return m_db.read([&] {
        auto& c = sql::conn(m_db);
        auto s = sql::query(c, (std::string(select_product) + "WHERE active = 1 OR ? ORDER BY name, id").c_str(),
                            include_inactive);
        std::vector<Product> out;
        while (s.executeStep()) out.push_back(read_product(s));
        // One pass over the barcodes rather than one query per product.
        std::map<std::int64_t, std::vector<std::string>> codes;
        SQLite::Statement b(c, "SELECT product_id, code FROM barcodes ORDER BY rowid");
        while (b.executeStep()) codes[b.getColumn(0).getInt64()].push_back(sql::text(b.getColumn(1)));
        for (auto& p : out) p.barcodes = std::move(codes[p.id]);
        return out;
    });
}

std::int64_t SqliteCatalogueRepository::product_count() {
    return m_db.read([&] { return sql::conn(m_db).execAndGet("SELECT COUNT(*) FROM products").getInt64(); });
}

} // namespace cabas::storage
