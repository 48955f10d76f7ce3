#include "bench/bench_backend.hpp"

#include "storage/postgres_admin.hpp"

#include <libpq-fe.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <vector>

namespace cabas::bench {

namespace fs = std::filesystem;

namespace {

std::string scalar(const std::string& uri, const std::string& sql) {
    PGconn* c = PQconnectdb(uri.c_str());
    std::string out;
    if (PQstatus(c) == CONNECTION_OK) {
        PGresult* r = PQexec(c, sql.c_str());
        if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0) out = PQgetvalue(r, 0, 0);
        PQclear(r);
    }
    const std::string error = PQerrorMessage(c);
    PQfinish(c);
    if (out.empty()) throw std::runtime_error("PostgreSQL : " + sql + " : " + error);
    return out;
}

// The stop command, built before any signal can arrive: a handler may only fork and exec.
std::vector<std::string> g_stop_words;
std::vector<char*> g_stop_argv;

void run_stop() {
    if (g_stop_argv.empty()) return;
    const pid_t child = fork();
    if (child == 0) {
        execv(g_stop_argv[0], g_stop_argv.data());
        _exit(127);
    }
    if (child > 0) waitpid(child, nullptr, 0);
}

extern "C" void stop_on_signal(int signal) {
    run_stop();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

int run_script(const std::vector<std::string>& words) {
    std::string command;
    for (const auto& w : words) command += "'" + w + "' ";
    return std::system(command.c_str());
}

} // namespace

Backend::Backend(std::string work_dir, std::string server_uri)
    : m_work_dir(std::move(work_dir)), m_server(std::move(server_uri)) {}

std::string Backend::schema_of(const std::string& scale) const {
    std::string schema = "bench_" + scale;
    for (char& c : schema)
        if (c == '-') c = '_';
    return schema;
}

std::string Backend::fresh(const std::string& scale) const {
    if (!postgres()) {
        const std::string path = (fs::path(m_work_dir) / ("bench-" + scale + ".db")).string();
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
        return path;
    }
    remove(scale);
    storage::create_schema(m_server, schema_of(scale));
    return storage::schema_uri(m_server, schema_of(scale));
}

void Backend::remove(const std::string& scale) const {
    if (!postgres()) {
        for (const char* suffix : {"", "-wal", "-shm"})
            fs::remove((fs::path(m_work_dir) / ("bench-" + scale + ".db")).string() + suffix);
        return;
    }
    storage::drop_schema(m_server, schema_of(scale) + "_ref");   // the libpq baseline's copies
    storage::drop_schema(m_server, schema_of(scale));
}

double Backend::size_mib(const std::string& location) const {
    if (!postgres()) {
        std::error_code ec;
        double bytes = 0;
        for (const char* suffix : {"", "-wal"}) {
            const auto size = fs::file_size(location + suffix, ec);
            if (!ec) bytes += static_cast<double>(size);
        }
        return bytes / (1024.0 * 1024.0);
    }
    return std::stod(scalar(location, "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                                      "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                      "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm')")) /
           (1024.0 * 1024.0);
}

std::string Backend::server_version() const {
    if (!postgres()) return {};
    return scalar(m_server, "SELECT version()");
}

ThrowawayServer::ThrowawayServer(const std::string& state_dir) : m_state(state_dir) {
    const std::string script = std::string(CABAS_SOURCE_DIR) + "/tests/pg/pg_server.sh";
    g_stop_words = {"/bin/bash", script, "stop", m_state};
    g_stop_argv.clear();
    for (auto& w : g_stop_words) g_stop_argv.push_back(w.data());
    g_stop_argv.push_back(nullptr);
    for (int s : {SIGINT, SIGTERM, SIGHUP}) std::signal(s, stop_on_signal);
    ::setenv("CABAS_PG_DURABLE", "1", 1);
    if (run_script({"/bin/bash", script, "start", m_state}) != 0) {
        run_stop();
        throw std::runtime_error("le serveur PostgreSQL jetable n'a pas démarré (tests/pg/pg_server.sh)");
    }
    std::ifstream in(fs::path(m_state) / "uri");
    if (!(in >> m_uri)) {
        run_stop();
        throw std::runtime_error("pas d'adresse du serveur PostgreSQL jetable dans " + m_state + "/uri");
    }
}

ThrowawayServer::~ThrowawayServer() {
    run_stop();
    g_stop_argv.clear();
    for (int s : {SIGINT, SIGTERM, SIGHUP}) std::signal(s, SIG_DFL);
}

} // namespace cabas::bench
