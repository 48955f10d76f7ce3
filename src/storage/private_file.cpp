// Private creation and flushing of files with open(2)/fchmod(2)/fsync(2).
#include "storage/private_file.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace cabas::storage {

namespace {

/// `what`: a sentence marked with core::to_translate, places {0} the path and {1} the system's reason.
[[noreturn]] void fail(const char* what, const std::string& path) {
    const std::string reason = std::strerror(errno);
    throw StorageError(core::tr(what, path, reason));
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
    if (fd.get() < 0) fail(core::to_translate("Impossible de créer le fichier « {0} » : {1}"), path);
    if (::fchmod(fd.get(), 0600) != 0)
        fail(core::to_translate("Impossible de protéger le fichier « {0} » : {1}"), path);
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
            fail(core::to_translate("Impossible de créer le dossier « {0} » : {1}"), partial);
        }
        if (::chmod(partial.c_str(), 0700) != 0)
            fail(core::to_translate("Impossible de protéger le dossier « {0} » : {1}"), partial);
    }
}

void flush_to_disk(const std::string& path) {
    fsync_path(path, O_RDONLY, core::to_translate("Impossible d'écrire sur le disque « {0} » : {1}"));
    const std::string dir = std::filesystem::path(path).parent_path().string();
    flush_directory(dir.empty() ? "." : dir);
}

void flush_directory(const std::string& dir) {
    fsync_path(dir, O_RDONLY | O_DIRECTORY, core::to_translate("Impossible d'écrire le dossier « {0} » : {1}"));
}

std::optional<unsigned> exposed_permissions(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return std::nullopt;
    const unsigned mode = info.st_mode & 0777;
    if ((mode & 077) == 0) return std::nullopt;
    return mode;
}

void restrict_new_files_to_owner() { ::umask(077); }

} // namespace cabas::storage
