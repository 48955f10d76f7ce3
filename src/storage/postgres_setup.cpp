// `cabas-cli server setup` on the server itself (postgres_setup.hpp): each step asks the
// catalogue first and does only what is missing, so a second run is harmless.
#include "storage/postgres_setup.hpp"
#include "core/messages.hpp"

#include "storage/postgres_admin.hpp"
#include "storage/postgres_support.hpp"
#include "storage/postgres_uri.hpp"
#include "storage/store.hpp"

#include <libpq-fe.h>

#include <cctype>
#include <map>

namespace cabas::storage {

namespace {

void check_identifier(const std::string& field, const std::string& name) {
    bool plain = !name.empty() && name.size() < 60 && !std::isdigit(static_cast<unsigned char>(name[0]));
    for (char c : name) plain = plain && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
    if (!plain)
        throw ValidationError(field, core::tr("nom invalide : « {0} » (lettres a-z, chiffres, _ ; pas de "
                                              "chiffre en tête)",
                                              name));
}

/// The URI's connection parameters (host, port, user, dbname...), as libpq reads them.
std::map<std::string, std::string> uri_parts(const std::string& uri) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(checked_postgres_uri(uri).c_str(), &error);
    if (!options) {
        const std::string why = error ? error : core::tr("adresse illisible");
        PQfreemem(error);
        throw ValidationError("adresse", core::tr("adresse du serveur illisible : {0}", why));
    }
    std::map<std::string, std::string> parts;
    for (auto* o = options; o->keyword; ++o)
        if (o->val && *o->val) parts[o->keyword] = o->val;
    PQconninfoFree(options);
    return parts;
}

std::string conninfo(std::map<std::string, std::string> parts, const std::string& database) {
    parts["dbname"] = database;
    std::string out;
    for (const auto& [key, value] : parts) {
        std::string quoted;
        for (char c : value) quoted += (c == '\'' || c == '\\') ? std::string("\\") + c : std::string(1, c);
        out += key + "='" + quoted + "' ";
    }
    return out;
}

std::string percent_encoded(const std::string& text) {
    static const char* digits = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.') out += static_cast<char>(c);
        else out += std::string("%") + digits[c >> 4] + digits[c & 15];
    }
    return out;
}

/// The admin URI turned into one that acts as `role` (SET ROLE at connection, a superuser may)
/// in `schema`: the migrations then create tables the role owns.
std::string uri_as_role(const std::map<std::string, std::string>& parts, const ServerSetupRequest& request,
                        const std::string& database) {
    std::string uri = "postgresql://";
    if (parts.count("user")) uri += percent_encoded(parts.at("user")) + "@";
    if (parts.count("host")) uri += percent_encoded(parts.at("host"));
    if (parts.count("port")) uri += ":" + parts.at("port");
    uri += "/" + percent_encoded(database);
    return uri + "?options=" + percent_encoded("-csearch_path=" + request.schema + " -crole=" + request.role);
}

template <class Step>
auto on_server(const std::string& info, const char* context, Step step) {
    try {
        pqxx::connection c(info);
        return step(c);
    } catch (const pqxx::pqxx_exception&) {
        pg::rethrow(core::tr(context));
    }
}

} // namespace

ServerSetupOutcome set_up_server(const ServerSetupRequest& request) {
    check_identifier("--role", request.role);
    check_identifier("--schema", request.schema);
    const auto parts = uri_parts(request.admin_uri);
    ServerSetupOutcome outcome;
    outcome.database = parts.count("dbname") ? parts.at("dbname") : (parts.count("user") ? parts.at("user") : "");
    if (outcome.database.empty())
        throw ValidationError("adresse", core::tr("l'adresse ne nomme aucune base "
                                                  "(…/NOM_DE_LA_BASE)"));
    if (parts.count("port")) outcome.port = parts.at("port");

    on_server(conninfo(parts, "postgres"), core::to_translate("préparation du serveur"), [&](pqxx::connection& c) {
        pqxx::nontransaction n(c);
        const auto who = n.exec("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user");
        if (who.empty() || !who[0][1].as<bool>())
            throw PermissionError(
                core::tr("« {0} » n'est pas superutilisateur de PostgreSQL : lancez la commande en "
                         "tant "
                         "que postgres (sudo -u postgres cabas-cli server setup …)",
                         who.empty() ? std::string("?") : who[0][0].as<std::string>()));
        if (n.exec("SELECT 1 FROM pg_roles WHERE rolname = " + n.quote(request.role)).empty()) {
            n.exec("CREATE ROLE " + n.quote_name(request.role) + " LOGIN");
            outcome.role_created = true;
        }
        if (n.exec("SELECT 1 FROM pg_database WHERE datname = " + n.quote(outcome.database)).empty()) {
            n.exec("CREATE DATABASE " + n.quote_name(outcome.database) + " OWNER " + n.quote_name(request.role) +
                   " ENCODING 'UTF8' TEMPLATE template0");
            outcome.database_created = true;
        }
        return 0;
    });
    on_server(conninfo(parts, outcome.database), core::to_translate("création du schéma"), [&](pqxx::connection& c) {
        pqxx::work tx(c);
        tx.exec("GRANT CONNECT ON DATABASE " + tx.quote_name(outcome.database) + " TO " + tx.quote_name(request.role));
        const auto owner = tx.exec("SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = " +
                                   tx.quote(request.schema));
        if (owner.empty()) {
            tx.exec("CREATE SCHEMA " + tx.quote_name(request.schema) + " AUTHORIZATION " + tx.quote_name(request.role));
            outcome.schema_created = true;
        } else if (owner[0][0].as<std::string>() != request.role) {
            throw ValidationError("--schema", core::tr("le schéma « {0} » existe déjà et appartient au rôle « {1} », "
                                                       "pas à « {2} »",
                                                       request.schema, owner[0][0].as<std::string>(), request.role));
        }
        tx.commit();
        return 0;
    });
    outcome.schema_version = open_store(uri_as_role(parts, request, outcome.database), OpenMode::CreateIfMissing)->schema_version();
    return outcome;
}

std::string till_uri(const std::string& role, const std::string& host, const std::string& port,
                     const std::string& database, const std::string& schema) {
    return "postgresql://" + role + "@" + host + (port.empty() ? "" : ":" + port) + "/" + percent_encoded(database) +
           "?options=-csearch_path%3D" + schema;
}

} // namespace cabas::storage
