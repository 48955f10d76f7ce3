// Automatic backups through the services, on both engines: after a till session close (the
// copy checked, private, named by our pattern, recorded and logged under the volunteer who
// closed, "au nom de l'épicerie"), a missing folder and a full disk (reported, the close kept),
// the daily timer's rule, the admin's line table-tested on every state, and who may choose
// the folder.
#include "support/test_login.hpp"
#include "till_sale.hpp"
#include "till_fixtures.hpp"

#include "core/error.hpp"
#include "services/backup/automatic_backup.hpp"
#include "services/backup/backup_rotation.hpp"
#include "services/backup/database_check.hpp"
#include "services/settings_service.hpp"
#include "storage/store.hpp"
#include "support/files.hpp"

#include <catch2/catch.hpp>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <unistd.h>

using namespace cabas;
using namespace cabas::services::backup;
using services::testing::TillWorld;
using services::testing::sell_rice;
using services::testing::acting;
using cabas::testing::mode_of;
namespace fs = std::filesystem;
namespace keys = cabas::services::keys;

namespace {

std::string backup_folder(TillWorld& w, const std::string& name = "sauvegardes") {
    const std::string folder = w.store.file(name);
    fs::create_directories(folder);
    w.store->settings().set(keys::backup_folder, folder);
    return folder;
}

std::vector<storage::AccessLogEntry> log_of(TillWorld& w, const std::string& login) {
    return w.store->access_log().list({std::nullopt, login, 50});
}

/// Whether the store is a server's, seen from its location.
bool server(TillWorld& w) { return storage::is_server_location(w.store->location()); }

/// 2026-12-01 18:02 Paris time is 17:02 UTC; the tests below read times in Paris.
void paris() {
    ::setenv("TZ", "Europe/Paris", 1);
    ::tzset();
}

} // namespace

TEST_CASE("closing the till session makes the automatic backup, logged for the épicerie", "[backup][auto]") {
    TillWorld w;
    const std::string folder = backup_folder(w);
    auto till = w.till_with_card();
    sell_rice(w, till, "a1");
    till.close_session(core::Money::from_euros(51));
    const auto& backup = till.closing_backup();
    REQUIRE(backup.attempted);
    REQUIRE(backup.written);
    CHECK(backup.failure.empty());
    const std::string extension = server(w) ? ".dump" : ".db";
    const auto stamp = parse_automatic_backup_name(fs::path(backup.file).filename().string(), extension);
    REQUIRE(stamp);
    CHECK(stamp->day == services::testing::kTillDay);
    CHECK(fs::path(backup.file).parent_path() == fs::path(folder));
    CHECK(mode_of(backup.file) == 0600);
    if (server(w)) CHECK(cabas::testing::file_bytes(backup.file).substr(0, 5) == "PGDMP");
    else CHECK(check_database_file(backup.file).sound);
    // The close itself is whole: no session open, the closure is the journal's head.
    CHECK_FALSE(till.current_session());
    CHECK(w.store->journal().head()->kind == "closure");
    const auto record = backup_record(*w.store);
    CHECK(record.last_success_at == w.clock.now_utc());
    CHECK(record.last_success_file == backup.file);
    CHECK(record.last_failure_at.empty());
    const auto logged = log_of(w, "marie");
    REQUIRE_FALSE(logged.empty());
    CHECK(logged.front().action == "backup_auto");
    CHECK_THAT(logged.front().detail, Catch::Contains("clôture de caisse") && Catch::Contains(backup.file) &&
                                          Catch::Contains("au nom de l'épicerie"));
}

TEST_CASE("no folder chosen: no automatic backup, nothing written or logged", "[backup][auto]") {
    TillWorld w;
    auto till = w.till_with_card();
    sell_rice(w, till, "a1");
    till.close_session(core::Money::from_euros(51));
    CHECK_FALSE(till.closing_backup().attempted);
    CHECK(backup_record(*w.store).last_failure_at.empty());
    for (const auto& entry : log_of(w, "marie")) CHECK(entry.action.rfind("backup", 0) != 0);
}

TEST_CASE("a missing folder fails the backup, never the close, and says so", "[backup][auto]") {
    TillWorld w;
    const std::string folder = w.store.file("cle-usb-debranchee");
    w.store->settings().set(keys::backup_folder, folder);
    auto till = w.till_with_card();
    sell_rice(w, till, "a1");
    till.close_session(core::Money::from_euros(51));
    const auto& backup = till.closing_backup();
    CHECK(backup.attempted);
    CHECK_FALSE(backup.written);
    CHECK(backup.failure == "le dossier « " + folder + " » n'existe pas (disque ou clé USB débranché ?)");
    CHECK_FALSE(till.current_session());
    CHECK(w.store->journal().head()->kind == "closure");
    CHECK_FALSE(fs::exists(folder));
    const auto record = backup_record(*w.store);
    CHECK(record.last_failure_reason == backup.failure);
    CHECK(record.last_failure_at == w.clock.now_utc());
    CHECK(record.last_success_at.empty());
    CHECK(log_of(w, "marie").front().action == "backup_auto_failed");
}

TEST_CASE("a full disk fails the backup with the reason, whether seen before or during the copy", "[backup][auto]") {
    TillWorld w;
    const std::string folder = backup_folder(w);
    const auto marie = w.marie;
    SECTION("the folder has less room than the database takes") {
        BackupEnvironment environment;
        environment.probe = [](const std::string&, std::uintmax_t) {
            return FolderState{FolderState::Problem::Full, 3 * 1024 * 1024, 40 * 1024 * 1024};
        };
        const auto outcome = run_automatic_backup(*w.store, w.clock, marie, BackupTrigger::Daily, environment);
        CHECK_FALSE(outcome.written);
        CHECK(outcome.failure == "le disque du dossier « " + folder + " » est plein (3 Mo libres, il en faut 40 Mo)");
    }
    SECTION("the disk fills up while the copy is written (ENOSPC)") {
        BackupEnvironment environment;
        environment.write = [](storage::Store&, const std::string&, const std::string&) -> BackupOutcome {
            throw std::system_error(ENOSPC, std::generic_category(), "écriture de la copie");
        };
        const auto outcome = run_automatic_backup(*w.store, w.clock, marie, BackupTrigger::Daily, environment);
        CHECK_FALSE(outcome.written);
        CHECK(outcome.failure == "le disque du dossier « " + folder + " » est plein");
    }
    SECTION("SQLite says the disk is full (SQLITE_FULL)") {
        BackupEnvironment environment;
        environment.write = [](storage::Store&, const std::string&, const std::string&) -> BackupOutcome {
            throw StorageError("database or disk is full", 13);
        };
        const auto outcome = run_automatic_backup(*w.store, w.clock, marie, BackupTrigger::Daily, environment);
        CHECK(outcome.failure == "le disque du dossier « " + folder + " » est plein");
    }
    CHECK(fs::is_empty(folder));
    CHECK_FALSE(backup_record(*w.store).last_failure_reason.empty());
}

TEST_CASE("the folder probe tells missing, not a folder and not writable apart", "[backup][auto][sqlite]") {
    TillWorld w;
    const std::string folder = w.store.file("dossier");
    CHECK(probe_folder(folder, 0).problem == FolderState::Problem::Missing);
    std::ofstream(w.store.file("fichier")) << "x";
    CHECK(probe_folder(w.store.file("fichier"), 0).problem == FolderState::Problem::NotAFolder);
    fs::create_directory(folder);
    CHECK(probe_folder(folder, 0).problem == FolderState::Problem::None);
    CHECK(probe_folder(folder, 0).available_bytes > 0);
    CHECK(probe_folder(folder, std::uintmax_t(1) << 62).problem == FolderState::Problem::Full);
    if (::geteuid() != 0) {  // root writes anywhere
        fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
        CHECK(probe_folder(folder, 0).problem == FolderState::Problem::NotWritable);
        fs::permissions(folder, fs::perms::owner_all);
    }
}

TEST_CASE("the admin's backup line, every state", "[backup][auto]") {
    paris();
    const std::time_t now = services::parse_utc_timestamp("2026-12-02T09:30:00Z");  // Wednesday 2 Dec, 10:30
    const std::string folder = "/media/cle";
    const FolderState fine{FolderState::Problem::None, 1u << 30, 1u << 20};
    struct Row {
        const char* story;
        BackupRecord record;
        FolderState state;
        BackupAlert alert;
        std::string text;
    };
    const std::vector<Row> rows = {
        {"no folder chosen", {}, {}, BackupAlert::Off,
         "Sauvegardes automatiques désactivées : aucun dossier choisi (Paramètres, « Sauvegardes auto. »)."},
        {"last evening", {folder, "2026-12-01T17:02:00Z", "f", "", ""}, fine, BackupAlert::Ok,
         "Dernière sauvegarde : mardi 1 décembre à 18 h 02."},
        {"47 hours ago is still fine", {folder, "2026-11-30T10:30:00Z", "f", "", ""}, fine, BackupAlert::Ok,
         "Dernière sauvegarde : lundi 30 novembre à 11 h 30."},
        {"more than 2 days ago: amber", {folder, "2026-11-29T17:02:00Z", "f", "", ""}, fine, BackupAlert::Late,
         "Dernière sauvegarde : dimanche 29 novembre à 18 h 02, il y a 2 jours."},
        {"last year", {folder, "2025-12-24T17:02:00Z", "f", "", ""}, fine, BackupAlert::Late,
         "Dernière sauvegarde : mercredi 24 décembre 2025 à 18 h 02, il y a 342 jours."},
        {"never succeeded", {folder, "", "", "", ""}, fine, BackupAlert::Late,
         "Aucune sauvegarde automatique réussie pour l'instant."},
        {"the last attempt failed after the last success",
         {folder, "2026-12-01T17:02:00Z", "f", "2026-12-02T08:00:00Z", "la copie ne passe pas les contrôles (x)"}, fine,
         BackupAlert::Late,
         "Dernière sauvegarde : mardi 1 décembre à 18 h 02. La dernière tentative a échoué : la copie ne passe pas les "
         "contrôles (x)."},
        {"an old failure, a success since", {folder, "2026-12-01T17:02:00Z", "f", "2026-11-20T08:00:00Z", "vieux"}, fine,
         BackupAlert::Ok, "Dernière sauvegarde : mardi 1 décembre à 18 h 02."},
        {"folder missing: red", {folder, "2026-12-01T17:02:00Z", "f", "", ""}, {FolderState::Problem::Missing, 0, 0},
         BackupAlert::Failing,
         "Dernière sauvegarde : mardi 1 décembre à 18 h 02. Le dossier « /media/cle » n'existe pas (disque ou clé USB "
         "débranché ?)."},
        {"not writable: red", {folder, "2026-12-01T17:02:00Z", "f", "", ""}, {FolderState::Problem::NotWritable, 0, 0},
         BackupAlert::Failing,
         "Dernière sauvegarde : mardi 1 décembre à 18 h 02. Impossible d'écrire dans le dossier « /media/cle » (droits "
         "ou support protégé)."},
        {"full: red", {folder, "", "", "", ""}, {FolderState::Problem::Full, 5u << 20, 48u << 20}, BackupAlert::Failing,
         "Aucune sauvegarde automatique réussie pour l'instant. Le disque du dossier « /media/cle » est plein (5 Mo "
         "libres, il en faut 48 Mo)."},
        {"not a folder: red", {folder, "", "", "", ""}, {FolderState::Problem::NotAFolder, 0, 0}, BackupAlert::Failing,
         "Aucune sauvegarde automatique réussie pour l'instant. Le dossier « /media/cle » n'est pas un dossier."},
    };
    for (const Row& row : rows) {
        CAPTURE(row.story);
        const BackupHealth health = assess_backups(row.record, row.state, now);
        CHECK(health.alert == row.alert);
        CHECK(health.text == row.text);
    }
}

TEST_CASE("the daily backup is due once a day, and an hour after a failure", "[backup][auto]") {
    paris();
    TillWorld w;
    struct Row {
        const char* story;
        std::string folder, success, failure;
        bool due;
    };
    // The clock: Monday 23 November 2026 at 13:00 in Paris (12:00 UTC).
    const std::vector<Row> rows = {
        {"no folder", "", "", "", false},
        {"never backed up", "/x", "", "", true},
        {"backed up this morning", "/x", "2026-11-23T07:00:00Z", "", false},
        {"backed up just after midnight, Paris time", "/x", "2026-11-22T23:30:00Z", "", false},
        {"backed up yesterday evening", "/x", "2026-11-22T22:30:00Z", "", true},
        {"failed 30 minutes ago", "/x", "2026-11-22T18:00:00Z", "2026-11-23T11:30:00Z", false},
        {"failed 2 hours ago", "/x", "2026-11-22T18:00:00Z", "2026-11-23T10:00:00Z", true},
    };
    for (const Row& row : rows) {
        CAPTURE(row.story);
        w.store->settings().set(keys::backup_folder, row.folder);
        w.store->settings().set(keys::backup_last_success_at, row.success);
        w.store->settings().set(keys::backup_last_failure_at, row.failure);
        CHECK(daily_backup_due(*w.store, w.clock) == row.due);
    }
}

TEST_CASE("only an admin chooses the backup folder, and a manual backup is logged too", "[backup][auto]") {
    TillWorld w;
    w.store->users().add("anne", "Anne", core::Role::Admin, "4444");
    const auto anne = *cabas::testing::log_in_now(*w.store, "anne", "4444");
    const auto paul = *cabas::testing::log_in_now(*w.store, "paul", "2222");
    const std::string folder = w.store.file("sauvegardes");
    CHECK_THROWS_AS(services::save_settings(*w.store, paul, {{keys::backup_folder, folder}}), services::PermissionDenied);
    CHECK(services::current_settings(*w.store).at(keys::backup_folder).empty());
    // A manager may still save the other settings while the folder stays as the admin set it.
    services::save_settings(*w.store, anne, {{keys::backup_folder, folder}});
    services::save_settings(*w.store, paul, {{keys::backup_folder, folder}, {keys::shop_name, "Le Panier"}});
    CHECK(services::current_settings(*w.store).at(keys::backup_folder) == folder);
    CHECK_THROWS_WITH(services::save_settings(*w.store, anne, {{keys::backup_folder, "relatif/dossier"}}),
                      Catch::Contains("chemin absolu"));
    services::save_settings(*w.store, anne, {{keys::backup_folder, ""}});
    CHECK(services::current_settings(*w.store).at(keys::backup_folder).empty());
    CHECK_THROWS_AS(backup_health(*w.store, w.clock, paul), services::PermissionDenied);

    const std::string manual = w.store.file(server(w) ? "manuelle.dump" : "manuelle.db");
    REQUIRE(back_up_database(*w.store, anne, w.store->location(), manual, false).written);
    const auto logged = log_of(w, "anne");
    REQUIRE_FALSE(logged.empty());
    CHECK(logged.front().action == "database_backed_up");
    CHECK_THAT(logged.front().detail, Catch::Contains(manual));
}
