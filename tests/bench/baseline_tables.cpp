// Schema copy by renaming: the real CREATE statements from sqlite_schema, with the copied
// tables' names (as whole words) and every index and trigger name given the bench_ prefix.
#include "bench/baseline_tables.hpp"

#include <sqlite3.h>

#include <regex>
#include <stdexcept>
#include <vector>

namespace cabas::bench {

namespace {

const std::regex k_copied_tables(R"(\b(till_sessions|sales|sale_lines|payments|stock_movements|journal)\b)");
const std::regex k_object_name(R"(^(CREATE (UNIQUE )?(INDEX|TRIGGER) )(\w+))");
const std::regex k_real_writes(R"(\b(UPDATE|INSERT INTO|DELETE FROM) (lots|products|households)\b)");

std::vector<std::string> schema_of_copied_tables(sqlite3* db) {
    const char* query =
        "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND tbl_name IN "
        "('till_sessions', 'sales', 'sale_lines', 'payments', 'stock_movements', 'journal') "
        "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, rowid";
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, query, -1, &s, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("schéma : ") + sqlite3_errmsg(db));
    std::vector<std::string> out;
    while (sqlite3_step(s) == SQLITE_ROW) out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    return out;
}

bool exists(sqlite3* db) {
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_schema WHERE name = 'bench_sales'", -1, &s, nullptr);
    const bool found = sqlite3_step(s) == SQLITE_ROW;
    sqlite3_finalize(s);
    return found;
}

/// `sql` with every copied table name given the prefix ("sales" -> "bench_sales").
std::string baseline_sql(const std::string& sql) { return std::regex_replace(sql, k_copied_tables, "bench_$1"); }

} // namespace

void create_baseline_tables(sqlite3* db) {
    if (exists(db)) return;
    std::string script = "BEGIN IMMEDIATE;\n";
    for (const std::string& statement : schema_of_copied_tables(db)) {
        if (std::regex_search(statement, k_real_writes)) continue;
        script += std::regex_replace(baseline_sql(statement), k_object_name, "$1bench_$4") + ";\n";
    }
    script += "COMMIT;\n";
    char* error = nullptr;
    if (sqlite3_exec(db, script.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "?";
        sqlite3_free(error);
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw std::runtime_error("tables de référence : " + message);
    }
}

} // namespace cabas::bench
