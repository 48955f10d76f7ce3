// What opening a path may do: create only when allowed, never write a schema into a file
// that is not a Cabas database, and check copies without changing them.
#include "temp_dir.hpp"

#include "core/error.hpp"
#include "storage/database.hpp"
#include "storage/migrations.hpp"
#include "support/files.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <functional>

using namespace cabas;
using namespace cabas::storage;
using cabas::storage::testing::TempDir;
using cabas::testing::file_bytes;

namespace {

void write_bytes(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

/// Another program's SQLite file: a table of its own, nothing of Cabas.
void make_foreign_sqlite(const std::string& path, int application_id) {
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &raw) == SQLITE_OK);
    const std::string sql = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) "
                            "VALUES ('courses'); PRAGMA application_id = " + std::to_string(application_id) + ";";
    REQUIRE(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
}

OpenOptions mode(OpenMode m) {
    OpenOptions o;
    o.mode = m;
    return o;
}

struct Foreign {
    const char* name;
    std::function<void(const std::string&)> make;
    const char* reason;
};

} // namespace

TEST_CASE("a file that is not a Cabas database is refused in every mode and left untouched", "[storage][open][sqlite]") {
    const auto c = GENERATE(values<Foreign>({
        {"random bytes", [](const std::string& p) { write_bytes(p, std::string(4096, '\x5A')); }, "pas une base SQLite"},
        {"text", [](const std::string& p) { write_bytes(p, "nom;prenom\nDupont;Jean\n"); }, "pas une base SQLite"},
        {"other SQLite", [](const std::string& p) { make_foreign_sqlite(p, 0); }, "sans les tables de Cabas"},
        {"other application", [](const std::string& p) { make_foreign_sqlite(p, 0x4D4F5A41); },
         "d'une autre application (identifiant 0x4D4F5A41)"},
    }));
    const auto open_mode = GENERATE(OpenMode::CreateIfMissing, OpenMode::ExistingOnly, OpenMode::Inspect);
    CAPTURE(c.name, static_cast<int>(open_mode));
    TempDir dir;
    const std::string path = dir.file("cabas.db");
    c.make(path);
    const std::string before = file_bytes(path);
    try {
        Database db(path, mode(open_mode));
        FAIL("opened");
    } catch (const StorageError& e) {
        CHECK_THAT(e.what(), Catch::Contains("n'est pas une base de données Cabas") && Catch::Contains(c.reason));
    }
    CHECK(file_bytes(path) == before);
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST_CASE("an empty file becomes a database only when creating is allowed", "[storage][open][sqlite]") {
    TempDir dir;
    const std::string path = dir.file("cabas.db");
    write_bytes(path, "");
    for (OpenMode m : {OpenMode::ExistingOnly, OpenMode::Inspect}) {
        CHECK_THROWS_WITH(Database(path, mode(m)), Catch::Contains("fichier vide"));
        CHECK(std::filesystem::file_size(path) == 0);
    }
    Database created(path, mode(OpenMode::CreateIfMissing));
    CHECK(created.schema_version() == latest_schema_version());
}

TEST_CASE("a missing file is created only when creating is allowed", "[storage][open][sqlite]") {
    TempDir dir;
    const std::string path = dir.file("cabas.db");
    CHECK_THROWS_WITH(Database(path, mode(OpenMode::ExistingOnly)), Catch::Contains("introuvable"));
    CHECK_THROWS_WITH(Database(path, mode(OpenMode::Inspect)), Catch::Contains("introuvable"));
    CHECK_FALSE(std::filesystem::exists(path));
    { Database created(path, mode(OpenMode::CreateIfMissing)); }
    Database existing(path, mode(OpenMode::ExistingOnly));
    CHECK(existing.query_int("PRAGMA application_id") == 0x43414241);  // "CABA"
}

TEST_CASE("a Cabas file from before the application id is recognised by its tables and marked", "[storage][open][sqlite]") {
    TempDir dir;
    const std::string path = dir.file("cabas.db");
    {
        Database db(path);
        db.exec("PRAGMA application_id = 0");
    }
    Database reopened(path, mode(OpenMode::ExistingOnly));
    CHECK(reopened.query_int("PRAGMA application_id") == 0x43414241);
}

TEST_CASE("inspecting a copy changes nothing in it and refuses a newer schema", "[storage][open][sqlite]") {
    TempDir dir;
    const std::string path = dir.file("cabas.db");
    {
        Database db(path);
        db.backup_to(dir.file("copie.db"));
    }
    const std::string before = file_bytes(dir.file("copie.db"));
    {
        Database copy(dir.file("copie.db"), mode(OpenMode::Inspect));
        CHECK(copy.integrity_check(IntegrityLevel::Full).empty());
        CHECK(copy.journal_mode() == "delete");  // not switched to WAL
        CHECK_THROWS_AS(copy.exec("INSERT INTO settings (key, value) VALUES ('a', 'b')"), StorageError);
    }
    CHECK(file_bytes(dir.file("copie.db")) == before);
    {
        Database db(path);
        db.exec("PRAGMA user_version = " + std::to_string(latest_schema_version() + 1));
    }
    CHECK_THROWS_WITH(Database(path, mode(OpenMode::Inspect)), Catch::Contains("version plus récente"));
}

TEST_CASE("restoring replaces the whole content in one step and keeps WAL", "[storage][open][sqlite]") {
    TempDir dir;
    Database live(dir.file("cabas.db"));
    live.exec("INSERT INTO settings (key, value) VALUES ('nom', 'avant')");
    live.backup_to(dir.file("sauvegarde.db"));
    live.exec("UPDATE settings SET value = 'après' WHERE key = 'nom'");
    live.exec("INSERT INTO settings (key, value) VALUES ('ajout', 'x')");
    live.restore_from(dir.file("sauvegarde.db"));
    CHECK(live.query_text("SELECT value FROM settings WHERE key = 'nom'") == "avant");
    CHECK(live.query_int("SELECT COUNT(*) FROM settings WHERE key = 'ajout'") == 0);
    CHECK(live.journal_mode() == "wal");
    Database other(dir.file("cabas.db"), mode(OpenMode::ExistingOnly));  // another connection sees it too
    CHECK(other.query_text("SELECT value FROM settings WHERE key = 'nom'") == "avant");
}

TEST_CASE("restoring from a file that is not a Cabas database changes nothing", "[storage][open][sqlite]") {
    TempDir dir;
    Database live(dir.file("cabas.db"));
    live.exec("INSERT INTO settings (key, value) VALUES ('nom', 'garde')");
    write_bytes(dir.file("faux.db"), std::string(8192, 'q'));
    CHECK_THROWS_AS(live.restore_from(dir.file("faux.db")), StorageError);
    CHECK(live.query_text("SELECT value FROM settings WHERE key = 'nom'") == "garde");
}
