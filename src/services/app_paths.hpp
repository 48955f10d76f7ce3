// Where Cabas keeps its files when the user does not say (the XDG data directory), and
// whether they are private as they should be.
#pragma once

#include <optional>
#include <string>

namespace cabas::services {

/// $XDG_DATA_HOME/cabas/cabas.db, or ~/.local/share/cabas/cabas.db. Does not create anything.
std::string default_database_path();

/// Where receipts and Z reports go as PDF when printer.pdf_dir is not set: `tickets/` beside
/// the database, so that `--db /srv/epicerie/cabas.db` keeps its tickets under /srv/epicerie
/// (one folder to back up) instead of the account's home whatever the database.
std::string tickets_directory_beside(const std::string& database_path);

/// Creates the missing folders above `path`, each 0700 (folders that exist are left alone).
/// Throws cabas::StorageError when it cannot.
void ensure_parent_directory(const std::string& path);

/// Makes every file this process creates from now on private to its owner (umask 077): the
/// database, SQLite's -wal and -journal, backups, PDF and CSV exports all hold personal data.
/// The first thing cabas-cli and the till do.
void make_new_files_private();

/// What the till and `cabas-cli init` say when an existing database, or its -wal or -shm
/// file, can be read by other accounts of this computer (created before files were made
/// private, or copied with permissive rights): it holds social data. nullopt when private.
std::optional<std::string> database_exposure_warning(const std::string& database_path);

} // namespace cabas::services
