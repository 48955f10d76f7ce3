// Runs the real cabas-cli binary (path compiled in by CMake) in a temporary
// directory, capturing its exit code, stdout and stderr.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace cabas::testing {

struct CliResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

/// Variables set for one run of cabas-cli, on top of the test's own.
using Environment = std::vector<std::pair<std::string, std::string>>;

/// A scratch directory removed on destruction, with helpers to write files into it.
class CliSandbox {
public:
    CliSandbox();
    ~CliSandbox();
    CliSandbox(const CliSandbox&) = delete;
    CliSandbox& operator=(const CliSandbox&) = delete;

    const std::string& dir() const { return m_dir; }
    std::string path(const std::string& name) const { return m_dir + "/" + name; }
    std::string db() const { return path("cabas.db"); }
    void write(const std::string& name, const std::string& bytes) const;

    /// Runs `cabas-cli --db <db> args...` (add_db=false to omit --db), stdin from /dev/null and
    /// no controlling terminal.
    CliResult run(const std::vector<std::string>& args, bool add_db = true, const Environment& environment = {}) const;

private:
    std::string m_dir;
};

/// A demo database (`init --demo`) shared by the tests of one test program: seeding takes
/// seconds, and these tests only read it or work on copies.
const CliSandbox& demo();

/// Runs a SQL query through the sqlite3 shell on a database; returns its stdout.
std::string sqlite_query(const std::string& db, const std::string& sql);

/// Runs SQL that writes (a test tampering with a file behind the application's back).
void sqlite_write(const std::string& db, const std::string& sql);

} // namespace cabas::testing
