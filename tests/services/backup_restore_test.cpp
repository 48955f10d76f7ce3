// Backups and restores through the services: a backup appears only whole and checked, its
// leftovers are cleaned, and a restore refuses every file and situation it must refuse
// before swapping the content in, keeping the previous database aside.
#include "support/test_login.hpp"
#include "till_fixtures.hpp"

#include "core/error.hpp"
#include "services/backup/backup_service.hpp"
#include "services/backup/database_check.hpp"
#include "services/backup/restore_service.hpp"
#include "services/till/journal.hpp"
#include "storage/sqlite_repositories.hpp"
#include "support/files.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace cabas;
using namespace cabas::services::backup;
using services::testing::TillWorld;
using cabas::testing::mode_of;
using core::PaymentMethod;
namespace fs = std::filesystem;

namespace {

std::string folder_of(const TillWorld& w) { return fs::path(w.store.location()).parent_path().string(); }

storage::Database& raw(TillWorld& w) { return dynamic_cast<storage::SqliteStore&>(*w.store).database(); }

/// One sale of rice paid in cash; returns its id.
std::int64_t sell(services::till::TillService& till, TillWorld& w, const std::string& request) {
    till.scan(w.card);
    if (!till.card() || !till.card()->result.green()) till.override_last_refusal("paul", "2222", "test");
    till.add_product(w.product.at("riz"), 1);
    const auto result = till.validate({{PaymentMethod::Cash, core::Money::from_euros(1)}}, request);
    REQUIRE(result.recorded);
    return result.sale_id;
}

services::LoggedUser admin(TillWorld& w) {
    if (auto anne = cabas::testing::log_in_now(*w.store, "anne", "4444")) return *anne;
    w.store->users().add("anne", "Anne", core::Role::Admin, "4444");
    return *cabas::testing::log_in_now(*w.store, "anne", "4444");
}

std::int64_t sales_count(TillWorld& w) { return raw(w).query_int("SELECT COUNT(*) FROM sales"); }

struct BadFile {
    const char* name;
    std::function<void(TillWorld&, const std::string&)> make;
    const char* problem;
};

} // namespace

TEST_CASE("a backup is checked, private and leaves no temporary file", "[backup][sqlite]") {
    TillWorld w;
    auto till = w.till_with_card();
    sell(till, w, "b1");
    const std::string destination = folder_of(w) + "/sauvegarde.db";
    const auto outcome = back_up_database(*w.store, admin(w), w.store.location(), destination, false);
    REQUIRE(outcome.written);
    CHECK(outcome.journal_records == w.store->journal().head()->sequence);
    CHECK(mode_of(destination) == 0600);
    CHECK(check_database_file(destination).sound);
    for (const auto& entry : fs::directory_iterator(folder_of(w)))
        CHECK(entry.path().filename().string().find(std::string(kUnfinishedMarker)) == std::string::npos);
    CHECK_THROWS_WITH(back_up_database(*w.store, admin(w), w.store.location(), destination, false), Catch::Contains("--force"));
    CHECK(back_up_database(*w.store, admin(w), w.store.location(), destination, true).written);
    CHECK_THROWS_WITH(back_up_database(*w.store, admin(w), w.store.location(), w.store.location(), true),
                      Catch::Contains("la base elle-même"));
}

TEST_CASE("a database whose journal is broken is not backed up", "[backup][sqlite]") {
    TillWorld w;
    auto till = w.till_with_card();
    sell(till, w, "b1");
    raw(w).exec("DROP TRIGGER journal_no_update; UPDATE journal SET payload = payload || 'x' WHERE sequence = 1");
    const std::string destination = folder_of(w) + "/sauvegarde.db";
    const auto outcome = back_up_database(*w.store, admin(w), w.store.location(), destination, false);
    CHECK_FALSE(outcome.written);
    CHECK_THAT(outcome.refusal, Catch::Contains("journal rompu à l'enregistrement n° 1"));
    CHECK_FALSE(fs::exists(destination));
}

TEST_CASE("leftovers of dead backups are removed, those of live ones kept", "[backup][sqlite]") {
    TillWorld w;
    const std::string folder = folder_of(w);
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    std::string me(host);
    for (char& c : me)
        if (c == '-' || c == '/') c = '_';
    const std::string dead = folder + "/vieille.db" + std::string(kUnfinishedMarker) + me + "-999999";
    const std::string alive = folder + "/encours.db" + std::string(kUnfinishedMarker) + me + "-" + std::to_string(::getpid());
    // Killed while its copy was being checked: the WAL companions outlive a removed copy.
    const std::string orphan = folder + "/orpheline.db" + std::string(kUnfinishedMarker) + me + "-999998";
    const std::string other_host = folder + "/autre.db" + std::string(kUnfinishedMarker) + "autreposte-999999";
    for (const auto& p : {dead, dead + "-journal", dead + "-wal", dead + "-shm", orphan + "-wal", orphan + "-shm", alive,
                          alive + "-wal", other_host})
        std::ofstream(p) << "x";
    CHECK(remove_unfinished_backups(folder) == 2);
    for (const auto& gone : {dead, dead + "-journal", dead + "-wal", dead + "-shm", orphan + "-wal", orphan + "-shm"}) {
        CAPTURE(gone);
        CHECK_FALSE(fs::exists(gone));
    }
    CHECK(fs::exists(alive + "-wal"));
    CHECK(fs::exists(alive));
    CHECK(fs::exists(other_host));
}

TEST_CASE("a restore brings the backup back whole and keeps the previous database aside", "[restore][sqlite]") {
    TillWorld w;
    const auto anne = admin(w);
    auto till = w.till_with_card();
    const auto kept = sell(till, w, "r1");
    till.close_session(core::Money::from_cents(5100));
    const std::string backup_file = folder_of(w) + "/sauvegarde.db";
    REQUIRE(back_up_database(*w.store, admin(w), w.store.location(), backup_file, false).written);
    till.open_session(core::Money::from_euros(50));
    const auto lost = sell(till, w, "r2");
    till.close_session(core::Money::from_cents(5100));
    REQUIRE(sales_count(w) == 2);

    const auto outcome = restore_database(*w.store, w.store.location(), backup_file, anne, "2026-11-23T14:02:05Z");
    REQUIRE(outcome.restored);
    CHECK(outcome.set_aside == w.store.location() + ".avant-restauration-20261123-140205");
    CHECK(sales_count(w) == 1);
    CHECK(raw(w).query_int("SELECT COUNT(*) FROM sales WHERE id = " + std::to_string(kept)) == 1);
    CHECK(raw(w).query_int("SELECT COUNT(*) FROM sales WHERE id = " + std::to_string(lost)) == 0);
    CHECK(services::till::verify_journal(*w.store).ok);
    CHECK(w.store->access_log().list({std::nullopt, std::string("anne"), 1}).front().action == "database_restored");

    CHECK(mode_of(outcome.set_aside) == 0600);
    const auto aside = check_database_file(outcome.set_aside);
    CHECK(aside.sound);
    auto previous = storage::open_sqlite_store(outcome.set_aside, storage::OpenMode::Inspect);
    CHECK(previous->sales().sales_of_session(2).size() == 1);  // the sale the restore removed
}

TEST_CASE("a restore refuses a file that is not a sound Cabas backup and changes nothing", "[restore][sqlite]") {
    const auto c = GENERATE(values<BadFile>({
        {"empty", [](TillWorld&, const std::string& p) { std::ofstream(p) << ""; }, "fichier vide"},
        {"random", [](TillWorld&, const std::string& p) { std::ofstream(p) << std::string(5000, 'r'); },
         "pas une base SQLite"},
        {"foreign SQLite",
         [](TillWorld&, const std::string& p) {
             storage::Database other(p);
             other.exec("PRAGMA application_id = 7");
         },
         "d'une autre application"},
        {"broken journal",
         [](TillWorld& w, const std::string& p) {
             back_up_database(*w.store, admin(w), w.store.location(), p, false);
             storage::Database copy(p);
             copy.exec("DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE sequence = 1");
         },
         "journal rompu à l'enregistrement n° 1"},
        {"newer schema",
         [](TillWorld& w, const std::string& p) {
             back_up_database(*w.store, admin(w), w.store.location(), p, false);
             storage::Database copy(p);
             copy.exec("PRAGMA user_version = 999");
         },
         "version plus récente"},
        {"missing", [](TillWorld&, const std::string&) {}, "introuvable"},
    }));
    CAPTURE(c.name);
    TillWorld w;
    const auto anne = admin(w);
    auto till = w.till_with_card();
    sell(till, w, "r1");
    till.close_session(core::Money::from_cents(5100));
    const std::string file = folder_of(w) + "/candidat.db";
    c.make(w, file);
    try {
        restore_database(*w.store, w.store.location(), file, anne, "2026-11-23T14:02:05Z");
        FAIL("restored");
    } catch (const ValidationError& e) {
        CHECK_THAT(e.what(), Catch::Contains("restauration refusée") && Catch::Contains(c.problem));
    }
    CHECK(sales_count(w) == 1);
    CHECK_FALSE(fs::exists(w.store.location() + ".avant-restauration-20261123-140205"));
}

TEST_CASE("a restore is refused while a till session is open, and to anyone but an admin", "[restore][sqlite]") {
    TillWorld w;
    const auto anne = admin(w);
    auto till = w.till_with_card();
    sell(till, w, "r1");
    const std::string backup_file = folder_of(w) + "/sauvegarde.db";
    REQUIRE(back_up_database(*w.store, admin(w), w.store.location(), backup_file, false).written);
    sell(till, w, "r2");

    const auto refused = restore_database(*w.store, w.store.location(), backup_file, anne, "2026-11-23T14:02:05Z");
    CHECK_FALSE(refused.restored);
    CHECK_THAT(refused.refusal, Catch::Contains("session de caisse ouverte : caisse-1"));
    CHECK(sales_count(w) == 2);

    till.close_session(core::Money::from_cents(5200));
    CHECK_THROWS_AS(restore_database(*w.store, w.store.location(), backup_file, w.marie, "2026-11-23T14:02:05Z"),
                    PermissionError);
    CHECK(sales_count(w) == 2);
    CHECK(restore_database(*w.store, w.store.location(), backup_file, anne, "2026-11-23T14:02:05Z").restored);
    CHECK(sales_count(w) == 1);
}
