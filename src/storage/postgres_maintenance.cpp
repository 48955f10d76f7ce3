// What integrity_check and backup_to mean on PostgreSQL. The server keeps its own pages sound
// (checksums, WAL), so the check looks at what a person with SQL access could break without
// the server complaining: missing tables, disabled triggers (the journal's append-only guards),
// invalid constraints or indexes, rows that a disabled foreign key let through, and, when the
// amcheck extension is installed, the B-tree indexes themselves. The backup is pg_dump of the
// Cabas schema (a consistent snapshot taken while tills sell), in pg_restore's custom format.
#include "storage/postgres_support.hpp"
#include "core/messages.hpp"

#include "storage/migrations.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>

extern char** environ;

namespace cabas::storage {

namespace {

constexpr const char* kTables[] = {
    "schema_version", "baremes", "settings", "referrers", "households", "members", "resources", "charges",
    "commission_decisions", "access_periods", "suspensions", "cards", "users", "categories", "products", "barcodes",
    "receptions", "lots", "till_sessions", "sales", "sale_lines", "payments", "stock_movements", "journal",
    "access_log", "inventory_sessions", "inventory_counts", "receipt_reprints"};

constexpr std::pair<const char*, const char*> kGuards[] = {
    {"journal", "journal_gapless"},          {"journal", "journal_no_update"},
    {"journal", "journal_no_delete"},        {"journal", "journal_no_truncate"},
    {"access_log", "access_log_no_update"},  {"access_log", "access_log_no_delete"},
    {"access_log", "access_log_no_truncate"}, {"stock_movements", "lots_empty_after_change"}};

void check_catalogue(PgDatabase& db, const std::string& schema, std::vector<std::string>& problems) {
    for (const char* table : kTables)
        if (!pg::exists(db, "SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2", schema, table))
            problems.push_back(core::tr("table manquante : {0}", table));
    for (const auto& [table, trigger] : kGuards) {
        auto r = pg::query(db,
                           "SELECT t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                           "JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE n.nspname = $1 AND c.relname = $2 AND t.tgname = $3",
                           schema, table, trigger);
        if (r.empty())
            problems.push_back(core::tr("déclencheur manquant : {0} sur {1}", trigger, table));
        else if (pg::text(r[0][0]) == "D")
            problems.push_back(core::tr("déclencheur désactivé : {0} sur {1}", trigger, table));
    }
    // Foreign keys are enforced by internal triggers; disabling them lets dangling rows in.
    for (const auto& row : pg::query(db,
                                     "SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                     "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "WHERE n.nspname = $1 AND t.tgisinternal AND t.tgenabled = 'D'",
                                     schema))
        problems.push_back(core::tr("clés étrangères désactivées sur la table {0}", pg::text(row[0])));
    for (const auto& row : pg::query(db,
                                     "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c "
                                     "JOIN pg_namespace n ON n.oid = c.connamespace "
                                     "WHERE n.nspname = $1 AND NOT c.convalidated",
                                     schema))
        problems.push_back(core::tr("contrainte non validée : {0} sur {1}", pg::text(row[1]), pg::text(row[0])));
    for (const auto& row : pg::query(db,
                                     "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                                     "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "WHERE n.nspname = $1 AND (NOT i.indisvalid OR NOT i.indisready)",
                                     schema))
        problems.push_back(core::tr("index invalide : {0}", pg::text(row[0])));
}

/// The same as SQLite's foreign_key_check: child rows whose parent does not exist.
void check_foreign_keys(PgDatabase& db, const std::string& schema, std::vector<std::string>& problems) {
    const auto keys = pg::query(db, R"sql(
SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, f.attname
FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
JOIN pg_attribute f ON f.attrelid = c.confrelid AND f.attnum = c.confkey[1]
WHERE n.nspname = $1 AND c.contype = 'f' AND cardinality(c.conkey) = 1 ORDER BY 1, 2)sql",
                                schema);
    for (const auto& key : keys) {
        auto& tx = db.impl().current();
        const std::string child = pg::text(key[0]), column = tx.quote_name(pg::text(key[1]));
        const std::string parent = pg::text(key[2]), target = tx.quote_name(pg::text(key[3]));
        const std::string sql = "SELECT x.ctid::text FROM " + child + " x WHERE x." + column +
                                " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + parent + " p WHERE p." + target +
                                " = x." + column + ") LIMIT 20";
        for (const auto& row : tx.exec(sql))
            problems.push_back(core::tr("clé étrangère cassée : {0} ligne {1} → {2}", child, pg::text(row[0]), parent));
    }
}

void check_btrees(PgDatabase& db, const std::string& schema, std::vector<std::string>& problems) {
    if (!pg::exists(db, "SELECT 1 FROM pg_extension WHERE extname = 'amcheck'")) return;
    for (const auto& row : pg::query(db,
                                     "SELECT c.oid::bigint, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                                     "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am a ON a.oid = c.relam "
                                     "WHERE n.nspname = $1 AND a.amname = 'btree' AND i.indisvalid",
                                     schema)) {
        pqxx::subtransaction check(db.impl().current(), "amcheck");
        try {
            check.exec("SELECT bt_index_check(" + pg::text(row[0]) + "::oid)");
            check.commit();
        } catch (const pqxx::sql_error& e) {
            if (e.sqlstate() == "42501") return;  // amcheck installed but not granted to this account
            problems.push_back(core::tr("index abîmé : {0} ({1})", pg::text(row[1]), e.what()));
        }
    }
}

} // namespace

std::vector<std::string> PgDatabase::integrity_check(IntegrityLevel level) {
    // One snapshot, no write lock: the tills keep selling while the check reads.
    return read([&] {
        std::vector<std::string> problems;
        try {
            const std::string schema = m_impl->schema;
            if (const int version = schema_version(); version != latest_schema_version())
                problems.push_back(core::tr("version du schéma {0} au lieu de {1}", version, latest_schema_version()));
            check_catalogue(*this, schema, problems);
            check_foreign_keys(*this, schema, problems);
            if (level == IntegrityLevel::Full) check_btrees(*this, schema, problems);
        } catch (const pqxx::pqxx_exception&) {
            pg::rethrow(core::tr("contrôle d'intégrité"));
        }
        return problems;
    });
}

namespace {

/// The pg_dump (or pg_restore) to run: CABAS_PG_BINDIR's, else the newest server's tools,
/// else the one on PATH (Debian's /usr/bin wrapper).
std::string pg_tool(const char* name) {
    namespace fs = std::filesystem;
    if (const char* dir = std::getenv("CABAS_PG_BINDIR")) return (fs::path(dir) / name).string();
    std::string best;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
        const fs::path candidate = entry.path() / "bin" / name;
        if (fs::exists(candidate, ec) && (best.empty() || candidate.string() > best)) best = candidate.string();
    }
    return best.empty() ? name : best;
}

/// Runs `argv` with stdout into `out_fd` (or inherited when -1); returns its exit status and
/// what it wrote on stderr.
std::pair<int, std::string> run_tool(const std::vector<std::string>& argv, int out_fd) {
    int err_pipe[2];
    if (pipe(err_pipe) != 0) throw StorageError(core::tr("sauvegarde : pipe impossible : {0}", std::strerror(errno)));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (out_fd >= 0) posix_spawn_file_actions_adddup2(&actions, out_fd, STDOUT_FILENO);
    else posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
    posix_spawn_file_actions_addclose(&actions, err_pipe[0]);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(err_pipe[1]);
    std::string errors;
    if (rc == 0) {
        std::array<char, 4096> buffer{};
        for (ssize_t n; (n = read(err_pipe[0], buffer.data(), buffer.size())) > 0;)
            if (errors.size() < 8192) errors.append(buffer.data(), static_cast<std::size_t>(n));
    }
    close(err_pipe[0]);
    if (rc != 0) return {-1, core::tr("{0} introuvable ({1})", argv[0], std::strerror(rc))};
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, errors};
}

} // namespace

void PgDatabase::backup_to(const std::string& destination) {
    namespace fs = std::filesystem;
    // Written beside the destination under another name, then renamed: a failed dump never
    // leaves a half file where a good backup is expected.
    const std::string part = destination + ".partiel";
    const int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        throw StorageError(core::tr("Sauvegarde impossible vers « {0} » : {1}", destination, std::strerror(errno)));
    fchmod(fd, 0600);  // whatever the umask, and even if a file of that name was there
    const auto [status, errors] =
        run_tool({pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
                  "--schema=" + m_impl->schema, "--dbname=" + m_impl->uri},
                 fd);
    const bool written = fsync(fd) == 0;
    close(fd);
    std::error_code ec;
    if (status != 0 || !written) {
        fs::remove(part, ec);
        throw StorageError(core::tr("Sauvegarde de « {0} » impossible (pg_dump) : {1}", m_impl->shown, errors));
    }
    const auto [listed, list_errors] = run_tool({pg_tool("pg_restore"), "--list", part}, -1);
    if (listed != 0) {
        fs::remove(part, ec);
        throw StorageError(core::tr("La copie de sauvegarde « {0} » est illisible : {1}", destination, list_errors));
    }
    fs::rename(part, destination, ec);
    if (ec) {
        fs::remove(part, ec);
        throw StorageError(core::tr("Sauvegarde impossible vers « {0} » : {1}", destination, ec.message()));
    }
}

} // namespace cabas::storage
