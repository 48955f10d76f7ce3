// Classifies the filesystem under a database path with statfs(2) and refuses remote ones.
// The magic numbers are those coreutils' stat(1) labels remote, plus 9p (QEMU and WSL 2 host
// folders); overlayfs, which coreutils also labels remote, is left out: containers run on it.
#include "storage/filesystem_check.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#if defined(__linux__)
#include <sys/vfs.h>
#endif

namespace cabas::storage {

namespace {

struct MagicEntry {
    long long magic;
    const char* name;
    bool may_be_local;
};

// From linux/magic.h, fs/smb/client and the filesystems' own sources.
constexpr std::array<MagicEntry, 26> k_remote = {{
    {0x6969, "NFS", false},
    {0x517B, "SMB", false},
    {0xFF534D42, "SMB/CIFS", false},
    {0xFE534D42, "SMB2/SMB3", false},
    {0x65735546, "FUSE (sshfs, rclone, davfs2, GlusterFS…)", true},
    {0x01021997, core::to_translate("9p (dossier partagé d'une machine virtuelle ou de WSL)"), true},
    {0x00C36400, "CephFS", false},
    {0x5346414F, "AFS", false},
    {0x6B414653, "AFS (kAFS)", false},
    {0x0BD00BD0, "Lustre", false},
    {0x73757245, "Coda", false},
    {0x564C, "NetWare (NCP)", false},
    {0x19830326, "BeeGFS", false},
    {0x01161970, "GFS2", false},
    {0x47504653, "GPFS (Spectrum Scale)", false},
    {0x7461636F, "OCFS2", false},
    {0xAAD7AAEA, "PanFS", false},
    {0x013111A8, "IBRIX", false},
    {0xBEEFDEAD, "StorNext (SNFS)", false},
    {0x61636673, "ACFS", false},
    {0x20030528, "OrangeFS (PVFS2)", false},
    {0x786F4256, core::to_translate("dossier partagé VirtualBox (vboxsf)"), false},
    {0xBACBACBC, core::to_translate("dossier partagé VMware (vmhgfs)"), false},
    {0x7C7C6673, core::to_translate("dossier partagé Parallels (prl_fs)"), false},
    {0xA501FCF5, core::to_translate("VxFS (peut être en grappe)"), true},
    {0x6E667364, "nfsd", false},
}};

bool override_allowed() {
    const char* value = std::getenv(kAllowFilesystemVariable);
    return value != nullptr && std::string(value) == "1";
}

std::string override_hint() {
    return core::tr(
        " Si ce dossier est bien sur un disque local de ce poste (par exemple un disque NTFS monté par "
        "ntfs-3g), lancez Cabas avec la variable d'environnement {0}=1.",
        kAllowFilesystemVariable);
}

/// What statfs is asked about: the real file behind any symbolic link, or the real folder
/// that will hold it.
std::filesystem::path examined_path(const std::string& database_path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path resolved = fs::absolute(database_path, ec);
    // weakly_canonical leaves a link to a missing file unresolved: follow links by hand first.
    for (int hops = 0; hops < 40 && fs::is_symlink(resolved, ec); ++hops) {
        const fs::path target = fs::read_symlink(resolved, ec);
        if (ec) break;
        resolved = target.is_absolute() ? target : resolved.parent_path() / target;
    }
    resolved = fs::weakly_canonical(resolved, ec);
    if (ec) resolved = database_path;
    if (fs::exists(resolved, ec)) return resolved;
    return resolved.has_parent_path() ? resolved.parent_path() : fs::path(".");
}

} // namespace

std::optional<RemoteFilesystem> remote_filesystem(long long f_type) {
    // statfs reports f_type as a signed word on some ABIs: compare the low 32 bits only.
    const long long magic = f_type & 0xFFFFFFFFLL;
    for (const auto& entry : k_remote)
        if (entry.magic == magic) return RemoteFilesystem{entry.name, entry.may_be_local};
    return std::nullopt;
}

void refuse_network_filesystem(const std::string& database_path) {
#if defined(__linux__)
    if (database_path.empty() || database_path == ":memory:" || override_allowed()) return;
    const std::filesystem::path examined = examined_path(database_path);
    struct statfs info {};
    if (statfs(examined.c_str(), &info) != 0) {
        throw StorageError(
            core::tr("Impossible de vérifier que la base « {0} » est sur un disque local ({1} : {2}). "
                     "Vérifiez que son dossier existe et vous est accessible.{3}",
                     database_path, examined.string(), std::strerror(errno), override_hint()));
    }
    if (auto remote = remote_filesystem(static_cast<long long>(info.f_type))) {
        std::string message = core::tr(
            "La base de données « {0} » se trouve sur un système de fichiers partagé ou "
            "réseau "
            "({1}). SQLite ne peut pas y garantir ses verrous ni le journal WAL : deux postes "
            "pourraient corrompre le fichier et perdre des ventes. Placez la base sur un disque "
            "local de ce poste (les sauvegardes, elles, peuvent aller sur le réseau).",
            database_path, core::tr(remote->name));
        if (remote->may_be_local) message += override_hint();
        throw StorageError(message);
    }
#else
    (void)database_path;
#endif
}

} // namespace cabas::storage
