// cabas-cli card check on demo cards in each state, with the documented exit codes.
#include "cli_runner.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using cabas::testing::CliSandbox;
using cabas::testing::demo;
using cabas::testing::sqlite_query;

namespace {

/// The card (in `state`) of the demo household whose file number ends with `suffix`.
std::string card_of(const std::string& suffix, const std::string& state) {
    return sqlite_query(demo().db(), "SELECT c.number FROM cards c JOIN households h ON h.id = c.household_id "
                                     "WHERE h.file_number LIKE '%-" + suffix + "' AND c.state = '" + state + "'");
}

} // namespace

TEST_CASE("an active demo card is green with the credit left", "[cli][card]") {
    const std::string number = card_of("0001", "active");
    REQUIRE(number.size() == 13);
    auto r = demo().run({"card", "check", number, "--user", "marie", "--pin", "1111"});
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.rfind("VERT  Carte valide", 0) == 0);
    CHECK(r.out.find("Crédit du mois") != std::string::npos);
    CHECK(r.out.find("Passages restants : 1") != std::string::npos);

    auto j = nlohmann::json::parse(demo().run({"card", "check", number, "--user", "marie", "--pin", "1111", "--json"}).out);
    CHECK(j["valide"] == true);
    CHECK(j["credit_mois_centimes"].get<long long>() >= 9000);
    // The demo's till history may already have used some of this month's credit.
    CHECK(j["credit_mois_restant_centimes"].get<long long>() <= j["credit_mois_centimes"].get<long long>());
    CHECK(j["credit_mois_restant_centimes"].get<long long>() >= 0);
    CHECK(j["taux_bp"] == 1000);
    CHECK_FALSE(j.contains("ressources"));
}

TEST_CASE("an expired demo card is red with the reason and exits 1", "[cli][card]") {
    // Households 73 to 87 of the demo have rights that ended 5 to 60 days ago.
    const std::string number = card_of("0073", "active");
    REQUIRE(number.size() == 13);
    auto r = demo().run({"card", "check", number, "--user", "marie", "--pin", "1111"});
    CHECK(r.exit_code == 1);
    CHECK(r.out.find("ROUGE Droits expirés") != std::string::npos);
    auto j = nlohmann::json::parse(demo().run({"card", "check", number, "--user", "marie", "--pin", "1111", "--json"}).out);
    CHECK(j["motif"] == "expire");
    CHECK(j.contains("date_motif"));
}

TEST_CASE("a revoked card is refused and its presentation is logged", "[cli][card]") {
    // Households 123 and 124 had their card stolen; no replacement yet.
    const std::string number = card_of("0123", "revoked");
    REQUIRE(number.size() == 13);
    const std::string before = sqlite_query(demo().db(), "SELECT COUNT(*) FROM access_log WHERE action = 'revoked_card_presented'");
    auto r = demo().run({"card", "check", number, "--user", "marie", "--pin", "1111"});
    CHECK(r.exit_code == 1);
    CHECK(r.out.find("révoquée") != std::string::npos);
    const std::string after = sqlite_query(demo().db(), "SELECT COUNT(*) FROM access_log WHERE action = 'revoked_card_presented'");
    CHECK(std::stoi(after) == std::stoi(before) + 1);
}

TEST_CASE("a replaced card is refused while its replacement is green", "[cli][card]") {
    const std::string old_number = card_of("0119", "revoked");
    const std::string new_number = card_of("0119", "active");
    REQUIRE(old_number.size() == 13);
    REQUIRE(new_number.size() == 13);
    CHECK(demo().run({"card", "check", old_number, "--user", "marie", "--pin", "1111"}).exit_code == 1);
    CHECK(demo().run({"card", "check", new_number, "--user", "marie", "--pin", "1111"}).exit_code == 0);
}

TEST_CASE("unknown, misread and waiting-period cards are red with their reasons", "[cli][card]") {
    auto unknown = demo().run({"card", "check", "2900000000018", "--user", "marie", "--pin", "1111", "--json"});
    CHECK(unknown.exit_code == 1);
    CHECK(nlohmann::json::parse(unknown.out)["motif"] == "inconnue");

    auto misread = demo().run({"card", "check", "2900000000017", "--user", "marie", "--pin", "1111"});
    CHECK(misread.exit_code == 1);
    CHECK(misread.out.find("mal lue") != std::string::npos);

    // Households 88 to 95 used 12 months of rights and are in their waiting period.
    auto waiting = demo().run({"card", "check", card_of("0088", "active"), "--user", "marie", "--pin", "1111", "--json"});
    CHECK(waiting.exit_code == 1);
    CHECK(nlohmann::json::parse(waiting.out)["motif"] == "carence");
}

TEST_CASE("usage mistakes exit 2 and a broken database exits 3", "[cli][exit]") {
    CliSandbox box;
    CHECK(box.run({"frobnicate"}).exit_code == 2);
    CHECK(box.run({"card", "check"}).exit_code == 2);
    CHECK(box.run({"card", "check", "2900000000017", "--user", "marie", "--pin", "1111", "--colour"}).exit_code == 2);
    CHECK(box.run({"simulate", box.path("absent.json")}).exit_code == 2);

    box.write("garbage.db", std::string(4096, 'x'));
    auto r = box.run({"--db", box.path("garbage.db"), "summary"}, false);
    CHECK(r.exit_code == 3);
    CHECK_FALSE(r.err.empty());
}

TEST_CASE("without --db the database is created in the XDG data directory", "[cli][paths]") {
    CliSandbox box;
    auto r = box.run({"init"}, false);
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find(box.path("data/cabas/cabas.db")) != std::string::npos);
}

TEST_CASE("backup writes a verified copy and refuses to overwrite without --force", "[cli][backup]") {
    CliSandbox box;
    REQUIRE(box.run({"init"}).exit_code == 0);
    REQUIRE(box.run({"user", "add", "claire", "--name", "Claire", "--role", "admin", "--new-pin", "9876"}).exit_code == 0);
    const std::vector<std::string> admin = {"--user", "claire", "--pin", "9876"};
    auto with_admin = [&](std::vector<std::string> args) {
        args.insert(args.end(), admin.begin(), admin.end());
        return args;
    };
    REQUIRE(box.run(with_admin({"backup", box.path("copie.db")})).exit_code == 0);
    CHECK(sqlite_query(box.path("copie.db"), "SELECT COUNT(*) FROM baremes") == "1");
    auto again = box.run(with_admin({"backup", box.path("copie.db")}));
    CHECK(again.exit_code == 2);
    CHECK(again.err.find("--force") != std::string::npos);
    CHECK(box.run(with_admin({"backup", box.path("copie.db"), "--force"})).exit_code == 0);
    CHECK(box.run({"--db", box.path("copie.db"), "verify"}, false).exit_code == 0);
}
