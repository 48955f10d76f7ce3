// Backups and restores of a server database through the same services (tagged [postgres]):
// the backup is pg_dump's archive, written only when the live database passes its checks,
// 0600, never over an existing file unless asked; a restore is refused with the reason.
#include "support/test_login.hpp"
#include "till_sale.hpp"
#include "till_fixtures.hpp"

#include "core/error.hpp"
#include "services/backup/backup_service.hpp"
#include "services/backup/restore_service.hpp"
#include "storage/postgres_store.hpp"
#include "support/files.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace cabas;
using namespace cabas::services::backup;
using services::testing::TillWorld;
using services::testing::sell_rice;
using cabas::testing::mode_of;
namespace fs = std::filesystem;

namespace {

services::LoggedUser admin(TillWorld& w) {
    w.store->users().add("anne", "Anne", core::Role::Admin, "4444");
    return *cabas::testing::log_in_now(*w.store, "anne", "4444");
}

storage::PgDatabase& raw(TillWorld& w) { return dynamic_cast<storage::PgStore&>(*w.store).database(); }

} // namespace

TEST_CASE("a server database is backed up with pg_dump into a private archive", "[backup][postgres]") {
    TillWorld w;
    const auto anne = admin(w);
    auto till = w.till_with_card();
    sell_rice(w, till, "s1");
    sell_rice(w, till, "s2");
    const std::string destination = w.store.file("cabas.dump");
    const auto outcome = back_up_database(*w.store, anne, w.store.location(), destination, false);
    REQUIRE(outcome.written);
    CHECK(outcome.refusal.empty());
    CHECK(outcome.journal_records == w.store->journal().head()->sequence);
    CHECK(outcome.journal_records >= 2);
    CHECK(cabas::testing::file_bytes(destination).substr(0, 5) == "PGDMP");  // pg_restore's custom format
    CHECK(mode_of(destination) == 0600);
    CHECK(fs::file_size(destination) > 1000);
    for (const auto& entry : fs::directory_iterator(fs::path(destination).parent_path()))
        CHECK(entry.path().filename().string().find("partiel") == std::string::npos);

    CHECK_THROWS_WITH(back_up_database(*w.store, anne, w.store.location(), destination, false),
                      Catch::Contains("--force"));
    CHECK(back_up_database(*w.store, anne, w.store.location(), destination, true).written);
    CHECK_THROWS_AS(back_up_database(*w.store, services::testing::acting(core::Role::Volunteer, "lea"),
                                     w.store.location(), w.store.file("autre.dump"), false),
                    services::PermissionDenied);
    CHECK_FALSE(fs::exists(w.store.file("autre.dump")));
}

TEST_CASE("a server database whose integrity check fails is not backed up", "[backup][postgres]") {
    TillWorld w;
    const auto anne = admin(w);
    raw(w).exec("ALTER TABLE journal DISABLE TRIGGER journal_no_update");
    const std::string destination = w.store.file("cabas.dump");
    const auto outcome = back_up_database(*w.store, anne, w.store.location(), destination, false);
    CHECK_FALSE(outcome.written);
    CHECK_THAT(outcome.refusal, Catch::Contains("journal_no_update"));
    CHECK_FALSE(fs::exists(destination));
}

TEST_CASE("a restore over a server database is refused and changes nothing", "[restore][postgres]") {
    TillWorld w;
    const auto anne = admin(w);
    auto till = w.till_with_card();
    sell_rice(w, till, "r1");
    till.close_session(core::Money::from_cents(5100));
    const std::string backup_file = w.store.file("cabas.dump");
    REQUIRE(back_up_database(*w.store, anne, w.store.location(), backup_file, false).written);
    const auto outcome = restore_database(*w.store, w.store.location(), backup_file, anne, "2026-11-23T14:02:05Z");
    CHECK_FALSE(outcome.restored);
    CHECK_THAT(outcome.refusal, Catch::Contains("pg_restore"));
    CHECK(outcome.set_aside.empty());
    CHECK(raw(w).query_int("SELECT COUNT(*) FROM sales") == 1);
    CHECK(raw(w).query_int("SELECT COUNT(*) FROM access_log WHERE action = 'database_restored'") == 0);
}
