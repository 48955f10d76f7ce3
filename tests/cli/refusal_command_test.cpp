// Every cabas-cli command that changes data, run without a login and then by a role that may
// not: each exits 1, changes nothing (the dump of every table but the access log is identical)
// and leaves exactly one refusal in the access log.
#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

using cabas::testing::CliSandbox;
using cabas::testing::sqlite_query;

namespace {

struct Attempt {
    std::vector<std::string> command;
    std::vector<std::string> login;   ///< a login whose role may not do it
};

/// The whole database as SQL, less the access log (where the refusal itself is written).
std::string dump_without_log(const std::string& db) {
    std::istringstream in(sqlite_query(db, ".dump"));
    std::string out;
    for (std::string line; std::getline(in, line);)
        if (line.find("INSERT INTO access_log") == std::string::npos) out += line + "\n";
    return out;
}

int refusals(const std::string& db) {
    return std::stoi(sqlite_query(db, "SELECT COUNT(*) FROM access_log WHERE action = 'denied'"));
}

std::vector<std::string> as(const std::string& login, const std::string& pin) { return {"--user", login, "--pin", pin}; }

} // namespace

TEST_CASE("each data-changing command is refused without a login and to a role that may not, changing nothing",
          "[cli][roles]") {
    CliSandbox box;
    REQUIRE(box.run({"init", "--demo"}).exit_code == 0);
    REQUIRE(box.run({"bareme", "export", box.path("bareme.json")}).exit_code == 0);
    box.write("menages.csv", "numero_dossier;type_foyer\nX-1;isole\n");
    box.write("produits.csv", "nom;valeur;code_barre\nRiz;1,20;3760000000017\n");
    box.write("bon.csv", "code_barre;quantite\n3760000000017;4\n");
    const auto marie = as("marie", "1111"), paul = as("paul", "2222"), sophie = as("sophie", "3333");
    const std::string file = "D-2026-0001";

    const std::vector<Attempt> attempts = {
        {{"bareme", "import", box.path("bareme.json")}, paul},
        {{"user", "add", "zoe", "--name", "Zoé", "--role", "volunteer", "--new-pin", "4321"}, paul},
        {{"user", "pin", "marie", "--new-pin", "9999"}, paul},
        {{"user", "disable", "marie"}, sophie},
        {{"import", "households", box.path("menages.csv")}, paul},
        {{"import", "products", box.path("produits.csv")}, sophie},
        {{"household", "decide", file, "--decision", "acceptee"}, paul},
        {{"household", "renew", file}, marie},
        {{"household", "suspend", file, "--reason", "impayés"}, marie},
        {{"household", "lift", file}, marie},
        {{"household", "exit", file, "--reason", "demenagement"}, marie},
        {{"card", "issue", file}, marie},
        {{"card", "revoke", file, "--reason", "perdue"}, marie},
        {{"card", "replace", file, "--reason", "perdue"}, marie},
        {{"stock", "receive", box.path("bon.csv"), "--origin", "don"}, sophie},
        {{"stock", "loss", "#1", "1", "--reason", "casse"}, sophie},
        {{"stock", "alerts", "--days", "3", "--save"}, sophie},
        {{"retention", "--apply"}, paul},
        {{"backup", box.path("copie.db")}, paul},
    };
    const std::string before = dump_without_log(box.db());
    for (const Attempt& attempt : attempts) {
        std::vector<std::string> with_login = attempt.command;
        with_login.insert(with_login.end(), attempt.login.begin(), attempt.login.end());
        for (const auto& args : {attempt.command, with_login}) {
            std::string line;
            for (const auto& word : args) line += word + " ";
            INFO(line);
            const int logged = refusals(box.db());
            const auto r = box.run(args);
            INFO(r.out << r.err);
            CHECK(r.exit_code == 1);
            CHECK(r.err.find("refusé") != std::string::npos);
            CHECK(refusals(box.db()) == logged + 1);
            CHECK(dump_without_log(box.db()) == before);
        }
    }
    CHECK_FALSE(std::filesystem::exists(box.path("copie.db")));
    // The refusals say who tried, and a command run without a login says so.
    CHECK(sqlite_query(box.db(), "SELECT COUNT(*) FROM access_log WHERE action = 'denied' AND user_login = "
                                 "'(sans connexion)'") == std::to_string(attempts.size()));
}

TEST_CASE("reading commands that show personal data need a login too", "[cli][roles]") {
    CliSandbox box;
    REQUIRE(box.run({"init", "--demo"}).exit_code == 0);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"summary"}, {"card", "check", "2900000000017"}, {"household", "list"},
          {"household", "show", "D-2026-0001"}, {"access-log", "list"}, {"commission", "list"},
          {"stock", "alerts"}, {"products", "export", box.path("p.csv")}}) {
        INFO(args.front() << " " << (args.size() > 1 ? args[1] : ""));
        const auto r = box.run(args);
        CHECK(r.exit_code == 1);
        CHECK(r.out.empty());
        CHECK(r.err.find("connexion nécessaire") != std::string::npos);
    }
    // What the barème says is public: it needs no login.
    CHECK(box.run({"bareme", "export"}).exit_code == 0);
}
