// `cabas-cli backup --set-folder` and `backup --auto` (the cron entry point), and the backup
// line of `summary`: the real binary on a demo database.
#include "cli_runner.hpp"

#include "support/files.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>

using cabas::testing::CliSandbox;
using cabas::testing::mode_of;
using cabas::testing::sqlite_query;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> names_in(const std::string& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

TEST_CASE("backup --auto writes the automatic backup into the admin's folder and rotates it", "[cli][backup]") {
    CliSandbox box;
    REQUIRE(box.run({"init", "--demo"}).exit_code == 0);
    const std::vector<std::string> marie = {"--user", "marie", "--pin", "1111"};
    const std::vector<std::string> admin = {"--user", "admin", "--pin", "4444"};
    auto with = [](std::vector<std::string> words, const std::vector<std::string>& login) {
        words.insert(words.end(), login.begin(), login.end());
        return words;
    };

    const auto off = box.run(with({"backup", "--auto"}, marie));
    CHECK(off.exit_code == 1);
    CHECK_THAT(off.err, Catch::Contains("sauvegardes automatiques désactivées") && Catch::Contains("--set-folder"));
    CHECK_THAT(box.run(with({"summary"}, admin)).out, Catch::Contains("Sauvegardes [désactivées]"));

    const std::string folder = box.path("sauvegardes");
    const auto by_manager = box.run(with({"backup", "--set-folder", folder}, {"--user", "paul", "--pin", "2222"}));
    CHECK(by_manager.exit_code == 1);
    CHECK_THAT(by_manager.err, Catch::Contains("sauvegarder la base"));

    const auto missing = [&] {
        REQUIRE(box.run(with({"backup", "--set-folder", folder}, admin)).exit_code == 0);
        return box.run(with({"backup", "--auto"}, marie));
    }();
    CHECK(missing.exit_code == 3);
    CHECK_THAT(missing.err, Catch::Contains("« " + folder + " » n'existe pas"));
    CHECK_THAT(box.run(with({"summary"}, admin)).out, Catch::Contains("Sauvegardes [EN ÉCHEC]"));

    fs::create_directory(folder);
    // Thirty old automatic backups of January 2025 and a file of someone else's.
    for (int day = 1; day <= 30; ++day) {
        char name[40];
        std::snprintf(name, sizeof name, "cabas-2025-01-%02d-1800.db", day);
        std::ofstream(folder + "/" + name) << "x";
    }
    std::ofstream(folder + "/lisez-moi.txt") << "clé de l'épicerie";
    const auto done = box.run(with({"backup", "--auto"}, marie));
    REQUIRE(done.exit_code == 0);
    const std::regex written("Sauvegarde automatique écrite et vérifiée : (.*/cabas-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.db)\n");
    std::smatch match;
    REQUIRE(std::regex_search(done.out, match, written));
    const std::string file = match[1];
    CHECK(mode_of(file) == 0600);
    CHECK(sqlite_query(file, "SELECT COUNT(*) FROM users").find('4') != std::string::npos);
    // Kept: today's, and of January 2025 the 6 last days (25 to 30: dailies, the 26th and the
    // 30th also the newest of their ISO weeks, the 30th January's) and Sunday 19 (a fourth week).
    CHECK_THAT(done.out, Catch::Contains("Rotation : 23 ancienne(s) sauvegarde(s) supprimée(s)"));
    const auto names = names_in(folder);
    CHECK(names.size() == 1 + 6 + 1 + 1);
    CHECK(std::count(names.begin(), names.end(), "lisez-moi.txt") == 1);
    CHECK(std::count(names.begin(), names.end(), "cabas-2025-01-19-1800.db") == 1);
    CHECK(std::count(names.begin(), names.end(), "cabas-2025-01-25-1800.db") == 1);
    CHECK(std::count(names.begin(), names.end(), "cabas-2025-01-24-1800.db") == 0);
    CHECK(std::count(names.begin(), names.end(), fs::path(file).filename().string()) == 1);
    CHECK_THAT(sqlite_query(box.db(), "SELECT action || ' ' || user_login FROM access_log WHERE action LIKE 'backup_auto%'"),
               Catch::Contains("backup_auto_failed marie") && Catch::Contains("backup_auto marie"));
    CHECK_THAT(box.run(with({"summary"}, admin)).out, Catch::Contains("Sauvegardes [à jour] Dernière sauvegarde : "));
}
