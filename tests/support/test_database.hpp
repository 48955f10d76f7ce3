// Which engine a test run uses, and a fresh empty database of it for each test: a file in a
// temporary folder for SQLite, or a schema of its own on the throwaway server of
// tests/pg/pg_server.sh, dropped at the end, when CABAS_TEST_PG_SERVER names that server's
// state folder (CTest sets it for the tests it registers with the "pg:" prefix).
#pragma once

#include "storage/postgres_admin.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>

namespace cabas::test_support {

/// The test server's URI in a PostgreSQL run, else "".
inline std::string postgres_server_uri() {
    const char* state = std::getenv("CABAS_TEST_PG_SERVER");
    if (!state || !*state) return {};
    std::ifstream in(std::filesystem::path(state) / "uri");
    std::string uri;
    if (!(in >> uri)) throw std::runtime_error(std::string("no PostgreSQL test server: ") + state + "/uri is missing");
    return uri;
}

/// A new empty database for one test, removed with its temporary folder at the end.
class FreshDatabase {
public:
    explicit FreshDatabase(const char* prefix = "cabas-test") {
        std::string pattern = (std::filesystem::temp_directory_path() / (std::string(prefix) + "-XXXXXX")).string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        m_dir = pattern;
        m_server = postgres_server_uri();
        if (m_server.empty()) {
            m_location = (m_dir / "cabas.db").string();
            return;
        }
        static int counter = 0;
        std::random_device random;
        m_schema = "t" + std::to_string(getpid()) + "_" + std::to_string(++counter) + "_" + std::to_string(random() % 100000);
        storage::create_schema(m_server, m_schema);
        m_location = storage::schema_uri(m_server, m_schema);
    }
    ~FreshDatabase() {
        if (!m_schema.empty()) {
            try {
                storage::drop_schema(m_server, m_schema);
            } catch (...) {
                // The server is thrown away after the run: a schema left behind costs nothing.
            }
        }
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }
    FreshDatabase(const FreshDatabase&) = delete;
    FreshDatabase& operator=(const FreshDatabase&) = delete;

    /// What open_store() takes: a SQLite path or a PostgreSQL URI.
    const std::string& location() const { return m_location; }
    bool postgres() const { return !m_schema.empty(); }
    const std::string& schema() const { return m_schema; }
    const std::string& server_uri() const { return m_server; }
    /// A path in the test's temporary folder (backups, exports).
    std::string file(const std::string& name) const { return (m_dir / name).string(); }
    const std::filesystem::path& dir() const { return m_dir; }

private:
    std::filesystem::path m_dir;
    std::string m_server;
    std::string m_schema;
    std::string m_location;
};

} // namespace cabas::test_support
