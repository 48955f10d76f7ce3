// `cabas-cli server setup` on the throwaway PostgreSQL server, whose "cabas" account is a
// superuser reached through its socket: role, database, schema and tables made once, a second
// run changing nothing, the role owning what the tills use, and the clear refusals.
#include "cli/cli_runner.hpp"
#include "storage/migrations.hpp"
#include "storage/postgres_store.hpp"
#include "support/test_database.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

namespace {

using namespace cabas;
using testing::CliSandbox;

/// The test server's URI naming another database (its own is "postgres").
std::string with_database(const std::string& server_uri, const std::string& database) {
    return server_uri.substr(0, server_uri.rfind('/') + 1) + database;
}

/// The same server, as `user` (trust on the socket: no password asked).
std::string as_user(const std::string& uri, const std::string& user) {
    const auto at = uri.find('@');
    return "postgresql://" + user + uri.substr(at);
}

std::string unique(const std::string& stem) { return stem + "_" + std::to_string(getpid()); }

} // namespace

TEST_CASE("server setup makes the role, the database, the schema and the tables once, and says the till's line",
          "[postgres][server]") {
    const std::string server = test_support::postgres_server_uri();
    REQUIRE_FALSE(server.empty());
    CliSandbox box;
    const std::string database = unique("setup_db"), role = unique("caisse");
    const std::string admin = with_database(server, database);
    const auto first = box.run({"server", "setup", admin, "--role", role, "--schema", "epicerie", "--host", "serveur"}, false);
    INFO(first.out << first.err);
    REQUIRE(first.exit_code == 0);
    CHECK(first.out.find("Rôle « " + role + " » : créé") != std::string::npos);
    CHECK(first.out.find("Base « " + database + " » : créée") != std::string::npos);
    CHECK(first.out.find("version " + std::to_string(storage::latest_schema_version())) != std::string::npos);
    CHECK(first.out.find("\\password " + role) != std::string::npos);
    CHECK(first.out.find("cabas --db 'postgresql://" + role + "@serveur/" + database + "?options=-csearch_path%3Depicerie'\n") !=
          std::string::npos);

    const auto second = box.run({"server", "setup", admin, "--role", role, "--schema", "epicerie"}, false);
    INFO(second.out << second.err);
    REQUIRE(second.exit_code == 0);
    CHECK(second.out.find("Rôle « " + role + " » : déjà là") != std::string::npos);
    CHECK(second.out.find("Base « " + database + " » : déjà là") != std::string::npos);
    CHECK(second.out.find("Schéma « epicerie » : déjà là") != std::string::npos);

    // The tills' role, not the superuser, owns the tables (the migrations ran as that role).
    const std::string till = as_user(admin, role) + "?options=-csearch_path%3Depicerie";
    auto store = storage::open_store(till, storage::PinHashCost::minimum(), storage::OpenMode::ExistingOnly);
    auto& db = dynamic_cast<storage::PgStore&>(*store).database();
    CHECK(db.schema_name() == "epicerie");
    CHECK(db.query_int("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'epicerie' AND tableowner <> '" + role + "'") == 0);
    CHECK(db.query_int("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'epicerie'") > 20);
    CHECK(db.query_int("SELECT rolsuper::int FROM pg_roles WHERE rolname = current_user") == 0);

    // And the demo épicerie moves into it through the role's own connection.
    const auto moved = testing::demo().run({"migrate", testing::demo().db(), till, "--user", "admin", "--pin", "4444"}, false);
    INFO(moved.err);
    CHECK(moved.exit_code == 0);

    // The tills' role may not set a server up.
    const auto not_super = box.run({"server", "setup", as_user(admin, role), "--role", role}, false);
    CHECK(not_super.exit_code == 1);
    CHECK(not_super.err.find("n'est pas superutilisateur") != std::string::npos);
}

TEST_CASE("server setup says plainly when the server is not running or a name is invalid", "[postgres][server]") {
    CliSandbox box;
    const auto off = box.run({"server", "setup", "postgresql://postgres@%2Ftmp%2Fcabas-pas-de-serveur/cabas"}, false);
    CHECK(off.exit_code == 3);
    CHECK(off.err.find("serveur injoignable") != std::string::npos);

    const std::string admin = with_database(test_support::postgres_server_uri(), unique("setup_bad"));
    const auto bad_schema = box.run({"server", "setup", admin, "--schema", "Épicerie-1"}, false);
    CHECK(bad_schema.exit_code == 2);
    CHECK(bad_schema.err.find("--schema") != std::string::npos);
    const auto bad_role = box.run({"server", "setup", admin, "--role", "caisse; DROP"}, false);
    CHECK(bad_role.exit_code == 2);
    CHECK(bad_role.err.find("--role") != std::string::npos);
    const auto with_password = box.run({"server", "setup", "postgresql://postgres:secret@localhost/cabas"}, false);
    CHECK(with_password.exit_code == 2);
}
