// Files that hold personal data are created readable by their owner only (0600, folders
// 0700), whatever the umask of the process that creates them, and are flushed to the disk
// before anyone is told they exist. POSIX calls; no SQL.
#pragma once

#include <optional>
#include <string>

namespace cabas::storage {

/// Creates `path`, which must not exist yet, empty and with mode 0600 (fchmod after open, so
/// a umask of 0000 changes nothing). Throws StorageError when it exists or cannot be created.
void create_private_file(const std::string& path);

/// Creates the missing folders of `dir` with mode 0700; folders that already exist are left
/// as they are (a shared parent such as /tmp must keep its mode). Throws StorageError.
void create_private_directories(const std::string& dir);

/// fsync of a file, then of the folder that holds it, so a rename into place survives a
/// power cut. Throws StorageError.
void flush_to_disk(const std::string& path);
void flush_directory(const std::string& dir);

/// The permission bits (e.g. 0644) when `path` exists and group or others may read or write
/// it; nullopt when it is private or does not exist.
std::optional<unsigned> exposed_permissions(const std::string& path);

/// Sets the process umask to 077, so that every file a library writes for us (libharu's PDF,
/// SQLite's -wal and -journal, CSV exports) is private too. Called at the start of cabas-cli
/// and of the till.
void restrict_new_files_to_owner();

} // namespace cabas::storage
