// Refusal of network filesystems: SQLite's locking and WAL do not work over SMB or NFS, and a
// database there gets corrupted (https://www.sqlite.org/useovernet.html). We check before opening.
#pragma once

#include <optional>
#include <string>

namespace cabas::storage {

/// Name of the network filesystem whose statfs() magic number is `f_type` ("NFS", "SMB", "CIFS",
/// "SMB2"), or nullopt for a local (or unknown) filesystem. Pure, so it is unit-tested.
std::optional<std::string> network_filesystem_name(long long f_type);

/// Throws StorageError with a French explanation when the directory that holds `database_path`
/// is on a network share. Does nothing on platforms without statfs, or when the directory cannot
/// be examined (SQLite then reports the real problem when it opens the file).
void refuse_network_filesystem(const std::string& database_path);

} // namespace cabas::storage
