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

TEST_CASE("files from before the referral get their creation day and their referrer as referral", "[storage][migration][sqlite]") {
    TempDir dir;
    make_file_at(dir.file("v11.db"), 11);
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(dir.file("v11.db").c_str(), &raw) == SQLITE_OK);
        exec(raw, "INSERT INTO referrers (id, organisation, social_worker, kind) VALUES (1, 'CCAS de Montreuil', "
                  "'Mme Durand', 'ccas'), (2, 'EDS Est', '', 'departement')");
        exec(raw, "INSERT INTO households (file_number, sales_code, type, housing, main_resource, fse_nationality, "
                  "referrer_id, created_at) VALUES "
                  "('D-1', 'c1', 'seul', 'autre', 'autre', 'inconnue', 1, '2025-04-07T09:12:00Z'), "
                  "('D-2', 'c2', 'seul', 'autre', 'autre', 'inconnue', 2, '2025-12-31T23:59:59Z'), "
                  "('D-3', 'c3', 'seul', 'autre', 'autre', 'inconnue', NULL, '2026-02-01T08:00:00Z')");
        sqlite3_close(raw);
    }
    Database db(dir.file("v11.db"));
    REQUIRE(db.schema_version() == latest_schema_version());
    CHECK(db.query_text("SELECT referral_on FROM households WHERE file_number = 'D-1'") == "2025-04-07");
    CHECK(db.query_text("SELECT referral_on FROM households WHERE file_number = 'D-2'") == "2025-12-31");
    CHECK(db.query_text("SELECT referral_on FROM households WHERE file_number = 'D-3'") == "2026-02-01");
    CHECK(db.query_text("SELECT referred_by FROM households WHERE file_number = 'D-1'") == "CCAS de Montreuil — Mme Durand");
    CHECK(db.query_text("SELECT referred_by FROM households WHERE file_number = 'D-2'") == "EDS Est");
    CHECK(db.query_text("SELECT referred_by FROM households WHERE file_number = 'D-3'") == "non renseigné");
    CHECK(db.query_text("SELECT COUNT(*) FROM households WHERE referral_reason <> ''") == "0");
}
