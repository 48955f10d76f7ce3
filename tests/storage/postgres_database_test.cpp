// Tests of the PostgreSQL PgDatabase itself (tagged [postgres]: they run in the "pg:" registration
// only, against the throwaway server): the schema at open and from every earlier version, refusals,
// transactions and the write lock, append-only tables, integrity check, connection loss.
#include "support/test_database.hpp"

#include "core/error.hpp"
#include "storage/migrations.hpp"
#include "storage/postgres_database.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <thread>

using namespace cabas;
using namespace cabas::storage;
using cabas::test_support::FreshDatabase;

TEST_CASE("an empty schema gets every table, its version and the journal's guards", "[storage][postgres]") {
    FreshDatabase fresh;
    PgDatabase db(fresh.location());
    CHECK(db.schema_version() == latest_schema_version());
    CHECK(db.schema_name() == fresh.schema());
    for (const char* table : {"baremes", "households", "members", "cards", "products", "lots", "stock_movements",
                              "till_sessions", "sales", "sale_lines", "payments", "journal", "access_log", "settings",
                              "inventory_counts", "receipt_reprints", "journal_signatures", "login_failures",
                              "journal_archives"}) {
        INFO(table);
        CHECK(db.query_int("SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = '" +
                           std::string(table) + "'") == 1);
    }
    // pg_trigger spans every schema and tests run side by side: count only this schema's guards.
    CHECK(db.query_int("SELECT COUNT(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = current_schema() AND t.tgname LIKE 'journal_%'") == 7);
    CHECK(db.integrity_check().empty());
}

TEST_CASE("reopening keeps the data and runs no migration again", "[storage][postgres]") {
    FreshDatabase fresh;
    { PgDatabase(fresh.location()).exec("INSERT INTO settings (key, value) VALUES ('nom', 'Épicerie du Port')"); }
    PgDatabase again(fresh.location());
    CHECK(again.schema_version() == latest_schema_version());
    CHECK(again.query_text("SELECT value FROM settings WHERE key = 'nom'") == "Épicerie du Port");
}

TEST_CASE("a schema from every earlier version is migrated to the latest, keeping its data", "[storage][postgres][migration]") {
    for (const Migration& m : migrations()) {
        if (m.version == latest_schema_version()) continue;
        INFO("from version " << m.version);
        FreshDatabase fresh;
        PgOptions old;
        old.migrate_to = m.version;
        {
            PgDatabase db(fresh.location(), old);
            REQUIRE(db.schema_version() == m.version);
            // Migration 8 renamed the key: a schema from before it holds the old name.
            db.exec(std::string("INSERT INTO settings (key, value) VALUES ('") + (m.version < 8 ? "shop_name" : "shop.name") +
                    "', 'Épicerie du Port')");
            db.exec("INSERT INTO products (name, unit, retail_value_cents) VALUES ('Riz', 'piece', 200)");
            db.exec("INSERT INTO receptions (origin, received_on) VALUES ('achat', '2026-11-02')");
            db.exec("INSERT INTO lots (product_id, reception_id, origin, initial_quantity) VALUES (1, 1, 'achat', 3)");
            db.exec("INSERT INTO stock_movements (lot_id, kind, quantity) VALUES (1, 'reception', 3), (1, 'loss', -3)");
        }
        PgDatabase db(fresh.location());
        CHECK(db.schema_version() == latest_schema_version());
        CHECK(db.integrity_check().empty());
        CHECK(db.query_int("SELECT COUNT(*) FROM products") == 1);
        CHECK(db.query_text("SELECT value FROM settings WHERE key = 'shop.name'") == "Épicerie du Port");
        CHECK(db.query_int("SELECT empty FROM lots WHERE id = 1") == 1);  // computed by migration 5
    }
}

TEST_CASE("settings under the old key names keep their values under the new ones on PostgreSQL",
          "[storage][postgres][migration]") {
    FreshDatabase fresh;
    PgOptions v7;
    v7.migrate_to = 7;
    {
        PgDatabase db(fresh.location(), v7);
        db.exec("INSERT INTO settings (key, value) VALUES ('shop_name', 'Épicerie du Port'), ('report_internal', '0'), "
                "('ui.verrouillage_minutes', '20'), ('printer.mode', 'pdf'), ('report.internal', '1')");
    }
    PgDatabase db(fresh.location());
    CHECK(db.query_text("SELECT value FROM settings WHERE key = 'shop.name'") == "Épicerie du Port");
    CHECK(db.query_text("SELECT value FROM settings WHERE key = 'ui.lock_minutes'") == "20");
    CHECK(db.query_text("SELECT value FROM settings WHERE key = 'printer.mode'") == "pdf");
    CHECK(db.query_text("SELECT value FROM settings WHERE key = 'report.internal'") == "1");
    CHECK(db.query_int("SELECT COUNT(*) FROM settings") == 4);
}

TEST_CASE("files from before the referral get their creation day and their referrer on PostgreSQL",
          "[storage][postgres][migration]") {
    FreshDatabase fresh;
    PgOptions v11;
    v11.migrate_to = 11;
    {
        PgDatabase db(fresh.location(), v11);
        db.exec("INSERT INTO referrers (id, organisation, social_worker, kind) VALUES (1, 'CCAS de Montreuil', "
                "'Mme Durand', 'ccas'), (2, 'EDS Est', '', 'departement')");
        db.exec("INSERT INTO households (file_number, sales_code, type, housing, main_resource, fse_nationality, "
                "referrer_id, created_at) VALUES "
                "('D-1', 'c1', 'seul', 'autre', 'autre', 'inconnue', 1, '2025-04-07T09:12:00Z'), "
                "('D-2', 'c2', 'seul', 'autre', 'autre', 'inconnue', 2, '2025-12-31T23:59:59Z'), "
                "('D-3', 'c3', 'seul', 'autre', 'autre', 'inconnue', NULL, '2026-02-01T08:00:00Z')");
    }
    PgDatabase db(fresh.location());
    REQUIRE(db.schema_version() == latest_schema_version());
    CHECK(db.query_text("SELECT referral_on::text FROM households WHERE file_number = 'D-1'") == "2025-04-07");
    CHECK(db.query_text("SELECT referral_on::text FROM households WHERE file_number = 'D-2'") == "2025-12-31");
    CHECK(db.query_text("SELECT referral_on::text FROM households WHERE file_number = 'D-3'") == "2026-02-01");
    CHECK(db.query_text("SELECT referred_by FROM households WHERE file_number = 'D-1'") == "CCAS de Montreuil — Mme Durand");
    CHECK(db.query_text("SELECT referred_by FROM households WHERE file_number = 'D-2'") == "EDS Est");
    CHECK(db.query_text("SELECT referred_by FROM households WHERE file_number = 'D-3'") == "non renseigné");
    CHECK(db.query_int("SELECT COUNT(*) FROM households WHERE referral_reason <> ''") == 0);
    CHECK(db.integrity_check().empty());
}

TEST_CASE("four tills opening a new database at once migrate it once", "[storage][postgres][migration]") {
    FreshDatabase fresh;
    std::atomic<int> opened{0};
    std::vector<std::thread> tills;
    for (int i = 0; i < 4; ++i)
        tills.emplace_back([&] {
            PgDatabase db(fresh.location());
            if (db.schema_version() == latest_schema_version()) ++opened;
        });
    for (auto& t : tills) t.join();
    CHECK(opened == 4);
}

TEST_CASE("a schema written by a newer Cabas is refused", "[storage][postgres]") {
    FreshDatabase fresh;
    { PgDatabase(fresh.location()).exec("UPDATE schema_version SET version = version + 1"); }
    CHECK_THROWS_WITH(PgDatabase(fresh.location()), Catch::Contains("version plus récente"));
}

TEST_CASE("a write whose body throws leaves nothing behind on PostgreSQL", "[storage][postgres]") {
    FreshDatabase fresh;
    PgDatabase db(fresh.location());
    CHECK_THROWS_AS(db.write([&] {
        db.exec("INSERT INTO settings (key, value) VALUES ('a', '1')");
        throw std::runtime_error("panne au milieu");
    }),
                    std::runtime_error);
    CHECK(db.query_int("SELECT COUNT(*) FROM settings") == 0);
    CHECK_FALSE(db.in_transaction());
    db.write([&] { db.exec("INSERT INTO settings (key, value) VALUES ('b', '2')"); });
    CHECK(db.query_int("SELECT COUNT(*) FROM settings") == 1);
}

TEST_CASE("a failed inner write caught by its caller is undone alone on PostgreSQL", "[storage][postgres]") {
    FreshDatabase fresh;
    PgDatabase db(fresh.location());
    db.write([&] {
        db.exec("INSERT INTO settings (key, value) VALUES ('outer', '1')");
        try {
            db.write([&] {
                db.exec("INSERT INTO settings (key, value) VALUES ('inner', '2')");
                db.exec("INSERT INTO settings (key, value) VALUES ('inner', '3')");  // duplicate key
            });
        } catch (const StorageError&) {
        }
    });
    CHECK(db.query_int("SELECT COUNT(*) FROM settings WHERE key = 'outer'") == 1);
    CHECK(db.query_int("SELECT COUNT(*) FROM settings WHERE key = 'inner'") == 0);
    CHECK_THROWS_AS(db.read([&] { db.write([] {}); }), InternalError);
    CHECK(db.write([] { return 42; }) == 42);
}

TEST_CASE("PostgreSQL failures become StorageError keeping the SQLSTATE", "[storage][postgres]") {
    FreshDatabase fresh;
    PgDatabase db(fresh.location());
    db.exec("INSERT INTO settings (key, value) VALUES ('k', 'v')");
    try {
        db.exec("INSERT INTO settings (key, value) VALUES ('k', 'w')");
        FAIL("duplicate key accepted");
    } catch (const StorageError& e) {
        CHECK(e.sqlstate() == "23505");
        CHECK_FALSE(dynamic_cast<const StorageUnavailable*>(&e));
    }
    // Timestamps are canonical UTC text, so text order is time order.
    CHECK_THROWS_AS(db.exec("INSERT INTO access_log (at, user_login, action) VALUES ('23/11/2026', 'marie', 'x')"),
                    StorageError);
}

TEST_CASE("two connections writing at once are serialised by the write lock", "[storage][postgres]") {
    FreshDatabase fresh;
    { PgDatabase(fresh.location()).exec("INSERT INTO settings (key, value) VALUES ('compteur', '0')"); }
    constexpr int per_thread = 40;
    auto worker = [&] {
        PgDatabase db(fresh.location());
        for (int i = 0; i < per_thread; ++i)
            db.write([&] {
                // Read-modify-write: only correct if the two writers follow each other.
                const long long n = db.query_int("SELECT value::int FROM settings WHERE key = 'compteur'");
                db.exec("UPDATE settings SET value = '" + std::to_string(n + 1) + "' WHERE key = 'compteur'");
            });
    };
    std::thread a(worker), b(worker);
    a.join();
    b.join();
    CHECK(PgDatabase(fresh.location()).query_int("SELECT value::int FROM settings WHERE key = 'compteur'") ==
          2 * per_thread);
}

TEST_CASE("a writer waiting for another till gives up after the lock timeout", "[storage][postgres]") {
    FreshDatabase fresh;
    PgOptions quick;
    quick.lock_timeout_ms = 200;
    PgDatabase holder(fresh.location(), quick);
    PgDatabase blocked(fresh.location(), quick);
    holder.write([&] {
        holder.exec("INSERT INTO settings (key, value) VALUES ('a', '1')");
        try {
            blocked.write([&] { blocked.exec("INSERT INTO settings (key, value) VALUES ('b', '2')"); });
            FAIL("the second writer did not wait for the first");
        } catch (const StorageError& e) {
            CHECK(e.sqlstate() == "55P03");
            CHECK_THAT(e.what(), Catch::Contains("occupée"));
        }
        // Readers are never blocked by a writer.
        CHECK(blocked.query_int("SELECT COUNT(*) FROM settings") == 0);
    });
    CHECK(blocked.query_int("SELECT COUNT(*) FROM settings") == 1);
}

TEST_CASE("the journal refuses updates, deletions, truncation and gaps on PostgreSQL", "[storage][postgres]") {
    FreshDatabase fresh;
    PgDatabase db(fresh.location());
    db.exec("INSERT INTO journal VALUES (1, 'sale', '2026-11-23T10:00:00Z', '{}', '', 'h1')");
    CHECK_THROWS_WITH(db.exec("UPDATE journal SET payload = '{\"x\":1}'"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("DELETE FROM journal"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("TRUNCATE journal"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("INSERT INTO journal VALUES (3, 'sale', '2026-11-23T10:01:00Z', '{}', 'h1', 'h3')"),
                      Catch::Contains("gap"));
    CHECK_THROWS_AS(db.exec("INSERT INTO journal VALUES (1, 'sale', '2026-11-23T10:01:00Z', '{}', 'h1', 'h2')"),
                    StorageError);
    CHECK(db.query_int("SELECT COUNT(*) FROM journal") == 1);
    db.exec("INSERT INTO access_log (user_login, action, household_id) VALUES ('marie', 'open_file', 1)");
    CHECK_THROWS_WITH(db.exec("UPDATE access_log SET user_login = 'personne'"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("DELETE FROM access_log"), Catch::Contains("append-only"));
    CHECK(db.query_text("SELECT user_login FROM access_log") == "marie");
}

TEST_CASE("the integrity check reports a disabled guard and a row a disabled foreign key let in", "[storage][postgres]") {
    FreshDatabase fresh;
    PgDatabase db(fresh.location());
    db.exec("ALTER TABLE journal DISABLE TRIGGER journal_no_update");
    // session_replication_role = replica skips the foreign-key triggers (superuser only).
    db.write([&] {
        db.exec("SET LOCAL session_replication_role = replica");
        db.exec("INSERT INTO members (household_id, position, first_name, birth_date, sex, relationship) "
                "VALUES (99, 1, 'Lina', '2010-01-01', 'f', 'enfant')");
    });
    const auto problems = db.integrity_check();
    REQUIRE(problems.size() == 2);
    CHECK_THAT(problems[0], Catch::Contains("journal_no_update"));
    CHECK_THAT(problems[1], Catch::Contains("members"));
}

TEST_CASE("a URI with a password is refused before anything is tried", "[storage][postgres]") {
    CHECK_THROWS_WITH(PgDatabase("postgresql://cabas:secret@localhost/cabas"), Catch::Contains("~/.pgpass"));
    CHECK_THROWS_AS(PgDatabase("postgres://cabas@localhost/cabas?sslmode=require&password=secret"), ValidationError);
}

TEST_CASE("a server that cannot be reached is StorageUnavailable", "[storage][postgres]") {
    try {
        PgDatabase db("postgresql://cabas@%2Fnonexistent-cabas-socket/cabas");
        FAIL("opened a database on no server");
    } catch (const StorageUnavailable& e) {
        CHECK_FALSE(e.outcome_unknown());
        CHECK_THAT(e.what(), Catch::Contains("injoignable"));
    }
}

TEST_CASE("a connection lost in the middle of a write applies nothing, and the next call reconnects",
          "[storage][postgres]") {
    FreshDatabase fresh;
    PgDatabase till(fresh.location());
    PgDatabase admin(fresh.location());
    const long long pid = till.query_int("SELECT pg_backend_pid()");
    try {
        till.write([&] {
            till.exec("INSERT INTO settings (key, value) VALUES ('vente', '1')");
            admin.query_int("SELECT pg_terminate_backend(" + std::to_string(pid) + ")");
            till.exec("INSERT INTO settings (key, value) VALUES ('vente-suite', '2')");
        });
        FAIL("the write went on without its connection");
    } catch (const StorageUnavailable& e) {
        CHECK_THAT(e.what(), Catch::Contains("connexion"));
    }
    CHECK(admin.query_int("SELECT COUNT(*) FROM settings") == 0);
    CHECK(till.query_int("SELECT COUNT(*) FROM settings") == 0);  // a new connection
    CHECK(till.query_int("SELECT pg_backend_pid()") != pid);
    till.exec("INSERT INTO settings (key, value) VALUES ('vente', '1')");
    CHECK(admin.query_int("SELECT COUNT(*) FROM settings") == 1);
}

TEST_CASE("a connection that died while the till was idle is replaced without an error", "[storage][postgres]") {
    FreshDatabase fresh;
    PgDatabase till(fresh.location());
    PgDatabase admin(fresh.location());
    const long long pid = till.query_int("SELECT pg_backend_pid()");
    admin.query_int("SELECT pg_terminate_backend(" + std::to_string(pid) + ")");
    CHECK(till.query_int("SELECT COUNT(*) FROM settings") == 0);
    till.exec("INSERT INTO settings (key, value) VALUES ('k', 'v')");
    CHECK(admin.query_text("SELECT value FROM settings") == "v");
}
