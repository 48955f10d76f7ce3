// One SQLite database file, opened the way Cabas needs it (local disk only, WAL, foreign keys,
// busy timeout, synchronous=FULL, schema migrated) and the transactions every write goes through.
#pragma once

#include "storage/run_returning.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace cabas::storage {

/// What opening a path may do to it. Whatever the mode, an existing file that is not a Cabas
/// database (random bytes, another program's SQLite file) is refused: a schema is never
/// written into someone else's file.
enum class OpenMode {
    /// `cabas-cli init` and the till's first run: a missing or empty file becomes a new Cabas
    /// database, created 0600.
    CreateIfMissing,
    /// Every other command: the file must already be a Cabas database (an older schema is
    /// migrated as usual).
    ExistingOnly,
    /// Checking a copy (a backup, a file to restore): read-only, nothing migrated, no WAL
    /// switch, no network-share refusal (a copy may sit on a share); a newer schema is refused.
    Inspect,
};

/// How a Database is opened. The defaults are the production settings; tests lower the timeouts
/// to prove that a blocked writer gives up after a bounded time.
struct OpenOptions {
    int busy_timeout_ms = 5000;   ///< SQLite waits this long for a lock before SQLITE_BUSY
    int begin_attempts = 5;       ///< BEGIN IMMEDIATE tries before giving up (with backoff)
    int backoff_ms = 50;          ///< first pause between tries; doubles each time
    OpenMode mode = OpenMode::CreateIfMissing;
};

/// How thorough integrity_check() is: quick_check is O(N) and skips index content; the full
/// integrity_check also compares every index with its table (for backups and restores).
enum class IntegrityLevel { Quick, Full };

/// An open SQLite file with the Cabas schema at the latest version.
///
/// Opening refuses a file on a network share and a file whose schema is newer than this program;
/// it applies the missing migrations, each in its own transaction. Every error comes out as
/// cabas::StorageError carrying SQLite's extended result code; no SQLiteCpp type appears here.
///
/// Thread use: one Database is one SQLite connection, used by one thread at a time. Two tills or
/// two threads each open their own Database on the same file; WAL + BEGIN IMMEDIATE + the busy
/// timeout make their writes wait for each other instead of failing.
class Database {
public:
    /// Opens the file at `path` as `options.mode` allows (see OpenMode); a refused file throws
    /// StorageError saying why ("fichier vide", "pas une base SQLite", "base d'une autre
    /// application"). The parent directory must exist. ":memory:" gives a private in-memory
    /// database (no WAL), for quick experiments only.
    explicit Database(const std::string& path, const OpenOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const std::string& path() const;
    /// Schema version stored in the file (PRAGMA user_version).
    int schema_version();
    /// "wal" for a file database.
    std::string journal_mode();

    /// Runs `f` as one write transaction (BEGIN IMMEDIATE ... COMMIT) and returns its result.
    /// Any exception rolls everything back and propagates (SQLite errors as StorageError).
    /// Nested calls (a repository method inside a service's transaction) become savepoints of the
    /// outer transaction: the outer one decides whether anything is committed.
    template <class F>
    auto write(F&& f) {
        return detail::run_returning(std::forward<F>(f), [this](const std::function<void()>& body) { run_write(body); });
    }

    /// Runs `f` inside a read transaction, so several queries see one consistent snapshot.
    template <class F>
    auto read(F&& f) {
        return detail::run_returning(std::forward<F>(f), [this](const std::function<void()>& body) { run_read(body); });
    }

    /// True while a write() or read() body runs on this connection.
    bool in_transaction() const;

    /// Executes SQL text (one or more statements) outside the repositories: maintenance, tests.
    void exec(const std::string& sql);
    /// First column of the first row of `sql`, as integer / text (0 or "" when there is no row).
    long long query_int(const std::string& sql);
    std::string query_text(const std::string& sql);

    /// PRAGMA quick_check (or integrity_check) and foreign_key_check. Returns the problems
    /// found; empty means sound.
    std::vector<std::string> integrity_check(IntegrityLevel level = IntegrityLevel::Quick);

    /// Copies the live database to `destination` with SQLite's online backup API (safe while
    /// other connections write). The copy is left in rollback-journal mode so that it is one
    /// self-contained file. An existing destination is overwritten: callers create it first
    /// with create_private_file() so that it is 0600.
    void backup_to(const std::string& destination);

    /// Replaces the whole content of this database with the Cabas database at `source`, in
    /// one write transaction through the online backup API: other connections see the old
    /// content or the new, never a mix, and an interruption leaves the old content. Then
    /// migrates the restored schema if it is older. The file keeps its mode and WAL.
    void restore_from(const std::string& source);

    /// Storage-internal state (the SQLiteCpp connection). Defined in sqlite_support.hpp, which
    /// only src/storage includes; the type stays opaque everywhere else.
    struct Impl;
    Impl& impl() { return *m_impl; }

private:
    void run_write(const std::function<void()>& body);
    void run_read(const std::function<void()>& body);

    std::unique_ptr<Impl> m_impl;
};

} // namespace cabas::storage
