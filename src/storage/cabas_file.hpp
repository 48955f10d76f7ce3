// Storage-internal: recognising a Cabas database file before anything is written to it, and
// marking it as ours. Used by Database's constructor and restore.
#pragma once

#include "storage/sqlite_support.hpp"

#include <cstdint>
#include <string>

namespace cabas::storage::detail {

/// "CABA" in ASCII: the SQLite header field that tells a Cabas file from any other SQLite file.
inline constexpr std::int64_t kCabasApplicationId = 0x43414241;

enum class FileState { Missing, Empty, Filled };

/// Throws StorageError "« path » n'est pas une base de données Cabas (why) : rien n'y a été écrit".
[[noreturn]] void refuse_foreign_file(const std::string& path, const std::string& why, int sqlite_code = 0);

/// Missing, empty, or a regular file with the SQLite header; anything else is refused.
FileState examine_file(const std::string& path);

/// Mode 0600, for an empty file handed over to become the database.
void make_private(const std::string& path);

/// Refuses an open SQLite file that is neither marked as Cabas nor an unmarked file with the
/// Cabas schema (written before the mark existed).
void refuse_unless_cabas(Database::Impl& impl);

/// Writes the Cabas application id into the header when it is not there yet.
void mark_as_cabas(Database::Impl& impl);

} // namespace cabas::storage::detail
