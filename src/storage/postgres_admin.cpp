// Schema creation and removal on a PostgreSQL server (postgres_admin.hpp), each in one
// transaction of a short-lived connection of its own.
#include "storage/postgres_admin.hpp"

#include "storage/postgres_support.hpp"
#include "storage/postgres_uri.hpp"

#include <algorithm>
#include <cctype>

namespace cabas::storage {

namespace {

void check_name(const std::string& schema) {
    const bool plain = !schema.empty() && schema.size() < 60 && !std::isdigit(static_cast<unsigned char>(schema[0])) &&
                       std::all_of(schema.begin(), schema.end(), [](char c) {
                           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
                       });
    if (!plain) throw ValidationError("schéma", "nom de schéma invalide : « " + schema + " » (a-z, 0-9, _)");
}

void run_on_server(const std::string& server_uri, const std::string& sql, const char* context) {
    try {
        pqxx::connection c(checked_postgres_uri(server_uri));
        pqxx::work tx(c);
        tx.exec(sql);
        tx.commit();
    } catch (const pqxx::pqxx_exception&) {
        pg::rethrow(context);
    }
}

} // namespace

std::string schema_uri(const std::string& server_uri, const std::string& schema) {
    check_name(schema);
    return server_uri + (server_uri.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema;
}

void create_schema(const std::string& server_uri, const std::string& schema) {
    check_name(schema);
    run_on_server(server_uri, "CREATE SCHEMA " + schema, "création du schéma");
}

void drop_schema(const std::string& server_uri, const std::string& schema) {
    check_name(schema);
    run_on_server(server_uri, "DROP SCHEMA IF EXISTS " + schema + " CASCADE", "suppression du schéma");
}

} // namespace cabas::storage
