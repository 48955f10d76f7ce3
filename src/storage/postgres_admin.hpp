// Server-level chores on PostgreSQL that come before a Cabas database can be opened: creating
// and dropping the schema that holds one Cabas database, and naming it in a URI. The test suites
// use them for a fresh database per test; `cabas-cli server setup` will build on them.
#pragma once

#include <string>

namespace cabas::storage {

/// The URI that opens the Cabas database held in `schema` of the database `server_uri` names
/// (search_path set through libpq's options parameter).
std::string schema_uri(const std::string& server_uri, const std::string& schema);

/// Creates the empty schema `schema` (lower-case letters, digits and '_' only: ValidationError
/// otherwise). StorageError when it exists.
void create_schema(const std::string& server_uri, const std::string& schema);

/// Drops the schema and everything in it. Does nothing when there is no such schema.
void drop_schema(const std::string& server_uri, const std::string& schema);

} // namespace cabas::storage
