// cabas-cli archive on a fresh demo database, seen from far enough in the future (--on) that its
// first month is past the retention: the archive is written 0600, the live database, the archive
// alone and both together verify, the report of the month after the cut-off is unchanged, and a
// changed archive or a deleted archive record is found and named. Only an admin may archive.
#include "cli_runner.hpp"
#include "demo_figures.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using cabas::testing::CliSandbox;
using cabas::testing::sqlite_query;
using cabas::testing::sqlite_write;
using cabas::testing::monthly_line;
using cabas::testing::trim;

namespace {

bool has(const cabas::testing::CliResult& r, const std::string& text) { return r.out.find(text) != std::string::npos; }

} // namespace

TEST_CASE("archive moves the demo's first month out, and verify checks the live base, the archive and their join",
          "[cli][archive]") {
    CliSandbox box;
    REQUIRE(box.run({"init", "--demo"}).exit_code == 0);
    const std::string until =
        trim(sqlite_query(box.db(), "SELECT date(MIN(closed_at), 'start of month', '+1 month') FROM till_sessions"));
    const std::string next_month = until.substr(0, 7);
    const std::string report_before = monthly_line(box, next_month);
    const std::string sessions_before = trim(sqlite_query(box.db(), "SELECT COUNT(*) FROM till_sessions"));
    const std::string file = box.path("ventes-anciennes.jsonl");
    const std::vector<std::string> archive{"archive", "--until", until, "--out", file, "--on", "2040-01-01"};

    auto volunteer = archive;
    volunteer.insert(volunteer.end(), {"--user", "marie", "--pin", "1111"});
    CHECK(box.run(volunteer, true).exit_code == 1);
    CHECK_FALSE(std::filesystem::exists(file));

    auto too_recent = std::vector<std::string>{"archive", "--until", until, "--out", file, "--user", "admin", "--pin", "4444"};
    const auto refused = box.run(too_recent);
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find("au plus tard") != std::string::npos);

    auto dry = archive;
    dry.insert(dry.end(), {"--dry-run", "--user", "admin", "--pin", "4444"});
    const auto planned = box.run(dry);
    INFO(planned.out << planned.err);
    CHECK(planned.exit_code == 0);
    CHECK(has(planned, "À archiver avant le"));
    CHECK_FALSE(std::filesystem::exists(file));

    auto by_admin = archive;
    by_admin.insert(by_admin.end(), {"--user", "admin", "--pin", "4444"});
    const auto done = box.run(by_admin);
    INFO(done.out << done.err);
    REQUIRE(done.exit_code == 0);
    CHECK(has(done, "Archivé dans"));
    struct stat info {};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(std::stoi(trim(sqlite_query(box.db(), "SELECT COUNT(*) FROM till_sessions"))) < std::stoi(sessions_before));
    CHECK(trim(sqlite_query(box.db(), "SELECT COUNT(*) FROM till_sessions WHERE closed_at < '" + until + "'")) == "0");
    CHECK(trim(sqlite_query(box.db(), "SELECT COUNT(*) FROM access_log WHERE action = 'archive_sales'")) == "1");

    const auto live = box.run({"verify"});
    INFO(live.out << live.err);
    CHECK(live.exit_code == 0);
    CHECK(has(live, "Journal intègre"));
    CHECK(has(live, "archivé jusqu'au n°"));
    const auto alone = box.run({"verify", "--archive", file}, false);
    INFO(alone.out << alone.err);
    CHECK(alone.exit_code == 0);
    CHECK(has(alone, "Archive intègre"));
    const auto both = box.run({"verify", "--with-archive", file});
    INFO(both.out << both.err);
    CHECK(both.exit_code == 0);
    CHECK(has(both, "se raccorde exactement"));
    CHECK(monthly_line(box, next_month) == report_before);

    // One field of one sale changed in a copy of the archive.
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::string changed = text.str();
    const auto code = changed.find("\"household_code\":\"");
    REQUIRE(code != std::string::npos);
    char& letter = changed[code + 18];
    letter = letter == 'Z' ? 'Y' : 'Z';
    box.write("changed.jsonl", changed);
    const auto tampered = box.run({"verify", "--archive", box.path("changed.jsonl")}, false);
    INFO(tampered.out);
    CHECK(tampered.exit_code == 1);
    CHECK(has(tampered, "sceau de l'archive faux"));
    CHECK(has(tampered, "foyer : "));
    CHECK(has(tampered, "Archive NON conforme"));
    const auto not_joined = box.run({"verify", "--with-archive", box.path("changed.jsonl")});
    CHECK(not_joined.exit_code == 1);

    // The live record of the archive deleted behind Cabas's back.
    sqlite_write(box.db(), "PRAGMA wal_checkpoint(TRUNCATE)");
    const std::string without = box.path("without.db");
    std::filesystem::copy_file(box.db(), without);
    sqlite_write(without, "DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE kind = 'archive'");
    const auto orphan = box.run({"--db", without, "verify"}, false);
    INFO(orphan.out);
    CHECK(orphan.exit_code == 1);
    CHECK(has(orphan, "aucun enregistrement d'archivage ne les couvre"));

    // Archiving again up to the same date: nothing left, no file.
    auto again = by_admin;
    again[4] = box.path("encore.jsonl");
    const auto nothing = box.run(again);
    CHECK(nothing.exit_code == 0);
    CHECK(has(nothing, "Rien à archiver"));
    CHECK_FALSE(std::filesystem::exists(box.path("encore.jsonl")));
}
