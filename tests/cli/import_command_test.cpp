// cabas-cli import: all or nothing, every bad line named, dry runs write nothing.
#include "cli_runner.hpp"

#include <catch2/catch.hpp>

using cabas::testing::CliSandbox;
using cabas::testing::sqlite_query;

namespace {

const char* kHeader =
    "dossier;type_foyer;prenom;nom;date_naissance;sexe;lien;quartier;ressource_principale;"
    "ressource_rsa;charge_loyer;acces_debut;acces_fin\n";

std::string household_rows_ok() {
    return std::string(kHeader) +
           "D-1;seul;Fatou;Diallo;12/03/1979;F;demandeur;Bel-Air;rsa;620,00;410,00;2026-11-02;2027-02-01\n"
           "D-2;monoparental;Awa;Camara;1990-05-04;F;demandeur;Centre;rsa;850,00;500;;\n"
           "D-2;;Sékou;Camara;2019-01-15;M;enfant;;;;;;\n";
}

/// The first account of a fresh database (created here if the test has not): an admin, who
/// may import households and products.
void add_admin(const CliSandbox& box) {
    REQUIRE(box.run({"init"}).exit_code == 0);
    REQUIRE(box.run({"user", "add", "claire", "--name", "Claire", "--role", "admin", "--new-pin", "9876"}).exit_code == 0);
}

/// `cabas-cli import …` as the admin.
std::vector<std::string> as_admin(std::vector<std::string> args) {
    args.insert(args.end(), {"--user", "claire", "--pin", "9876"});
    return args;
}

int count(const CliSandbox& box, const std::string& table) {
    return std::stoi(sqlite_query(box.db(), "SELECT COUNT(*) FROM " + table));
}

} // namespace

TEST_CASE("a households CSV with errors on several lines writes nothing and names each line", "[cli][import]") {
    CliSandbox box;
    REQUIRE(box.run({"init"}).exit_code == 0);
    add_admin(box);
    box.write("menages.csv", std::string(kHeader) +
                                 "D-1;seul;Fatou;Diallo;31/02/1979;F;demandeur;Bel-Air;rsa;620,00;410,00;;\n"  // line 2
                                 "D-2;seul;Jean;Petit;1960-01-01;M;demandeur;Centre;rsa;600,00;400,00;;\n"   // line 3 ok
                                 "D-3;seul;Rose;Blanc;1955-06-06;F;demandeur;Centre;rsa;-12,00;400,00;;\n"   // line 4
                                 "D-4;seul;Omar;Haddad;1980-02-02;M;demandeur;Centre;rsa;12,5O;400,00;;\n"   // line 5
                                 "D-5;seul;Léa;Faure;1999-09-09;F;demandeur\n");                             // line 6
    auto r = box.run(as_admin({"import", "households", box.path("menages.csv")}));
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("menages.csv:2: date_naissance") != std::string::npos);
    CHECK(r.err.find("menages.csv:4: ressource_rsa") != std::string::npos);
    CHECK(r.err.find("menages.csv:5: ressource_rsa") != std::string::npos);
    CHECK(r.err.find("menages.csv:6:") != std::string::npos);
    CHECK(r.err.find("menages.csv:3:") == std::string::npos);
    CHECK(r.err.find("rien n'a été enregistré") != std::string::npos);
    CHECK(count(box, "households") == 0);
    CHECK(count(box, "members") == 0);
}

TEST_CASE("a good households CSV is written whole, with periods and cards", "[cli][import]") {
    CliSandbox box;
    add_admin(box);
    box.write("menages.csv", household_rows_ok());
    auto dry = box.run(as_admin({"import", "households", box.path("menages.csv"), "--dry-run"}));
    INFO(dry.err);
    CHECK(dry.exit_code == 0);
    CHECK(dry.out.find("2 foyer(s) prêts") != std::string::npos);
    CHECK(count(box, "households") == 0);

    auto r = box.run(as_admin({"import", "households", box.path("menages.csv")}));
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(count(box, "households") == 2);
    CHECK(count(box, "members") == 3);
    CHECK(count(box, "access_periods") == 1);
    CHECK(count(box, "cards") == 1);
    CHECK(std::stoi(sqlite_query(box.db(), "SELECT COUNT(*) FROM access_log WHERE action = 'import_file'")) == 2);

    // The same file again: every dossier already exists, nothing more is written.
    auto again = box.run(as_admin({"import", "households", box.path("menages.csv")}));
    CHECK(again.exit_code == 2);
    CHECK(again.err.find("menages.csv:2: dossier") != std::string::npos);
    CHECK(again.err.find("menages.csv:3: dossier") != std::string::npos);
    CHECK(count(box, "households") == 2);
}

TEST_CASE("a Windows-1252 households file imports with its accents intact", "[cli][import]") {
    CliSandbox box;
    add_admin(box);
    std::string bytes = std::string(kHeader) + "D-9;seul;L\xE9" "a;Faure;1999-09-09;F;demandeur;Bel-Air;rsa;600,00;400,00;;\n";
    box.write("menages.csv", bytes);
    auto r = box.run(as_admin({"import", "households", box.path("menages.csv")}));
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("Windows-1252") != std::string::npos);
    CHECK(sqlite_query(box.db(), "SELECT first_name FROM members") == "Léa");
}

TEST_CASE("products import refuses a barcode already in the catalogue and writes nothing", "[cli][import]") {
    CliSandbox box;
    add_admin(box);
    box.write("produits.csv", "nom;categorie;valeur;unite;codes_barres\n"
                              "Pâtes coquillettes 500 g;feculents;1,09;piece;3760000000017\n"
                              "Pommes golden;fruits_legumes;2,99;kg;\n");
    auto ok = box.run(as_admin({"import", "products", box.path("produits.csv")}));
    INFO(ok.err);
    REQUIRE(ok.exit_code == 0);
    CHECK(count(box, "products") == 2);
    CHECK(count(box, "categories") == 2);

    box.write("encore.csv", "nom;categorie;valeur;unite;codes_barres\n"
                            "Riz 1 kg;feculents;2,19;piece;3760000000024\n"
                            "Autres pâtes;feculents;1,19;piece;3760000000017\n");
    auto dup = box.run(as_admin({"import", "products", box.path("encore.csv")}));
    CHECK(dup.exit_code == 2);
    CHECK(dup.err.find("encore.csv:3: codes_barres") != std::string::npos);
    CHECK(dup.err.find("Pâtes coquillettes") != std::string::npos);
    CHECK(count(box, "products") == 2);
}

TEST_CASE("imports need the login of a role that may write what they import", "[cli][import]") {
    CliSandbox box;
    add_admin(box);
    REQUIRE(box.run(as_admin({"user", "add", "marie", "--name", "Marie", "--role", "volunteer", "--new-pin", "1111"}))
                .exit_code == 0);
    REQUIRE(box.run(as_admin({"user", "add", "paul", "--name", "Paul", "--role", "manager", "--new-pin", "2222"}))
                .exit_code == 0);
    box.write("menages.csv", household_rows_ok());

    const auto anonymous = box.run({"import", "households", box.path("menages.csv")});
    CHECK(anonymous.exit_code == 1);
    CHECK(anonymous.err.find("connexion nécessaire") != std::string::npos);
    const auto wrong_pin = box.run({"import", "households", box.path("menages.csv"), "--user", "claire", "--pin", "0000"});
    CHECK(wrong_pin.exit_code == 1);
    // A manager sees access and cards, never resources: a file import is the social side's.
    const auto manager = box.run({"import", "households", box.path("menages.csv"), "--user", "paul", "--pin", "2222"});
    CHECK(manager.exit_code == 1);
    CHECK(manager.out.empty());
    const auto volunteer = box.run({"import", "products", box.path("menages.csv"), "--user", "marie", "--pin", "1111"});
    CHECK(volunteer.exit_code == 1);
    CHECK(volunteer.err.find("gérer les produits et le stock") != std::string::npos);
    CHECK(count(box, "households") == 0);

    REQUIRE(box.run(as_admin({"import", "households", box.path("menages.csv")})).exit_code == 0);
    CHECK(sqlite_query(box.db(), "SELECT DISTINCT user_login FROM access_log WHERE action = 'import_file'") ==
          "claire");
}

TEST_CASE("bareme export then import creates a new version; a bad value names its field", "[cli][bareme]") {
    CliSandbox box;
    REQUIRE(box.run({"init"}).exit_code == 0);
    auto exported = box.run({"bareme", "export"});
    REQUIRE(exported.exit_code == 0);
    box.write("bareme.json", exported.out);
    auto imported = box.run({"bareme", "import", box.path("bareme.json")});
    INFO(imported.err);
    CHECK(imported.exit_code == 0);
    CHECK(imported.out.find("version 2") != std::string::npos);
    CHECK(std::stoi(sqlite_query(box.db(), "SELECT COUNT(*) FROM baremes")) == 2);

    std::string broken = exported.out;
    auto pos = broken.find("10,00");
    REQUIRE(pos != std::string::npos);
    broken.replace(pos, 5, "1O,00");
    box.write("casse.json", broken);
    auto refused = box.run({"bareme", "import", box.path("casse.json")});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find("casse.json") != std::string::npos);
    CHECK(refused.err.find("1O,00") != std::string::npos);
    CHECK(std::stoi(sqlite_query(box.db(), "SELECT COUNT(*) FROM baremes")) == 2);
}
