// Preparing a PostgreSQL server for Cabas (`cabas-cli server setup`), run by a superuser on the
// server PC: the login role the tills use (no password stored by Cabas), the database, the
// épicerie's schema owned by that role, and the Cabas tables at the current version. Running
// it again changes nothing that is already there.
#pragma once

#include <string>

namespace cabas::storage {

struct ServerSetupRequest {
    std::string admin_uri;        ///< a superuser's libpq URI; its database is the one to use
    std::string role = "cabas";   ///< the tills' login role
    std::string schema = "epicerie";  ///< the épicerie's schema in that database
};

struct ServerSetupOutcome {
    bool role_created = false;
    bool database_created = false;
    bool schema_created = false;
    int schema_version = 0;       ///< of the Cabas tables after setup
    std::string database;         ///< the database's name
    std::string port;             ///< as the admin URI gave it, "" for the default
};

/// Does what is missing, in this order: role (LOGIN, no password), database (UTF8, owned by
/// the role), schema (owned by the role), then the migrations, applied as the role so that it
/// owns every table. ValidationError for a role or schema name other than a-z, 0-9 and _,
/// a URI with a password, or a schema owned by another role; StorageUnavailable when the
/// server cannot be reached; PermissionError when the URI's user is not a superuser.
ServerSetupOutcome set_up_server(const ServerSetupRequest& request);

/// The URI each till is given: `role`@`host`[:`port`]/`database`, schema `schema`.
std::string till_uri(const std::string& role, const std::string& host, const std::string& port,
                     const std::string& database, const std::string& schema);

} // namespace cabas::storage
