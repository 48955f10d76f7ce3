// After `cabas-cli migrate`, the tills: the file records where its épicerie went; the computer
// that migrated keeps its key for the server (same Z fingerprint) with its anchor at the copied
// head; a till started on the file on another computer opens the server instead, taking its own
// key and anchor along, and verify there finds the anchor and this computer's signatures.
#include "pg/migrate_support.hpp"

#include "services/server/database_move.hpp"
#include "services/till/journal_audit.hpp"
#include "services/till/journal_seal.hpp"
#include "support/test_database.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

using namespace cabas;
using namespace cabas::testing::migrate_support;
using testing::CliSandbox;
using testing::sqlite_query;
namespace till = services::till;

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// This process's data folder set to `folder` while it lives: another computer's account.
struct DataFolder {
    std::string before;
    explicit DataFolder(const std::string& folder) {
        if (const char* v = std::getenv("XDG_DATA_HOME")) before = v;
        ::setenv("XDG_DATA_HOME", folder.c_str(), 1);
    }
    ~DataFolder() {
        if (before.empty()) ::unsetenv("XDG_DATA_HOME");
        else ::setenv("XDG_DATA_HOME", before.c_str(), 1);
    }
};

} // namespace

TEST_CASE("after migrate, the file points at the server and a till started on it follows with its key and anchor",
          "[postgres][migrate]") {
    CliSandbox box;
    const std::string source = demo_copy(box, "source.db");
    // The seal the till computer had for its file: the demo's key, an anchor at the file's head.
    REQUIRE(std::filesystem::exists(testing::demo().db() + ".cle"));
    std::filesystem::copy_file(testing::demo().db() + ".cle", source + ".cle");
    const std::string head = sqlite_query(source, "SELECT sequence || ' ' || hash FROM journal ORDER BY sequence DESC LIMIT 1");
    const auto space = head.find(' ');
    till::write_anchor(source + ".ancre", {std::stoll(head.substr(0, space)), head.substr(space + 1)});
    // A till computer that also holds a file copy of its own (the one its shortcut names).
    const std::string till_file = demo_copy(box, "caisse.db");
    std::filesystem::copy_file(source + ".cle", till_file + ".cle");
    std::filesystem::copy_file(source + ".ancre", till_file + ".ancre");

    test_support::FreshDatabase target("cabas-migrate");
    const auto r = migrate(box, source, target.location());
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("une caisse encore lancée sur le fichier ouvre la base du serveur") != std::string::npos);
    CHECK(sqlite_query(source, "SELECT value FROM settings WHERE key = 'database.moved_to'") == target.location());
    CHECK(sqlite_query(source, "SELECT COUNT(*) FROM access_log WHERE action = 'migrate'") == "1");
    CHECK(sqlite_query(source, "SELECT COUNT(*) FROM journal") != "0");  // the file itself is left as it was
    {
        // The computer that ran migrate: its key for the server is the file's key.
        DataFolder migrating(box.dir() + "/data");
        const auto seal = till::seal_files_for(target.location());
        CHECK(read_text(seal.key_path) == read_text(source + ".cle"));
        REQUIRE(till::read_anchor(seal.anchor_path));
        CHECK(till::read_anchor(seal.anchor_path)->hash == head.substr(space + 1));
    }
    // The till computer's file is marked as migrate marked the source (same épicerie, same move).
    const std::string moved_at = sqlite_query(source, "SELECT value FROM settings WHERE key = 'database.moved_at'");
    testing::sqlite_write(till_file, "INSERT INTO settings (key, value) VALUES ('database.moved_to', '" + target.location() +
                                         "'), ('database.moved_at', '" + moved_at + "')");

    DataFolder till_computer(box.path("caisse-data"));
    auto opened = services::server::open_till_database(till_file);
    REQUIRE(opened.followed);
    CHECK(opened.location == target.location());
    CHECK(services::server::followed_move_text(*opened.followed, till_file).find("cabas --db '" + target.location() + "'") !=
          std::string::npos);
    const auto seal = till::seal_files_for(target.location());
    CHECK(seal.key_path.rfind(box.path("caisse-data"), 0) == 0);
    CHECK(read_text(seal.key_path) == read_text(till_file + ".cle"));
    CHECK(read_text(seal.anchor_path) == read_text(till_file + ".ancre"));
    const auto audit = till::audit_journal(*opened.store, till::attached_seal());
    INFO((audit.problems.empty() ? audit.chain.reason : audit.problems.front()));
    CHECK(audit.ok());
    for (const auto& note : audit.notes) CHECK(note.find("pas d'ancre") == std::string::npos);
    CHECK(audit.signed_by_this_key > 0);
    // A file that never moved opens as itself.
    const std::string plain = demo_copy(box, "autre.db");
    opened.store.reset();
    const auto itself = services::server::open_till_database(plain, storage::OpenMode::ExistingOnly);
    CHECK_FALSE(itself.followed);
    CHECK(itself.location == plain);
}
