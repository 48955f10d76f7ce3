// Rotation of automatic backups over simulated days (a moving clock, the folder real, the copy
// replaced by an empty file so 400 days take a moment): exactly the expected files remain, and
// nothing but our own pattern is ever touched. Expected lists were worked out by hand from the
// policy (backup_rotation.hpp), not by the code under test.
#include "service_fixtures.hpp"

#include "services/backup/automatic_backup.hpp"
#include "services/backup/backup_rotation.hpp"
#include "services/clock.hpp"
#include "services/settings_keys.hpp"
#include "storage/store.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace cabas;
using namespace cabas::services::backup;
using services::testing::TempStore;
namespace fs = std::filesystem;

namespace {

struct Day {
    core::Date day;
    int minutes;
};

std::vector<Day> daily(core::Date from, int days, std::vector<int> times) {
    std::vector<Day> out;
    for (int i = 0; i < days; ++i)
        for (int minutes : times) out.push_back({from.plus_days(i), minutes});
    return out;
}

std::vector<std::string> names_in(const std::string& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

/// The copy as an empty file: rotation is the subject here, the checked copy has its own tests.
BackupEnvironment empty_copies() {
    BackupEnvironment environment;
    environment.write = [](storage::Store&, const std::string&, const std::string& destination) {
        std::ofstream(destination) << "";
        BackupOutcome outcome;
        outcome.written = true;
        return outcome;
    };
    return environment;
}

core::Date ymd(int y, unsigned m, unsigned d) { return core::Date::from_ymd(y, m, d); }

/// Our extension on this test's engine: ".db", or ".dump" on a server.
std::string extension_of(TempStore& store) { return backup_extension(storage::is_server_location(store->location())); }

/// The expected names, written with ".db", in this engine's extension.
std::vector<std::string> with_extension(std::vector<std::string> names, const std::string& extension) {
    for (std::string& name : names) name = name.substr(0, name.size() - 3) + extension;
    return names;
}

} // namespace

TEST_CASE("automatic backup names: our pattern only", "[backup][rotation]") {
    CHECK(automatic_backup_name({ymd(2026, 12, 1), 18 * 60 + 2}, ".db") == "cabas-2026-12-01-1802.db");
    CHECK(automatic_backup_name({ymd(2026, 1, 9), 5}, ".dump") == "cabas-2026-01-09-0005.dump");
    CHECK(parse_automatic_backup_name("cabas-2026-12-01-1802.db", ".db") == BackupStamp{ymd(2026, 12, 1), 1082});
    for (const char* other : {"cabas-2026-12-01-1802.dump", "cabas-2026-12-01.db", "cabas-2026-02-31-1200.db",
                              "cabas-2026-12-01-2460.db", "Cabas-2026-12-01-1802.db", "cabas-2026-12-01-1802.db.bak",
                              "cabas-2026-12-01-1802.db.sauvegarde-inachevee-poste-12", "xcabas-2026-12-01-1802.db",
                              "cabas-2026-1a-01-1802.db", "notes.txt"}) {
        CAPTURE(other);
        CHECK_FALSE(parse_automatic_backup_name(other, ".db"));
    }
}

TEST_CASE("rotation over simulated days keeps exactly 7 daily, 4 weekly and 12 monthly", "[backup][rotation]") {
    struct Row {
        const char* story;
        std::vector<Day> backups;
        std::vector<std::string> kept;
    };
    const std::vector<Row> rows = {
        {"400 days of one backup each evening, ending Thursday 3 December 2026",
         daily(ymd(2025, 10, 30), 400, {18 * 60 + 2}),
         {"cabas-2026-01-31-1802.db", "cabas-2026-02-28-1802.db", "cabas-2026-03-31-1802.db",
          "cabas-2026-04-30-1802.db", "cabas-2026-05-31-1802.db", "cabas-2026-06-30-1802.db",
          "cabas-2026-07-31-1802.db", "cabas-2026-08-31-1802.db", "cabas-2026-09-30-1802.db",
          "cabas-2026-10-31-1802.db", "cabas-2026-11-15-1802.db", "cabas-2026-11-22-1802.db",
          "cabas-2026-11-27-1802.db", "cabas-2026-11-28-1802.db", "cabas-2026-11-29-1802.db",
          "cabas-2026-11-30-1802.db", "cabas-2026-12-01-1802.db", "cabas-2026-12-02-1802.db",
          "cabas-2026-12-03-1802.db"}},
        {"20 days of two backups (close at noon, back office in the evening): the newest of each day",
         daily(ymd(2026, 11, 10), 20, {12 * 60, 18 * 60 + 30}),
         {"cabas-2026-11-15-1830.db", "cabas-2026-11-22-1830.db", "cabas-2026-11-23-1830.db",
          "cabas-2026-11-24-1830.db", "cabas-2026-11-25-1830.db", "cabas-2026-11-26-1830.db",
          "cabas-2026-11-27-1830.db", "cabas-2026-11-28-1830.db", "cabas-2026-11-29-1830.db"}},
        {"closed from 16 July to 31 August: July's last days are still the 7 dailies",
         [] {
             auto days = daily(ymd(2026, 6, 1), 45, {19 * 60});
             days.push_back({ymd(2026, 9, 1), 9 * 60 + 5});
             return days;
         }(),
         {"cabas-2026-06-30-1900.db", "cabas-2026-07-05-1900.db", "cabas-2026-07-10-1900.db",
          "cabas-2026-07-11-1900.db", "cabas-2026-07-12-1900.db", "cabas-2026-07-13-1900.db",
          "cabas-2026-07-14-1900.db", "cabas-2026-07-15-1900.db", "cabas-2026-09-01-0905.db"}},
    };
    for (const Row& row : rows) {
        CAPTURE(row.story);
        TempStore store;
        const std::string folder = store.file("sauvegardes");
        fs::create_directory(folder);
        store->settings().set(services::keys::backup_folder, folder);
        const auto marie = services::testing::acting(core::Role::Volunteer, "marie");
        services::MovingClock clock;
        const auto environment = empty_copies();
        for (const Day& day : row.backups) {
            clock.set(day.day, day.minutes);
            const auto outcome = run_automatic_backup(*store, clock, marie, BackupTrigger::SessionClose, environment);
            REQUIRE(outcome.written);
            REQUIRE(fs::exists(outcome.file));  // never the one just written
        }
        CHECK(names_in(folder) == with_extension(row.kept, extension_of(store)));
    }
}

TEST_CASE("rotation never touches a file outside our naming pattern", "[backup][rotation]") {
    TempStore store;
    const std::string folder = store.file("partage");
    fs::create_directory(folder);
    const std::string ours = extension_of(store);
    const std::string other = ours == ".db" ? ".dump" : ".db";  // the other engine's: not ours here
    const std::vector<std::string> foreign = {
        "notes.txt", "cabas-2025-01-01" + ours, "cabas-2025-02-31-1200" + ours, "cabas-2025-01-01-1200" + other,
        "Cabas-2025-01-01-1200" + ours, "cabas-2025-01-01-1200" + ours + ".sauvegarde-inachevee-poste-1",
        "copie-manuelle" + ours};
    for (const std::string& name : foreign) std::ofstream(folder + "/" + name) << "x";
    const std::string folder_named_like_ours = folder + "/cabas-2025-01-02-1200" + ours;
    fs::create_directory(folder_named_like_ours);
    store->settings().set(services::keys::backup_folder, folder);
    services::MovingClock clock;
    const auto admin = services::testing::acting(core::Role::Admin, "anne");
    for (const Day& day : daily(ymd(2025, 1, 1), 100, {20 * 60})) {
        clock.set(day.day, day.minutes);
        REQUIRE(run_automatic_backup(*store, clock, admin, BackupTrigger::Daily, empty_copies()).written);
    }
    const auto names = names_in(folder);
    for (const std::string& name : foreign) {
        CAPTURE(name);
        CHECK(std::count(names.begin(), names.end(), name) == 1);
    }
    CHECK(fs::is_directory(folder_named_like_ours));
    // 100 days from 1 January 2025 (ends Thursday 10 April): the dailies 4 to 10 April (Sunday
    // 6 April among them), the Sundays 23 and 30 March, the last days of January to March.
    const auto backups = std::count_if(names.begin(), names.end(), [&](const std::string& n) {
        return parse_automatic_backup_name(n, ours).has_value() && fs::is_regular_file(folder + "/" + n);
    });
    CHECK(backups == 7 + 2 + 3);
}
