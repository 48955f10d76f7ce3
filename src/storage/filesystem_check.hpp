// Refusal of network and shared filesystems: SQLite's locking and WAL do not work over SMB,
// NFS, FUSE mounts (sshfs, rclone, davfs2, GlusterFS) or cluster filesystems, and a database
// there gets corrupted (https://www.sqlite.org/useovernet.html). We check before opening.
#pragma once

#include <optional>
#include <string>

namespace cabas::storage {

/// A filesystem SQLite must not be used on, recognised by its statfs() magic number.
struct RemoteFilesystem {
    std::string name;         ///< "NFS", "SMB/CIFS", "FUSE (sshfs, rclone, davfs2, GlusterFS…)"
    /// True for kinds that can also be a local disk (a FUSE driver such as ntfs-3g, a 9p
    /// folder of a virtual machine): the refusal then says how to override it.
    bool may_be_local = false;
};

/// The remote or shared filesystem whose magic number is `f_type`, or nullopt for any other
/// (local) one. Pure, so it is unit-tested against the table of magic numbers.
std::optional<RemoteFilesystem> remote_filesystem(long long f_type);

/// The environment variable that accepts any filesystem, for a local disk this check takes
/// for a share (e.g. NTFS through ntfs-3g, which is FUSE): CABAS_ALLOW_FILESYSTEM=1.
inline constexpr const char* kAllowFilesystemVariable = "CABAS_ALLOW_FILESYSTEM";

/// Throws StorageError with a French explanation when `database_path` (symbolic links
/// resolved, the file itself when it exists, else its folder) is on a remote or shared
/// filesystem, or when the filesystem cannot be examined at all. Does nothing for ":memory:",
/// when CABAS_ALLOW_FILESYSTEM=1, or on platforms without statfs.
void refuse_network_filesystem(const std::string& database_path);

} // namespace cabas::storage
