// Refusal of remote and shared filesystems: the table of statfs magic numbers, symbolic links
// followed to where the file really is, a check that cannot be made, and the override.
#include "temp_dir.hpp"

#include "core/error.hpp"
#include "storage/filesystem_check.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace cabas::storage;
using cabas::storage::testing::TempDir;

namespace {

struct Magic {
    long long f_type;
    const char* name;   ///< nullptr: local
    bool may_be_local;
};

/// Sets an environment variable for one test and removes it afterwards.
class EnvironmentVariable {
public:
    EnvironmentVariable(const char* name, const char* value) : m_name(name) { ::setenv(name, value, 1); }
    ~EnvironmentVariable() { ::unsetenv(m_name); }
    EnvironmentVariable(const EnvironmentVariable&) = delete;
    EnvironmentVariable& operator=(const EnvironmentVariable&) = delete;

private:
    const char* m_name;
};

} // namespace

TEST_CASE("remote and shared filesystems are recognised by their statfs magic number", "[storage][filesystem][sqlite]") {
    const auto c = GENERATE(values<Magic>({
        {0x6969, "NFS", false},
        {0x517B, "SMB", false},
        {0xFF534D42LL, "SMB/CIFS", false},
        {0xFE534D42LL, "SMB2/SMB3", false},
        {0x65735546, "FUSE (sshfs, rclone, davfs2, GlusterFS…)", true},
        {0x01021997, "9p (dossier partagé d'une machine virtuelle ou de WSL)", true},
        {0x00C36400, "CephFS", false},
        {0x5346414F, "AFS", false},
        {0x6B414653, "AFS (kAFS)", false},
        {0x0BD00BD0, "Lustre", false},
        {0x73757245, "Coda", false},
        {0x47504653, "GPFS (Spectrum Scale)", false},
        {0x786F4256, "dossier partagé VirtualBox (vboxsf)", false},
        // Some ABIs report f_type sign-extended from 32 bits.
        {static_cast<long long>(static_cast<std::int32_t>(0xFF534D42u)), "SMB/CIFS", false},
        {0xEF53, nullptr, false},        // ext2/3/4
        {0x01021994, nullptr, false},    // tmpfs
        {0x9123683E, nullptr, false},    // btrfs
        {0x58465342, nullptr, false},    // xfs
        {0x5346544E, nullptr, false},    // ntfs3 in the kernel
        {0x4D44, nullptr, false},        // FAT of a USB stick
        {0x794C7630, nullptr, false},    // overlayfs: containers run on it
    }));
    CAPTURE(c.f_type);
    const auto remote = remote_filesystem(c.f_type);
    if (c.name == nullptr) {
        CHECK_FALSE(remote.has_value());
    } else {
        REQUIRE(remote.has_value());
        CHECK(remote->name == c.name);
        CHECK(remote->may_be_local == c.may_be_local);
    }
}

TEST_CASE("a database in a local temporary directory is not taken for a network share", "[storage][filesystem][sqlite]") {
    TempDir dir;
    CHECK_NOTHROW(refuse_network_filesystem(dir.file("cabas.db")));
}

TEST_CASE("a symbolic link is followed: the filesystem checked is the target's", "[storage][filesystem][sqlite]") {
    TempDir dir;
    // The target's folder does not exist, so only a check that follows the link can fail.
    std::filesystem::create_symlink("/nonexistent-cabas-share/cabas.db", dir.file("lien.db"));
    try {
        refuse_network_filesystem(dir.file("lien.db"));
        FAIL("the link was not followed");
    } catch (const cabas::StorageError& e) {
        CHECK_THAT(e.what(), Catch::Contains("/nonexistent-cabas-share"));
    }
    std::ofstream(dir.file("vraie.db")) << "";
    std::filesystem::create_symlink(dir.file("vraie.db"), dir.file("lien-local.db"));
    CHECK_NOTHROW(refuse_network_filesystem(dir.file("lien-local.db")));
}

TEST_CASE("a filesystem that cannot be examined is refused with the way to override it", "[storage][filesystem][sqlite]") {
    try {
        refuse_network_filesystem("/nonexistent-cabas-folder/cabas.db");
        FAIL("accepted an unchecked filesystem");
    } catch (const cabas::StorageError& e) {
        CHECK_THAT(e.what(), Catch::Contains("Impossible de vérifier") && Catch::Contains("CABAS_ALLOW_FILESYSTEM=1"));
    }
    EnvironmentVariable allow(kAllowFilesystemVariable, "1");
    CHECK_NOTHROW(refuse_network_filesystem("/nonexistent-cabas-folder/cabas.db"));
}
