// Bad input through the real cabas-cli: each limit exits 2 with a message naming it, and a
// file full of errors gives a short answer, not megabytes.
#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <string>

using cabas::testing::CliSandbox;
using cabas::testing::demo;

namespace {

struct BadCard { const char* number; const char* reason; };

} // namespace

TEST_CASE("card check of anything but a 13-digit code is bad input", "[cli][limits]") {
    const auto c = GENERATE(values<BadCard>({
        {"12345", "« 12345 » : 5 chiffres, une carte en compte 13"},
        {"29000000000170", "14 chiffres"},
        {"29OOOOOOOOO17", "13 chiffres attendus, sans lettre ni signe"},
        {"", "numéro vide"},
    }));
    const auto r = demo().run({"card", "check", c.number});
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(c.reason) != std::string::npos);
    CHECK(r.out.empty());
}

TEST_CASE("a barème nested 100,000 levels deep exits 2 naming the limit", "[cli][limits]") {
    CliSandbox box;
    REQUIRE(box.run({"init"}).exit_code == 0);
    REQUIRE(box.run({"user", "add", "claire", "--name", "Claire", "--role", "admin", "--new-pin", "9876"}).exit_code == 0);
    box.write("profond.json", std::string(100'000, '[') + std::string(100'000, ']'));
    const auto r = box.run({"bareme", "import", box.path("profond.json"), "--user", "claire", "--pin", "9876"});
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("profond.json:1:17: JSON trop imbriqué : plus de 16 niveaux") != std::string::npos);
}

TEST_CASE("simulate refuses a file over its size limit and a household over its member limit", "[cli][limits]") {
    CliSandbox box;
    REQUIRE(box.run({"init"}).exit_code == 0);
    box.write("gros.json", "{\"commentaire\": \"" + std::string(10'000'000, 'x') + "\"}");
    const auto big = box.run({"simulate", box.path("gros.json")});
    CHECK(big.exit_code == 2);
    CHECK(big.err.find("fichier de 10000019 octets : au plus 262144 octets (limite de ce fichier)") != std::string::npos);

    std::string members;
    for (int i = 0; i < 40; ++i) members += std::string(i ? "," : "") + "{\"date_naissance\": \"1980-01-01\"}";
    box.write("foule.json", "{\"type_foyer\": \"autre\", \"membres\": [" + members + "]}");
    const auto crowd = box.run({"simulate", box.path("foule.json")});
    INFO(crowd.err);
    CHECK(crowd.exit_code == 2);
    CHECK(crowd.err.find("membres: 40 personnes : au plus 30 par foyer (limite de la simulation)") != std::string::npos);
}

TEST_CASE("2,000 bad rows with long cells give a short list of errors", "[cli][limits]") {
    CliSandbox box;
    REQUIRE(box.run({"init"}).exit_code == 0);
    REQUIRE(box.run({"user", "add", "claire", "--name", "Claire", "--role", "admin", "--new-pin", "9876"}).exit_code == 0);
    std::string csv = "dossier;type_foyer;prenom;date_naissance;sexe;lien\n";
    const std::string cell(2000, 'Q');
    for (int i = 0; i < 2000; ++i) csv += "D-" + std::to_string(i) + ";seul;Awa;12/04/1985;" + cell + ";demandeur\n";
    box.write("menages.csv", csv);
    const auto r = box.run({"import", "households", box.path("menages.csv"), "--user", "claire", "--pin", "9876"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.size() < 30'000);
    CHECK(r.err.find("… et 1900 autres erreurs") != std::string::npos);
    CHECK(r.err.find("2000 erreurs : rien n'a été enregistré.") != std::string::npos);
    CHECK(r.err.find(std::string(61, 'Q')) == std::string::npos);
}

TEST_CASE("a NUL byte in an import is reported at its line and character", "[cli][limits]") {
    CliSandbox box;
    REQUIRE(box.run({"init"}).exit_code == 0);
    REQUIRE(box.run({"user", "add", "claire", "--name", "Claire", "--role", "admin", "--new-pin", "9876"}).exit_code == 0);
    box.write("produits.csv", std::string("nom;categorie;valeur;unite;codes_barres\nRiz;epicerie;1,20;piece;37600\0" "01000014\n", 79));
    const auto r = box.run({"import", "products", box.path("produits.csv"), "--user", "claire", "--pin", "9876"});
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("produits.csv:2: caractère 30: octet nul : fichier binaire ou endommagé") != std::string::npos);
}
