// Migrations from every earlier schema version: a file left at version N by an older Cabas is
// opened by this one, which applies the missing migrations and keeps what the file held.
#include "temp_dir.hpp"

#include "storage/database.hpp"
#include "storage/migrations.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <stdexcept>
#include <string>

using namespace cabas::storage;
using cabas::storage::testing::TempDir;

namespace {

void exec(sqlite3* db, const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "?";
        sqlite3_free(error);
        throw std::runtime_error(message);
    }
}

/// A file at schema `version`, made by applying the migrations up to it, as that release did.
void make_file_at(const std::string& path, int version) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    for (const Migration& m : migrations())
        if (m.version <= version) exec(db, std::string(m.sql));
    exec(db, "PRAGMA user_version = " + std::to_string(version));
    sqlite3_close(db);
}

} // namespace

TEST_CASE("a file from every earlier schema version opens at the latest version", "[storage][migration][sqlite]") {
    for (const Migration& m : migrations()) {
        if (m.version == latest_schema_version()) continue;
        INFO("from version " << m.version);
        TempDir dir;
        make_file_at(dir.file("old.db"), m.version);
        Database db(dir.file("old.db"));
        CHECK(db.schema_version() == latest_schema_version());
        CHECK(db.integrity_check().empty());
    }
}

TEST_CASE("settings written under the old key names keep their values under the new ones", "[storage][migration][sqlite]") {
    TempDir dir;
    make_file_at(dir.file("v7.db"), 7);
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(dir.file("v7.db").c_str(), &raw) == SQLITE_OK);
        exec(raw, "INSERT INTO settings (key, value) VALUES ('shop_name', 'Épicerie du Port'), "
                  "('shop_address', '3 quai Est'), ('report_threshold', '15'), ('report_internal', '0'), "
                  "('stock.alerte_peremption_jours', '4'), ('ui.verrouillage_minutes', '20'), "
                  "('printer.mode', 'pdf'), ('report.internal', '1')");
        sqlite3_close(raw);
    }
    Database db(dir.file("v7.db"));
    CHECK(db.query_text("SELECT value FROM settings WHERE key = 'shop.name'") == "Épicerie du Port");
    CHECK(db.query_text("SELECT value FROM settings WHERE key = 'shop.address'") == "3 quai Est");
    CHECK(db.query_text("SELECT value FROM settings WHERE key = 'report.threshold'") == "15");
    CHECK(db.query_text("SELECT value FROM settings WHERE key = 'stock.expiry_alert_days'") == "4");
    CHECK(db.query_text("SELECT value FROM settings WHERE key = 'ui.lock_minutes'") == "20");
    CHECK(db.query_text("SELECT value FROM settings WHERE key = 'printer.mode'") == "pdf");
    // A key already present under its new name is kept; the old one goes.
    CHECK(db.query_text("SELECT value FROM settings WHERE key = 'report.internal'") == "1");
    CHECK(db.query_text("SELECT COUNT(*) FROM settings WHERE key IN ('shop_name', 'shop_address', "
                        "'report_threshold', 'report_internal', 'stock.alerte_peremption_jours', "
                        "'ui.verrouillage_minutes')") == "0");
}
