// Tests of the SQLite Database, tagged [sqlite] since they are about SQLite itself: pragmas and
// migrations at open, refusals (newer schema, damaged file), transactions (rollback, savepoints,
// two connections), append-only tables, integrity check and online backup. Every test uses real
// files in a temporary directory.
#include "temp_dir.hpp"

#include "core/error.hpp"
#include "storage/cabas_file.hpp"
#include "storage/database.hpp"
#include "storage/migrations.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>


using namespace cabas;
using namespace cabas::storage;
using cabas::storage::testing::TempDir;

TEST_CASE("an empty file gets the whole schema, its version and the durable pragmas", "[storage][sqlite]") {
    TempDir dir;
    Database db(dir.file("cabas.db"));
    CHECK(db.schema_version() == latest_schema_version());
    CHECK(db.journal_mode() == "wal");
    CHECK(db.query_int("PRAGMA foreign_keys") == 1);
    CHECK(db.query_int("PRAGMA synchronous") == 2);  // FULL
    CHECK(db.query_int("PRAGMA busy_timeout") == 5000);
    for (const char* table :
         {"baremes", "referrers", "households", "members", "resources", "charges", "commission_decisions",
          "access_periods", "suspensions", "cards", "users", "categories", "products", "barcodes", "receptions", "lots",
          "stock_movements", "till_sessions", "sales", "sale_lines", "payments", "journal", "access_log", "settings"}) {
        INFO(table);
        CHECK(db.query_int(std::string("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = '") +
                           table + "'") == 1);
    }
    CHECK(db.query_int("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index' AND name = 'sales_by_household_code'") ==
          1);
}

TEST_CASE("reopening an existing file keeps its data and does not run the migrations again", "[storage][sqlite]") {
    TempDir dir;
    {
        Database db(dir.file("cabas.db"));
        db.exec("INSERT INTO settings (key, value) VALUES ('nom', 'Épicerie du Port')");
    }
    Database again(dir.file("cabas.db"));  // a re-run migration would fail on CREATE TABLE
    CHECK(again.schema_version() == latest_schema_version());
    CHECK(again.query_text("SELECT value FROM settings WHERE key = 'nom'") == "Épicerie du Port");
}

TEST_CASE("a file written by a newer version of Cabas is refused", "[storage][sqlite]") {
    TempDir dir;
    {
        Database db(dir.file("cabas.db"));
        db.exec("PRAGMA user_version = " + std::to_string(latest_schema_version() + 1));
    }
    try {
        Database newer(dir.file("cabas.db"));
        FAIL("opened a newer schema");
    } catch (const StorageError& e) {
        CHECK_THAT(e.what(), Catch::Contains("version plus récente"));
    }
}

TEST_CASE("a SQLite header on damaged pages is refused with SQLite's code", "[storage][sqlite]") {
    TempDir dir;
    std::ofstream(dir.file("notes.db"), std::ios::binary)
        << std::string("SQLite format 3\0", 16) << std::string(4080, '\xFF');
    try {
        Database db(dir.file("notes.db"));
        FAIL("opened a damaged file");
    } catch (const StorageError& e) {
        CHECK(e.sqlite_code() == SQLITE_NOTADB);
    }
}

TEST_CASE("a write whose body throws leaves nothing behind", "[storage][sqlite]") {
    TempDir dir;
    Database db(dir.file("cabas.db"));
    CHECK_THROWS_AS(db.write([&] {
        db.exec("INSERT INTO settings (key, value) VALUES ('a', '1')");
        throw std::runtime_error("panne au milieu");
    }),
                    std::runtime_error);
    CHECK(db.query_int("SELECT COUNT(*) FROM settings") == 0);
    CHECK_FALSE(db.in_transaction());
    // The connection is usable again afterwards.
    db.write([&] { db.exec("INSERT INTO settings (key, value) VALUES ('b', '2')"); });
    CHECK(db.query_int("SELECT COUNT(*) FROM settings") == 1);
}

TEST_CASE("a failed inner write caught by its caller is undone alone", "[storage][sqlite]") {
    TempDir dir;
    Database db(dir.file("cabas.db"));
    db.write([&] {
        db.exec("INSERT INTO settings (key, value) VALUES ('outer', '1')");
        try {
            db.write([&] {
                db.exec("INSERT INTO settings (key, value) VALUES ('inner', '2')");
                throw std::runtime_error("refusé");
            });
        } catch (const std::runtime_error&) {
        }
    });
    CHECK(db.query_int("SELECT COUNT(*) FROM settings WHERE key = 'outer'") == 1);
    CHECK(db.query_int("SELECT COUNT(*) FROM settings WHERE key = 'inner'") == 0);
}

TEST_CASE("a write cannot be nested in a read", "[storage][sqlite]") {
    TempDir dir;
    Database db(dir.file("cabas.db"));
    CHECK_THROWS_AS(db.read([&] { db.write([] {}); }), InternalError);
}

TEST_CASE("a read returns the value of its body", "[storage][sqlite]") {
    TempDir dir;
    Database db(dir.file("cabas.db"));
    db.write([&] { db.exec("INSERT INTO settings (key, value) VALUES ('k', 'v')"); });
    CHECK(db.read([&] { return db.query_text("SELECT value FROM settings"); }) == "v");
    CHECK(db.write([] { return 42; }) == 42);
}

TEST_CASE("SQLite failures become StorageError keeping the extended result code", "[storage][sqlite]") {
    TempDir dir;
    Database db(dir.file("cabas.db"));
    db.exec("INSERT INTO settings (key, value) VALUES ('k', 'v')");
    try {
        db.write([&] { db.exec("INSERT INTO settings (key, value) VALUES ('k', 'w')"); });
        FAIL("duplicate key accepted");
    } catch (const StorageError& e) {
        CHECK(e.sqlite_code() == SQLITE_CONSTRAINT_PRIMARYKEY);
    }
}

TEST_CASE("two connections in two threads writing at once both succeed", "[storage][sqlite]") {
    TempDir dir;
    const std::string path = dir.file("cabas.db");
    { Database init(path); init.exec("INSERT INTO settings (key, value) VALUES ('compteur', '0')"); }
    constexpr int per_thread = 40;
    auto worker = [&] {
        Database db(path);
        for (int i = 0; i < per_thread; ++i) {
            // Read-modify-write: only correct if the two writers are serialised.
            db.write([&] {
                const long long n = db.query_int("SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'compteur'");
                db.exec("UPDATE settings SET value = '" + std::to_string(n + 1) + "' WHERE key = 'compteur'");
            });
        }
    };
    std::thread a(worker), b(worker);
    a.join();
    b.join();
    Database check(path);
    CHECK(check.query_int("SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'compteur'") == 2 * per_thread);
}

TEST_CASE("two Database objects on one file see each other's committed writes", "[storage][sqlite]") {
    TempDir dir;
    Database first(dir.file("cabas.db"));
    Database second(dir.file("cabas.db"));
    first.write([&] { first.exec("INSERT INTO settings (key, value) VALUES ('caisse', '1')"); });
    second.write([&] { second.exec("INSERT INTO settings (key, value) VALUES ('caisse-2', '2')"); });
    CHECK(first.query_int("SELECT COUNT(*) FROM settings") == 2);
    CHECK(second.query_int("SELECT COUNT(*) FROM settings") == 2);
}

TEST_CASE("a writer blocked by another connection gives up after a bounded retry", "[storage][sqlite]") {
    TempDir dir;
    OpenOptions quick;
    quick.busy_timeout_ms = 20;
    quick.begin_attempts = 3;
    quick.backoff_ms = 5;
    Database holder(dir.file("cabas.db"), quick);
    Database blocked(dir.file("cabas.db"), quick);
    holder.write([&] {
        holder.exec("INSERT INTO settings (key, value) VALUES ('a', '1')");
        try {
            blocked.write([&] { blocked.exec("INSERT INTO settings (key, value) VALUES ('b', '2')"); });
            FAIL("the second writer did not wait for the first");
        } catch (const StorageError& e) {
            CHECK((e.sqlite_code() & 0xff) == SQLITE_BUSY);
        }
    });
    CHECK(blocked.query_int("SELECT COUNT(*) FROM settings") == 1);
}

TEST_CASE("the journal refuses updates, deletions and gaps in its sequence", "[storage][sqlite]") {
    TempDir dir;
    Database db(dir.file("cabas.db"));
    db.exec("INSERT INTO journal VALUES (1, 'sale', '2026-11-23T10:00:00Z', '{}', '', 'h1')");
    CHECK_THROWS_WITH(db.exec("UPDATE journal SET payload = '{\"x\":1}'"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("DELETE FROM journal"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("INSERT INTO journal VALUES (3, 'sale', '2026-11-23T10:01:00Z', '{}', 'h1', 'h3')"),
                      Catch::Contains("gap"));
    CHECK(db.query_int("SELECT COUNT(*) FROM journal") == 1);
    CHECK(db.query_text("SELECT payload FROM journal") == "{}");
}

TEST_CASE("the access log refuses updates and deletions", "[storage][sqlite]") {
    TempDir dir;
    Database db(dir.file("cabas.db"));
    db.exec("INSERT INTO access_log (user_login, action, household_id) VALUES ('marie', 'open_file', 1)");
    CHECK_THROWS_WITH(db.exec("UPDATE access_log SET user_login = 'personne'"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("DELETE FROM access_log"), Catch::Contains("append-only"));
    CHECK(db.query_text("SELECT user_login FROM access_log") == "marie");
}

TEST_CASE("a fresh database passes the integrity check", "[storage][sqlite]") {
    TempDir dir;
    Database db(dir.file("cabas.db"));
    CHECK(db.integrity_check().empty());
}

TEST_CASE("a broken foreign key is reported by the integrity check", "[storage][sqlite]") {
    TempDir dir;
    Database db(dir.file("cabas.db"));
    db.exec("PRAGMA foreign_keys = OFF");
    db.exec("INSERT INTO members (household_id, position, first_name, birth_date, sex, relationship) "
            "VALUES (99, 1, 'Lina', '2010-01-01', 'f', 'enfant')");
    db.exec("PRAGMA foreign_keys = ON");
    auto problems = db.integrity_check();
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems.front(), Catch::Contains("members"));
}

TEST_CASE("a backup is a readable, self-contained copy of the live database", "[storage][sqlite]") {
    TempDir dir;
    Database db(dir.file("cabas.db"));
    db.write([&] { db.exec("INSERT INTO settings (key, value) VALUES ('nom', 'Épicerie du Port')"); });
    db.backup_to(dir.file("copie.db"));
    {
        Database raw_check(dir.file("copie.db"));
        CHECK(raw_check.query_text("SELECT value FROM settings WHERE key = 'nom'") == "Épicerie du Port");
        CHECK(raw_check.schema_version() == latest_schema_version());
        CHECK(raw_check.integrity_check().empty());
    }
    CHECK_THROWS_AS(db.backup_to(dir.file("cabas.db")), StorageError);
}

TEST_CASE("a backup is left in rollback-journal mode so it is a single file", "[storage][sqlite]") {
    TempDir dir;
    Database db(dir.file("cabas.db"));
    db.backup_to(dir.file("copie.db"));
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open_v2(dir.file("copie.db").c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(raw, "PRAGMA journal_mode", -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))) == "delete");
    sqlite3_finalize(stmt);
    sqlite3_close(raw);
}

TEST_CASE("tables are strict: a word in an amount column is refused", "[storage][sqlite]") {
    TempDir dir;
    Database db(dir.file("cabas.db"));
    try {
        db.exec("INSERT INTO products (name, unit, retail_value_cents) VALUES ('Lait', 'piece', 'un euro')");
        FAIL("text stored in an INTEGER column");
    } catch (const StorageError& e) {
        CHECK((e.sqlite_code() & 0xff) == SQLITE_CONSTRAINT);
    }
}

TEST_CASE("an in-memory database gets the schema without WAL", "[storage][sqlite]") {
    Database db(":memory:");
    CHECK(db.schema_version() == latest_schema_version());
    CHECK(db.journal_mode() == "memory");
}

TEST_CASE("opening a database again in the same process keeps the first connection's locks", "[storage][sqlite]") {
    // Closing any descriptor of a file drops all of a process's POSIX locks on it. A header check
    // through an ifstream did that: another process then took the WAL for unused, reset it under
    // the first connection and a later write overwrote page 1 (seen on the large benchmark).
    TempDir dir;
    const std::string path = dir.file("cabas.db");
    Database first(path);
    first.exec("INSERT INTO settings (key, value) VALUES ('avant', '1')");
    REQUIRE(std::filesystem::exists(path + "-wal"));
    REQUIRE(detail::examine_file(path) == detail::FileState::Filled);  // what every open checks first
    // Another process (a fresh one: a forked child would inherit SQLite's memory of our locks)
    // opens and closes it; if it believes it is the last, it checkpoints and removes the WAL.
    REQUIRE(std::system(("sqlite3 '" + path + "' 'SELECT COUNT(*) FROM settings' > /dev/null").c_str()) == 0);
    CHECK(std::filesystem::exists(path + "-wal"));  // still ours: our locks were kept
    first.exec("INSERT INTO settings (key, value) VALUES ('apres', '2')");
    CHECK(first.integrity_check(IntegrityLevel::Full).empty());
}
