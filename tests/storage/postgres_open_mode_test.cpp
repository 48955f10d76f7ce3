// Open modes on PostgreSQL (tagged [postgres]): the same promises as for a SQLite file, where a
// "missing" database is a schema without the Cabas tables and "someone else's file" is a
// schema holding another application's tables.
#include "support/test_database.hpp"

#include "core/error.hpp"
#include "storage/migrations.hpp"
#include "storage/postgres_database.hpp"
#include "storage/store.hpp"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

using namespace cabas;
using namespace cabas::storage;
using cabas::test_support::FreshDatabase;

namespace {

PgOptions in_mode(OpenMode mode) {
    PgOptions options;
    options.mode = mode;
    return options;
}

/// Runs SQL in the test's schema behind Cabas's back, as another application would.
void run_raw(const FreshDatabase& fresh, const std::string& sql) {
    pqxx::connection c(fresh.server_uri());
    pqxx::work w(c);
    w.exec("SET search_path = " + fresh.schema());
    w.exec(sql);
    w.commit();
}

long long tables_in(const FreshDatabase& fresh) {
    pqxx::connection c(fresh.server_uri());
    pqxx::work w(c);
    return w.exec1("SELECT COUNT(*) FROM pg_tables WHERE schemaname = " + w.quote(fresh.schema()))[0].as<long long>();
}

} // namespace

TEST_CASE("a schema holding another application's tables is refused in every mode and left untouched",
          "[storage][postgres][open]") {
    FreshDatabase fresh;
    run_raw(fresh, "CREATE TABLE factures (id integer PRIMARY KEY, montant integer)");
    for (OpenMode mode : {OpenMode::CreateIfMissing, OpenMode::ExistingOnly, OpenMode::Inspect}) {
        INFO("mode " << static_cast<int>(mode));
        CHECK_THROWS_WITH(PgDatabase(fresh.location(), in_mode(mode)), Catch::Contains("pas une base Cabas"));
    }
    CHECK(tables_in(fresh) == 1);
}

TEST_CASE("an empty schema gets the Cabas tables only when creating is allowed", "[storage][postgres][open]") {
    FreshDatabase fresh;
    CHECK_THROWS_WITH(PgDatabase(fresh.location(), in_mode(OpenMode::ExistingOnly)),
                      Catch::Contains("cabas-cli init --db"));
    CHECK_THROWS_AS(PgDatabase(fresh.location(), in_mode(OpenMode::Inspect)), StorageError);
    CHECK(tables_in(fresh) == 0);
    { PgDatabase created(fresh.location(), in_mode(OpenMode::CreateIfMissing)); }
    PgDatabase existing(fresh.location(), in_mode(OpenMode::ExistingOnly));
    CHECK(existing.schema_version() == latest_schema_version());
}

TEST_CASE("an older Cabas schema is migrated when opened existing-only, and left as it is when inspected",
          "[storage][postgres][open]") {
    FreshDatabase fresh;
    PgOptions old;
    old.migrate_to = 3;
    { PgDatabase(fresh.location(), old); }
    CHECK(PgDatabase(fresh.location(), in_mode(OpenMode::Inspect)).schema_version() == 3);
    CHECK(PgDatabase(fresh.location(), in_mode(OpenMode::ExistingOnly)).schema_version() == latest_schema_version());
}

TEST_CASE("open_store passes the mode to the server engine and opens the PostgreSQL store",
          "[storage][postgres][open]") {
    FreshDatabase fresh;
    CHECK_THROWS_AS(open_store(fresh.location(), PinHashCost::minimum(), OpenMode::ExistingOnly), StorageError);
    auto created = open_store(fresh.location(), PinHashCost::minimum(), OpenMode::CreateIfMissing);
    CHECK(created->schema_version() == latest_schema_version());
    CHECK(is_server_location(fresh.location()));
    auto again = open_store(fresh.location(), PinHashCost::minimum(), OpenMode::ExistingOnly);
    CHECK(again->integrity_check(IntegrityLevel::Full).empty());
    CHECK_THROWS_WITH(again->restore_from(fresh.file("copie.dump")), Catch::Contains("pg_restore"));
}
