// Test fixture support: a unique temporary directory, removed with everything in it at the end
// of the test, so storage tests use real SQLite files without leaving any behind.
#pragma once

#include "storage/sqlite_repositories.hpp"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace cabas::storage::testing {

class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "cabas-storage-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        m_path = pattern;
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string file(const std::string& name) const { return (m_path / name).string(); }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

/// Store options for tests: production connection settings, cheapest Argon2id cost.
inline StoreOptions fast_options() {
    StoreOptions o;
    o.pin_cost = PinHashCost::minimum();
    return o;
}

} // namespace cabas::storage::testing
