// Opening, configuring and migrating the SQLite file; write and read transactions; integrity
// check and online backup. Every SQLiteCpp exception is turned into cabas::StorageError here.
#include "storage/database.hpp"
#include "core/messages.hpp"

#include "storage/cabas_file.hpp"
#include "storage/filesystem_check.hpp"
#include "storage/migrations.hpp"
#include "storage/private_file.hpp"
#include "storage/sqlite_support.hpp"

#include <SQLiteCpp/Backup.h>
#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

namespace cabas::storage {

Database::Impl::Impl(const std::string& p, const OpenOptions& o, int flags)
    : path(p), options(o), connection(p, flags, o.busy_timeout_ms) {
    sql::register_cache(connection, statements);
}

Database::Impl::~Impl() {
    sql::unregister_cache(connection);
    statements.clear();
}

namespace {

/// Rolls back (a transaction or a savepoint) unless dismissed. Never throws: it runs while an
/// exception unwinds, and SQLite may already have rolled back by itself (disk full, I/O error).
class RollbackGuard {
public:
    RollbackGuard(SQLite::Database& c, std::string rollback_sql) : m_c(c), m_sql(std::move(rollback_sql)) {}
    ~RollbackGuard() {
        if (!m_dismissed) m_c.tryExec(m_sql);
    }
    RollbackGuard(const RollbackGuard&) = delete;
    RollbackGuard& operator=(const RollbackGuard&) = delete;
    void dismiss() { m_dismissed = true; }

private:
    SQLite::Database& m_c;
    std::string m_sql;
    bool m_dismissed = false;
};

/// Counts nesting for the duration of a body, so inner write()/read() calls know they are inner.
class DepthGuard {
public:
    explicit DepthGuard(int& depth) : m_depth(depth) { ++m_depth; }
    ~DepthGuard() { --m_depth; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;

private:
    int& m_depth;
};

/// Marks the open transaction as a write one for the duration of a body.
class WritingFlag {
public:
    explicit WritingFlag(bool& flag) : m_flag(flag) { m_flag = true; }
    ~WritingFlag() { m_flag = false; }
    WritingFlag(const WritingFlag&) = delete;
    WritingFlag& operator=(const WritingFlag&) = delete;

private:
    bool& m_flag;
};

bool is_busy(const SQLite::Exception& e) {
    return e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED;
}

void pause_before_retry(const OpenOptions& options, int attempt) {
    // Exponential backoff with jitter, so two tills that collided do not collide again in step.
    thread_local std::minstd_rand rng{std::random_device{}()};
    const int base = options.backoff_ms << (attempt - 1);
    std::uniform_int_distribution<int> jitter(0, base / 2 + 1);
    std::this_thread::sleep_for(std::chrono::milliseconds(base + jitter(rng)));
}

/// BEGIN IMMEDIATE takes the write lock up front, so a transaction never fails half-way because
/// another connection wrote first. The busy timeout already waits inside SQLite; the bounded
/// retry covers the rare expiry under heavy contention (reliability.md B1). Only BEGIN is
/// retried: re-running a body could repeat side effects outside the database.
void begin_immediate(Database::Impl& impl) {
    for (int attempt = 1;; ++attempt) {
        try {
            impl.connection.exec("BEGIN IMMEDIATE");
            return;
        } catch (const SQLite::Exception& e) {
            if (!is_busy(e) || attempt >= impl.options.begin_attempts) throw;
            pause_before_retry(impl.options, attempt);
        }
    }
}

std::string pragma_text(SQLite::Database& c, const char* pragma) { return c.execAndGet(pragma).getString(); }

void configure(Database::Impl& impl) {
    auto& c = impl.connection;
    if (impl.path != ":memory:") {
        const std::string mode = pragma_text(c, "PRAGMA journal_mode = WAL");
        if (mode != "wal")
            throw StorageError(
                core::tr("Impossible de passer la base « {0} » en mode WAL (mode obtenu : {1}).", impl.path, mode));
    }
    c.exec("PRAGMA foreign_keys = ON");
    // FULL: a sale acknowledged to the household survives a power cut (WAL + NORMAL may lose it).
    c.exec("PRAGMA synchronous = FULL");
    // Erased household data must not linger in free pages of the file.
    c.exec("PRAGMA secure_delete = ON");
    // 16 MiB of page cache instead of SQLite's 2 MiB: the till's working set (recent sales of
    // the households, lots and their movements, indexes) then stays in the process instead of
    // being copied again from the kernel at every query (cabas-bench profile, large scale).
    c.exec("PRAGMA cache_size = -16384");
}

[[noreturn]] void refuse_newer(const std::string& path, int found) {
    throw StorageError(
        core::tr("La base « {0} » a été créée par une version plus récente de Cabas (schéma {1}, ce "
                 "programme connaît le schéma {2}). Mettez Cabas à jour avant de l'ouvrir.",
                 path, found, latest_schema_version()));
}

void migrate(Database::Impl& impl) {
    auto& c = impl.connection;
    const int found = c.execAndGet("PRAGMA user_version").getInt();
    if (found > latest_schema_version()) refuse_newer(impl.path, found);
    for (const Migration& m : migrations()) {
        if (m.version <= found) continue;
        begin_immediate(impl);
        RollbackGuard guard(c, "ROLLBACK");
        // Re-read under the write lock: another process may have migrated the file meanwhile.
        const int now = c.execAndGet("PRAGMA user_version").getInt();
        if (now > latest_schema_version()) refuse_newer(impl.path, now);
        if (now < m.version) {
            c.exec(std::string(m.sql));
            c.exec("PRAGMA user_version = " + std::to_string(m.version));
        }
        c.exec("COMMIT");
        guard.dismiss();
    }
}

} // namespace

using detail::FileState;

Database::Database(const std::string& path, const OpenOptions& options) {
    const bool memory = path == ":memory:";
    const bool inspect = options.mode == OpenMode::Inspect;
    FileState state = FileState::Missing;
    if (!memory) {
        state = detail::examine_file(path);
        if (state == FileState::Missing && options.mode != OpenMode::CreateIfMissing)
            throw StorageError(core::tr("Base de données introuvable : « {0} ».", path));
        if (state == FileState::Empty && options.mode != OpenMode::CreateIfMissing)
            detail::refuse_foreign_file(path, core::tr("fichier vide"));
        if (!inspect) refuse_network_filesystem(path);
        if (state == FileState::Missing) create_private_file(path);
        // An empty file we are about to fill is ours now: private like a file we created.
        if (state == FileState::Empty) detail::make_private(path);
    }
    try {
        const int flags = inspect ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE;
        m_impl = std::make_unique<Impl>(path, options, flags);
        if (state == FileState::Filled) detail::refuse_unless_cabas(*m_impl);
        if (inspect) {
            if (const int found = schema_version(); found > latest_schema_version()) refuse_newer(path, found);
            return;
        }
        configure(*m_impl);
        migrate(*m_impl);
        detail::mark_as_cabas(*m_impl);
    } catch (const SQLite::Exception& e) {
        throw sql::to_storage_error(e, core::tr("ouverture de « {0} »", path));
    }
}

Database::~Database() = default;

const std::string& Database::path() const { return m_impl->path; }

bool Database::in_transaction() const { return m_impl->depth > 0; }

int Database::schema_version() { return static_cast<int>(query_int("PRAGMA user_version")); }

std::string Database::journal_mode() { return query_text("PRAGMA journal_mode"); }

void Database::run_write(const std::function<void()>& body) {
    Impl& impl = *m_impl;
    try {
        if (impl.depth > 0) {
            // A write cannot join a read snapshot: upgrading it could fail with SQLITE_BUSY.
            if (!impl.writing) throw InternalError(core::tr("écriture demandée à l'intérieur d'une lecture"));
            // Inner unit of work: a savepoint, so a caught failure inside undoes only its part.
            const std::string name = "cabas_" + std::to_string(impl.depth);
            impl.connection.exec("SAVEPOINT " + name);
            RollbackGuard guard(impl.connection, "ROLLBACK TO " + name + "; RELEASE " + name);
            DepthGuard depth(impl.depth);
            body();
            impl.connection.exec("RELEASE " + name);
            guard.dismiss();
            return;
        }
        begin_immediate(impl);
        RollbackGuard guard(impl.connection, "ROLLBACK");
        DepthGuard depth(impl.depth);
        WritingFlag flag(impl.writing);
        body();
        impl.connection.exec("COMMIT");
        guard.dismiss();
    } catch (const SQLite::Exception& e) {
        throw sql::to_storage_error(e, core::tr("écriture"));
    }
}

void Database::run_read(const std::function<void()>& body) {
    Impl& impl = *m_impl;
    try {
        if (impl.depth > 0) {
            body();
            return;
        }
        // A deferred transaction: one snapshot for all the queries of the body, no write lock.
        impl.connection.exec("BEGIN");
        RollbackGuard guard(impl.connection, "ROLLBACK");
        DepthGuard depth(impl.depth);
        body();
        impl.connection.exec("COMMIT");
        guard.dismiss();
    } catch (const SQLite::Exception& e) {
        throw sql::to_storage_error(e, core::tr("lecture"));
    }
}

void Database::exec(const std::string& text) {
    try {
        m_impl->connection.exec(text);
    } catch (const SQLite::Exception& e) {
        throw sql::to_storage_error(e, core::tr("exécution"));
    }
}

long long Database::query_int(const std::string& text) {
    try {
        SQLite::Statement s(m_impl->connection, text);
        return s.executeStep() ? s.getColumn(0).getInt64() : 0;
    } catch (const SQLite::Exception& e) {
        throw sql::to_storage_error(e, core::tr("requête"));
    }
}

std::string Database::query_text(const std::string& text) {
    try {
        SQLite::Statement s(m_impl->connection, text);
        return s.executeStep() ? s.getColumn(0).getString() : std::string();
    } catch (const SQLite::Exception& e) {
        throw sql::to_storage_error(e, core::tr("requête"));
    }
}

std::vector<std::string> Database::integrity_check(IntegrityLevel level) {
    std::vector<std::string> problems;
    try {
        SQLite::Statement quick(m_impl->connection,
                                level == IntegrityLevel::Full ? "PRAGMA integrity_check" : "PRAGMA quick_check");
        while (quick.executeStep()) {
            std::string line = quick.getColumn(0).getString();
            if (line != "ok") problems.push_back(std::move(line));
        }
        // quick_check does not look at foreign keys; a dangling reference is damage too.
        SQLite::Statement fk(m_impl->connection, "PRAGMA foreign_key_check");
        while (fk.executeStep()) {
            problems.push_back(core::tr("clé étrangère cassée : {0} ligne {1} → {2}", fk.getColumn(0).getString(),
                                        fk.getColumn(1).getString(), fk.getColumn(2).getString()));
        }
    } catch (const SQLite::Exception& e) {
        throw sql::to_storage_error(e, core::tr("contrôle d'intégrité"));
    }
    return problems;
}

void Database::backup_to(const std::string& destination) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::exists(destination, ec) && fs::equivalent(destination, m_impl->path, ec))
        throw StorageError(core::tr("La sauvegarde ne peut pas écraser la base elle-même : « {0} ».", destination));
    if (!fs::exists(destination, ec)) create_private_file(destination);
    try {
        SQLite::Database dest(destination, SQLite::OPEN_READWRITE, m_impl->options.busy_timeout_ms);
        {
            SQLite::Backup backup(dest, m_impl->connection);
            for (int attempt = 1;; ++attempt) {
                const int rc = backup.executeStep(-1);
                if (rc == SQLITE_DONE) break;
                if (attempt >= m_impl->options.begin_attempts * 4)
                    throw StorageError(core::tr("Sauvegarde impossible : la base reste verrouillée."), rc);
                pause_before_retry(m_impl->options, 1);
            }
        }
        // One self-contained file (no -wal beside it): easier to carry on a USB key or restore.
        dest.exec("PRAGMA journal_mode = DELETE");
        if (const std::string check = pragma_text(dest, "PRAGMA quick_check"); check != "ok")
            throw StorageError(core::tr("La copie de sauvegarde « {0} » est illisible : {1}", destination, check));
    } catch (const SQLite::Exception& e) {
        throw sql::to_storage_error(e, core::tr("sauvegarde vers « {0} »", destination));
    }
}

void Database::restore_from(const std::string& source) {
    Impl& impl = *m_impl;
    if (impl.depth > 0) throw InternalError(core::tr("restauration demandée pendant une transaction"));
    Database checked(source, OpenOptions{impl.options.busy_timeout_ms, 1, 1, OpenMode::Inspect});
    try {
        {
            SQLite::Backup backup(impl.connection, sql::conn(checked));
            // One step copies everything under one write lock of the destination: the swap is
            // a single transaction of this database, so it is all or nothing.
            for (int attempt = 1;; ++attempt) {
                const int rc = backup.executeStep(-1);
                if (rc == SQLITE_DONE) break;
                if (attempt >= impl.options.begin_attempts * 4)
                    throw StorageError(core::tr("Restauration impossible : la base reste verrouillée."), rc);
                pause_before_retry(impl.options, 1);
            }
        }
        impl.statements.clear();  // prepared against the old schema
        configure(impl);
        migrate(impl);
        detail::mark_as_cabas(impl);
    } catch (const SQLite::Exception& e) {
        throw sql::to_storage_error(e, core::tr("restauration depuis « {0} »", source));
    }
}

} // namespace cabas::storage
