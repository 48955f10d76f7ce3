// Schema creation and removal on a PostgreSQL server (postgres_admin.hpp), each in one
// transaction of a short-lived connection of its own.
#include "storage/postgres_admin.hpp"
#include "core/messages.hpp"

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
    if (!plain)
        throw ValidationError(core::tr("schéma"), core::tr("nom de schéma invalide : « {0} » (a-z, 0-9, _)", schema));
}

void run_on_server(const std::string& server_uri, const std::string& sql, const char* context) {
    try {
        pqxx::connection c(checked_postgres_uri(server_uri));
        pqxx::work tx(c);
        tx.exec(sql);
        tx.commit();
    } catch (const pqxx::pqxx_exception&) {
        pg::rethrow(core::tr(context));
    }
}

} // namespace

std::string schema_uri(const std::string& server_uri, const std::string& schema) {
    check_name(schema);
    return server_uri + (server_uri.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema;
}

void create_schema(const std::string& server_uri, const std::string& schema) {
    check_name(schema);
    run_on_server(server_uri, "CREATE SCHEMA " + schema, core::to_translate("création du schéma"));
}

void drop_schema(const std::string& server_uri, const std::string& schema) {
    check_name(schema);
    run_on_server(server_uri, "DROP SCHEMA IF EXISTS " + schema + " CASCADE",
                  core::to_translate("suppression du schéma"));
}

} // namespace cabas::storage
