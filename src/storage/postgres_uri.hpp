// Recognising a PostgreSQL database argument (a libpq URI) and checking it before use: Cabas
// never takes a password on the command line or in a URI, only from ~/.pgpass or PGPASSFILE.
#pragma once

#include <string>

namespace cabas::storage {

/// True for "postgresql://..." and "postgres://..." (libpq URIs); anything else is a SQLite path.
bool is_postgres_uri(const std::string& location);

/// The URI as libpq will get it: refuses (ValidationError, field "--db") a URI that carries a
/// password, in the user part ("user:secret@") or as a "password=" parameter; adds
/// connect_timeout=5 and application_name=cabas unless the URI already sets them, so that an
/// unreachable server is reported within seconds instead of the system's TCP timeout.
std::string checked_postgres_uri(const std::string& uri);

/// The URI without its query parameters, for messages: "postgresql://cabas@serveur/cabas".
/// It can never contain a password, since checked_postgres_uri refuses those.
std::string shown_postgres_uri(const std::string& uri);

} // namespace cabas::storage
