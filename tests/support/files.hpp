// File helpers the tests of several layers share: a file's bytes, its permission bits, and a
// umask set for the length of a test.
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/stat.h>

namespace cabas::testing {

inline std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The permission bits of `path` (0600...); throws when it does not exist.
inline unsigned mode_of(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) throw std::runtime_error("no such file: " + path);
    return info.st_mode & 0777;
}

/// Sets the process umask (inherited by children) and puts the previous one back.
class ScopedUmask {
public:
    explicit ScopedUmask(mode_t mask) : m_previous(::umask(mask)) {}
    ~ScopedUmask() { ::umask(m_previous); }
    ScopedUmask(const ScopedUmask&) = delete;
    ScopedUmask& operator=(const ScopedUmask&) = delete;

private:
    mode_t m_previous;
};

} // namespace cabas::testing
