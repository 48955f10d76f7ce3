// Checking a database file that is not the one in use (a backup just written, a file to
// restore) without changing a byte of it: is it a Cabas database, is its schema one this
// program knows, does SQLite find it sound, does its journal verify.
#pragma once

#include <cstdint>
#include <string>

namespace cabas::services::backup {

/// What check_database_file found.
struct DatabaseFileCheck {
    bool sound = false;
    std::string problem;             ///< the first problem, in French; empty when sound
    int schema_version = 0;
    std::int64_t journal_records = 0;
};

/// Opens `path` read-only (storage OpenMode::Inspect) and checks, in order: a Cabas database
/// whose schema is not newer than this program's, PRAGMA integrity_check and foreign keys,
/// then the journal (services::till::verify_journal). Never throws for a bad file: the
/// problem is returned.
DatabaseFileCheck check_database_file(const std::string& path);

} // namespace cabas::services::backup
