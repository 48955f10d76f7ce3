// Classifies the filesystem under a database path with statfs(2) and refuses network shares.
#include "storage/filesystem_check.hpp"

#include "core/error.hpp"

#include <filesystem>

#if defined(__linux__)
#include <sys/vfs.h>
#endif

namespace cabas::storage {

namespace {
// Magic numbers from linux/magic.h and fs/smb/client (not all are exported by libc headers).
constexpr long long nfs_magic = 0x6969;
constexpr long long smb_magic = 0x517B;
constexpr long long cifs_magic = 0xFF534D42;
constexpr long long smb2_magic = 0xFE534D42;
} // namespace

std::optional<std::string> network_filesystem_name(long long f_type) {
    // statfs reports f_type as a signed word on some ABIs: compare the low 32 bits only.
    switch (f_type & 0xFFFFFFFFLL) {
    case nfs_magic: return "NFS";
    case smb_magic: return "SMB";
    case cifs_magic: return "CIFS";
    case smb2_magic: return "SMB2";
    default: return std::nullopt;
    }
}

void refuse_network_filesystem(const std::string& database_path) {
#if defined(__linux__)
    if (database_path.empty() || database_path == ":memory:") return;
    std::filesystem::path dir = std::filesystem::path(database_path).parent_path();
    if (dir.empty()) dir = ".";
    struct statfs info {};
    if (statfs(dir.c_str(), &info) != 0) return;
    if (auto name = network_filesystem_name(static_cast<long long>(info.f_type))) {
        throw StorageError("La base de données « " + database_path + " » se trouve sur un partage réseau (" + *name +
                           "). SQLite ne peut pas y garantir ses verrous ni le journal WAL : deux postes pourraient "
                           "corrompre le fichier et perdre des ventes. Placez la base sur un disque local de ce "
                           "poste (les sauvegardes, elles, peuvent aller sur le réseau).");
    }
#else
    (void)database_path;
#endif
}

} // namespace cabas::storage
