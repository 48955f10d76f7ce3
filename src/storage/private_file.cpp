// Private creation and flushing of files with open(2)/fchmod(2)/fsync(2).
#include "storage/private_file.hpp"

#include "core/error.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace cabas::storage {

namespace {

[[noreturn]] void fail(const std::string& what, const std::string& path) {
    throw StorageError(what + " « " + path + " » : " + std::strerror(errno));
}

/// Closes a file descriptor on every path.
class Descriptor {
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor() {
        if (m_fd >= 0) ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

void fsync_path(const std::string& path, int flags, const char* what) {
    Descriptor fd(::open(path.c_str(), flags | O_CLOEXEC));
    if (fd.get() < 0) fail(what, path);
    if (::fsync(fd.get()) != 0) fail(what, path);
}

} // namespace

void create_private_file(const std::string& path) {
    Descriptor fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (fd.get() < 0) fail("Impossible de créer le fichier", path);
    if (::fchmod(fd.get(), 0600) != 0) fail("Impossible de protéger le fichier", path);
}

void create_private_directories(const std::string& dir) {
    namespace fs = std::filesystem;
    if (dir.empty()) return;
    fs::path partial;
    for (const fs::path& part : fs::path(dir)) {
        partial /= part;
        std::error_code ec;
        if (fs::is_directory(partial, ec)) continue;
        if (::mkdir(partial.c_str(), 0700) != 0) {
            if (errno == EEXIST) continue;  // created meanwhile by someone else: not ours to change
            fail("Impossible de créer le dossier", partial);
        }
        if (::chmod(partial.c_str(), 0700) != 0) fail("Impossible de protéger le dossier", partial);
    }
}

void flush_to_disk(const std::string& path) {
    fsync_path(path, O_RDONLY, "Impossible d'écrire sur le disque");
    const std::string dir = std::filesystem::path(path).parent_path().string();
    flush_directory(dir.empty() ? "." : dir);
}

void flush_directory(const std::string& dir) { fsync_path(dir, O_RDONLY | O_DIRECTORY, "Impossible d'écrire le dossier"); }

std::optional<unsigned> exposed_permissions(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return std::nullopt;
    const unsigned mode = info.st_mode & 0777;
    if ((mode & 077) == 0) return std::nullopt;
    return mode;
}

void restrict_new_files_to_owner() { ::umask(077); }

} // namespace cabas::storage
