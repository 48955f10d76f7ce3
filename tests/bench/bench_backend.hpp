// Where the benchmark's épiceries live: a SQLite file per scale in the work folder, or a
// schema per scale on a PostgreSQL server (an existing one given with --db, or a throwaway
// cluster the benchmark starts itself with the test suites' tests/pg/pg_server.sh).
#pragma once

#include <string>

namespace cabas::bench {

class Backend {
public:
    /// SQLite files in `work_dir`, or schemas on the server `server_uri` when it is not empty.
    Backend(std::string work_dir, std::string server_uri);

    bool postgres() const { return !m_server.empty(); }
    /// "SQLite" or "PostgreSQL".
    const char* name() const { return postgres() ? "PostgreSQL" : "SQLite"; }
    /// A new empty database for the scale `scale`: a file path (any old file removed), or the
    /// URI of a schema bench_SCALE created empty (an old one, and its baseline's, dropped).
    std::string fresh(const std::string& scale) const;
    /// Removes what fresh() made.
    void remove(const std::string& scale) const;
    /// Size of the database: the file and its WAL, or every table of the schema with its
    /// indexes and TOAST (pg_total_relation_size).
    double size_mib(const std::string& location) const;
    /// "PostgreSQL 15.18, ..." of the server, or "" for SQLite.
    std::string server_version() const;

private:
    std::string schema_of(const std::string& scale) const;
    std::string m_work_dir;
    std::string m_server;
};

/// A throwaway PostgreSQL cluster: `bash tests/pg/pg_server.sh start STATE` (initdb in a fresh
/// temporary folder, Unix socket only, as the CTest fixture does), stopped and removed by the
/// destructor, and also when the benchmark is interrupted (SIGINT, SIGTERM, SIGHUP). Durable
/// (fsync and synchronous commit on), unlike the test suites' server: the validation's commit
/// is measured as a real till's.
class ThrowawayServer {
public:
    explicit ThrowawayServer(const std::string& state_dir);
    ~ThrowawayServer();
    ThrowawayServer(const ThrowawayServer&) = delete;
    ThrowawayServer& operator=(const ThrowawayServer&) = delete;

    const std::string& uri() const { return m_uri; }

private:
    std::string m_state;
    std::string m_uri;
};

} // namespace cabas::bench
