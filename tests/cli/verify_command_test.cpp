// cabas-cli verify on a real demo database: intact, then with a journal record altered or
// removed behind the application's back (its append-only triggers dropped by hand, as an
// attacker with the file would), which must be found and named by sequence number.
#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using cabas::testing::CliSandbox;
using cabas::testing::sqlite_query;
using cabas::testing::sqlite_write;

namespace {

void copy_demo(const CliSandbox& box, const std::string& to) {
    std::filesystem::copy_file(box.db(), to, std::filesystem::copy_options::overwrite_existing);
}

} // namespace

TEST_CASE("verify finds an altered or removed journal record on a real database", "[cli][verify]") {
    CliSandbox box;
    REQUIRE(box.run({"init", "--demo"}).exit_code == 0);
    // Fold the WAL into the file so that plain file copies hold everything.
    sqlite_write(box.db(), "PRAGMA wal_checkpoint(TRUNCATE)");

    const auto intact = box.run({"verify"});
    INFO(intact.out << intact.err);
    CHECK(intact.exit_code == 0);
    CHECK(intact.out.find("Journal intègre") != std::string::npos);
    const int records = std::stoi(sqlite_query(box.db(), "SELECT COUNT(*) FROM journal"));
    REQUIRE(records > 100);

    const std::string altered = box.path("altered.db");
    copy_demo(box, altered);
    sqlite_write(altered, "DROP TRIGGER journal_no_update; "
                          "UPDATE journal SET payload = payload || ' ' WHERE sequence = 42");
    const auto broken = box.run({"--db", altered, "verify"}, false);
    INFO(broken.out << broken.err);
    CHECK(broken.exit_code == 1);
    CHECK(broken.out.find("Journal ROMPU à l'enregistrement n° 42") != std::string::npos);

    const std::string removed = box.path("removed.db");
    copy_demo(box, removed);
    sqlite_write(removed, "DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE sequence = 100");
    const auto gap = box.run({"--db", removed, "verify"}, false);
    INFO(gap.out << gap.err);
    CHECK(gap.exit_code == 1);
    CHECK(gap.out.find("Journal ROMPU à l'enregistrement n° 100 : numéro attendu 100, trouvé 101") != std::string::npos);
}
