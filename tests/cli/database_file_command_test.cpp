// The database file through the real cabas-cli: only init creates one, a file that is not a
// Cabas database is refused (exit 3) and left as it was, everything written is private
// whatever the umask, a killed backup never leaves a backup-looking file, restore round trip.
#include "cli_runner.hpp"

#include "support/child_process.hpp"
#include "support/files.hpp"

#include <catch2/catch.hpp>

#include <csignal>
#include <filesystem>
#include <random>
#include <vector>
#include <thread>

using cabas::testing::ChildProcess;
using cabas::testing::CliSandbox;
using cabas::testing::demo;
using cabas::testing::file_bytes;
using cabas::testing::mode_of;
using cabas::testing::ScopedUmask;
using cabas::testing::sqlite_query;
using cabas::testing::sqlite_write;
namespace fs = std::filesystem;

namespace {

struct Foreign { const char* name; std::string bytes; };

/// Kills fall anywhere from start-up to a little after a backup of the demo is done.
constexpr unsigned kBackupWindowMicroseconds = 600'000;

} // namespace

TEST_CASE("read-only commands refuse a file that is not a Cabas database and leave it untouched", "[cli][files]") {
    CliSandbox box;
    sqlite_write(box.path("autre.db"), "CREATE TABLE t (x); INSERT INTO t VALUES (1)");  // another program's file
    const auto c = GENERATE_COPY(values<Foreign>({
        {"empty", ""},
        {"random", std::string(8192, '\x42')},
    }));
    const auto command = GENERATE(values<std::vector<std::string>>({
        {"verify"}, {"summary"}, {"card", "check", "2900000000017"}, {"bareme", "export"}, {"backup", "copie.db"}}));
    for (const std::string& file : {std::string("entree.db"), std::string("autre.db")}) {
        if (file == "entree.db") box.write(file, c.bytes);
        CAPTURE(c.name, command, file);
        const std::string before = file_bytes(box.path(file));
        std::vector<std::string> args{"--db", box.path(file)};
        args.insert(args.end(), command.begin(), command.end());
        const auto r = box.run(args, false);
        CHECK(r.exit_code == 3);
        CHECK(r.err.find("n'est pas une base de données Cabas") != std::string::npos);
        CHECK(file_bytes(box.path(file)) == before);
        CHECK_FALSE(fs::exists(box.path(file) + "-wal"));
    }
}

TEST_CASE("only init creates a database; other commands say how to create one", "[cli][files]") {
    CliSandbox box;
    const auto missing = box.run({"summary"});
    CHECK(missing.exit_code == 3);
    CHECK(missing.err.find("cabas-cli init") != std::string::npos);
    CHECK_FALSE(fs::exists(box.db()));
    const auto backup = box.run({"backup", box.path("copie.db")});
    CHECK(backup.exit_code == 3);
    CHECK_FALSE(fs::exists(box.path("copie.db")));
    CHECK(box.run({"init"}).exit_code == 0);
    CHECK(box.run({"verify"}).exit_code == 0);
}

TEST_CASE("without --db, init creates the database in a private XDG data folder", "[cli][paths]") {
    CliSandbox box;
    const auto r = box.run({"init"}, false);
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find(box.path("data/cabas/cabas.db")) != std::string::npos);
    CHECK(mode_of(box.path("data/cabas")) == 0700);
    CHECK(box.run({"verify"}, false).exit_code == 0);
}

TEST_CASE("what the CLI writes is private whatever the umask", "[cli][files]") {
    const mode_t mask = GENERATE(mode_t{022}, mode_t{0});
    CAPTURE(mask);
    ScopedUmask umask(mask);  // inherited by the cabas-cli children
    CliSandbox box;
    const std::string db = box.path("nouveau/dossier/cabas.db");
    REQUIRE(box.run({"--db", db, "init", "--demo"}, false).exit_code == 0);
    REQUIRE(box.run({"--db", db, "bareme", "export", box.path("bareme.json")}, false).exit_code == 0);
    REQUIRE(box.run({"--db", db, "backup", box.path("copie.db"), "--user", "admin", "--pin", "4444"}, false).exit_code == 0);
    REQUIRE(box.run({"--db", db, "access-log", "export", box.path("journal.csv"), "--user", "admin", "--pin", "4444"},
                    false).exit_code == 0);
    REQUIRE(box.run({"--db", db, "commission", "pdf", box.path("commission.pdf"), "--user", "sophie", "--pin", "3333"},
                    false).exit_code == 0);
    CHECK(mode_of(box.path("nouveau")) == 0700);
    CHECK(mode_of(box.path("nouveau/dossier")) == 0700);
    // The -wal and -shm files only live while a connection is open (storage_tests checks them).
    for (const std::string& f : {db, box.path("bareme.json"), box.path("copie.db"),
                                box.path("journal.csv"), box.path("commission.pdf")}) {
        CAPTURE(f);
        CHECK(mode_of(f) == 0600);
    }
}

TEST_CASE("init warns when an existing database can be read by other accounts", "[cli][files]") {
    CliSandbox box;
    REQUIRE(box.run({"init"}).exit_code == 0);
    CHECK(box.run({"init"}).err.empty());
    fs::permissions(box.db(), fs::perms(0644));
    const auto r = box.run({"init"});
    CHECK(r.exit_code == 0);
    CHECK(r.err.find("est lisible par d'autres comptes de ce poste (droits 644)") != std::string::npos);
}

TEST_CASE("a backup killed at any moment leaves no backup-looking file, and the next cleans up", "[cli][backup]") {
    const CliSandbox& source = demo();
    CliSandbox box;
    std::mt19937 rng(7);
    int complete = 0;
    for (int i = 0; i < 25; ++i) {
        const std::string destination = box.path("sauvegarde.db");
        {
            ChildProcess child({CABAS_CLI_PATH, "--db", source.db(), "backup", destination, "--force", "--user", "admin", "--pin", "4444"});
            std::this_thread::sleep_for(std::chrono::microseconds(rng() % kBackupWindowMicroseconds));
            child.kill(SIGKILL);
            child.wait();
        }
        if (fs::exists(destination)) {
            ++complete;
            const auto verify = box.run({"--db", destination, "verify"}, false);
            INFO(verify.out << verify.err);
            REQUIRE(verify.exit_code == 0);
            fs::remove(destination);
        }
        for (const auto& entry : fs::directory_iterator(box.dir())) {
            const std::string name = entry.path().filename().string();
            CHECK((name.find("sauvegarde.db") == std::string::npos || name.find(".sauvegarde-inachevee-") != std::string::npos));
        }
    }
    WARN(complete << " of 25 killed backups had finished before the kill");
    REQUIRE(box.run({"--db", source.db(), "backup", box.path("apres.db"), "--user", "admin", "--pin", "4444"}, false).exit_code == 0);
    for (const auto& entry : fs::directory_iterator(box.dir()))
        CHECK(entry.path().filename().string().find(".sauvegarde-inachevee-") == std::string::npos);
}

TEST_CASE("restore puts a backup back, keeps the previous database aside and refuses bad files", "[cli][restore]") {
    CliSandbox box;
    REQUIRE(box.run({"init", "--demo"}).exit_code == 0);
    const std::string sales_before = sqlite_query(box.db(), "SELECT COUNT(*) FROM sales");
    REQUIRE(box.run({"backup", box.path("sauvegarde.db"), "--user", "admin", "--pin", "4444"}).exit_code == 0);
    sqlite_write(box.db(), "INSERT INTO settings (key, value) VALUES ('apres', 'oui')");

    box.write("vide.db", "");
    const auto bad = box.run({"restore", box.path("vide.db"), "--user", "admin", "--pin", "4444"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("fichier vide") != std::string::npos);
    const auto volunteer = box.run({"restore", box.path("sauvegarde.db"), "--user", "marie", "--pin", "1111"});
    CHECK(volunteer.exit_code == 1);
    CHECK(volunteer.err.find("ne peut pas restaurer une sauvegarde") != std::string::npos);
    CHECK(sqlite_query(box.db(), "SELECT COUNT(*) FROM settings WHERE key = 'apres'") == "1");

    const auto r = box.run({"restore", box.path("sauvegarde.db"), "--user", "admin", "--pin", "4444"});
    INFO(r.out << r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(sqlite_query(box.db(), "SELECT COUNT(*) FROM settings WHERE key = 'apres'") == "0");
    CHECK(sqlite_query(box.db(), "SELECT COUNT(*) FROM sales") == sales_before);
    CHECK(box.run({"verify"}).exit_code == 0);
    std::string aside;
    for (const auto& entry : fs::directory_iterator(box.dir()))
        if (entry.path().filename().string().find("cabas.db.avant-restauration-") == 0) aside = entry.path().string();
    REQUIRE_FALSE(aside.empty());
    CHECK(mode_of(aside) == 0600);
    CHECK(sqlite_query(aside, "SELECT COUNT(*) FROM settings WHERE key = 'apres'") == "1");
}
