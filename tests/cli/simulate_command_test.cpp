// cabas-cli simulate on the worked example of DOMAIN.md §1, against the real binary.
#include "cli_runner.hpp"
#include "cli_test_dates.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using cabas::testing::CliSandbox;
using cabas::testing::local_date;

namespace {

/// The couple with two children aged 6 and 15 on the day the test runs.
std::string worked_example() {
    return R"({
  "type_foyer": "couple_enfants",
  "membres": [
    {"prenom": "Karim", "date_naissance": "1984-03-02", "sexe": "m", "lien": "demandeur"},
    {"prenom": "Nadia", "date_naissance": "1986-09-17", "sexe": "f", "lien": "conjoint"},
    {"prenom": "Inès", "date_naissance": ")" + local_date(6, 1) + R"(", "sexe": "f", "lien": "enfant"},
    {"prenom": "Yanis", "date_naissance": ")" + local_date(15, 1) + R"(", "sexe": "m", "lien": "enfant"}
  ],
  "ressources": [
    {"nature": "salaire", "montant": "1 400,00"},
    {"nature": "prime_activite", "montant": "250,00"},
    {"nature": "prestations_familiales", "montant": 150},
    {"nature": "aide_logement", "montant": "300"}
  ],
  "charges": [
    {"nature": "loyer", "montant": "750,00"},
    {"nature": "energie", "montant": "120,00"},
    {"nature": "eau", "montant": "35,00"},
    {"nature": "assurance_habitation", "montant": "20,00"},
    {"nature": "mutuelle", "montant": "60,00"},
    {"nature": "credit_conso", "montant": "80,00"}
  ]
})";
}

} // namespace

TEST_CASE("simulate on the demo prints 8,63 per person per day with loans counted, eligible", "[cli][simulate]") {
    CliSandbox box;
    REQUIRE(box.run({"init", "--demo"}).exit_code == 0);
    box.write("foyer.json", worked_example());
    auto r = box.run({"simulate", box.path("foyer.json")});
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("8,63") != std::string::npos);
    CHECK(r.out.find("1\u202F035,00") != std::string::npos);   // monthly RAV
    CHECK(r.out.find("4 personnes") != std::string::npos);
    CHECK(r.out.find("Crédit à la consommation") != std::string::npos);
    CHECK(r.out.find("Décision : Éligible") != std::string::npos);
    CHECK(r.out.find("barème v2") != std::string::npos);
}

TEST_CASE("simulate --json gives every figure of the working", "[cli][simulate]") {
    CliSandbox box;
    REQUIRE(box.run({"init", "--demo"}).exit_code == 0);
    box.write("foyer.json", worked_example());
    auto r = box.run({"simulate", box.path("foyer.json"), "--json"});
    REQUIRE(r.exit_code == 0);
    auto j = nlohmann::json::parse(r.out);
    CHECK(j["total_ressources"]["centimes"] == 210000);
    CHECK(j["total_charges"]["centimes"] == 106500);
    CHECK(j["reste_a_vivre_mensuel"]["centimes"] == 103500);
    CHECK(j["personnes"] == 4);
    CHECK(j["uc_dixiemes"] == 23);
    CHECK(j["resultat"]["centimes"] == 863);
    // 103 500 cents ÷ 120 = 862,5 cents: 8,625 € exactly.
    CHECK(j["quotient_exact"]["numerateur_centimes"].get<long long>() * 10 ==
          8625 * j["quotient_exact"]["denominateur"].get<long long>());
    CHECK(j["decision"] == "eligible");
    CHECK(j["bareme"]["version"] == 2);
    CHECK(j["ressources"].size() == 4);
    CHECK(j["charges"].size() == 6);
}

TEST_CASE("simulate with the default barème leaves loans out: 9,29 per person per day", "[cli][simulate]") {
    CliSandbox box;
    REQUIRE(box.run({"init"}).exit_code == 0);
    box.write("foyer.json", worked_example());
    auto r = box.run({"simulate", box.path("foyer.json"), "--json"});
    REQUIRE(r.exit_code == 0);
    auto j = nlohmann::json::parse(r.out);
    CHECK(j["reste_a_vivre_mensuel"]["centimes"] == 111500);
    CHECK(j["resultat"]["centimes"] == 929);
    CHECK(j["bareme"]["version"] == 1);
}

TEST_CASE("simulate names the JSON path of a bad value and exits 2", "[cli][simulate]") {
    CliSandbox box;
    std::string doc = worked_example();
    doc.replace(doc.find("1984-03-02"), 10, "31/02/2026");
    box.write("foyer.json", doc);
    auto r = box.run({"simulate", box.path("foyer.json")});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("membres[0].date_naissance") != std::string::npos);
    CHECK(r.err.find("31/02/2026") != std::string::npos);
}

TEST_CASE("simulate refuses a malformed JSON file with its line", "[cli][simulate]") {
    CliSandbox box;
    box.write("foyer.json", "{\n  \"type_foyer\": \"seul\",\n  \"membres\": [\n}");
    auto r = box.run({"simulate", box.path("foyer.json")});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("foyer.json") != std::string::npos);
}

TEST_CASE("a household above the commission threshold exits 1", "[cli][simulate]") {
    CliSandbox box;
    REQUIRE(box.run({"init"}).exit_code == 0);
    box.write("riche.json", R"({"type_foyer": "seul",
        "membres": [{"date_naissance": "1970-01-01", "lien": "demandeur"}],
        "ressources": [{"nature": "salaire", "montant": "2 500,00"}],
        "charges": [{"nature": "loyer", "montant": "600"}]})");
    auto r = box.run({"simulate", box.path("riche.json")});
    CHECK(r.exit_code == 1);
    CHECK(r.out.find("Non éligible") != std::string::npos);
}
