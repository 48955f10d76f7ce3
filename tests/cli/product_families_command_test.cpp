// cabas-cli products families on a copy of the demo database: the shipped example table
// imported, listed, one category set and cleared, a bad file refused with every line named and
// nothing written, a volunteer refused, and the FSE+ report's CSV by family.
#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using cabas::testing::CliSandbox;
using cabas::testing::demo;
using cabas::testing::sqlite_query;

namespace {

std::vector<std::string> as(const std::string& login, const std::string& pin, std::vector<std::string> args) {
    args.insert(args.end(), {"--user", login, "--pin", pin});
    return args;
}

std::vector<std::string> as_paul(std::vector<std::string> args) { return as("paul", "2222", std::move(args)); }

/// A copy of the demo database in `box`, so that this test may write.
void copy_demo(const CliSandbox& box) {
    std::filesystem::copy_file(demo().db(), box.db(), std::filesystem::copy_options::overwrite_existing);
    std::filesystem::permissions(box.db(), std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
}

std::string families_table(const CliSandbox& box) {
    return sqlite_query(box.db(), "SELECT c.code || '=' || f.family_code || '/' || f.subfamily_code FROM category_families f "
                                  "JOIN categories c ON c.id = f.category_id ORDER BY c.code");
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("products families imports the example table, lists, sets and clears", "[cli][stock][families]") {
    CliSandbox box;
    copy_demo(box);
    const auto before = box.run(as_paul({"products", "families"}));
    INFO(before.err);
    REQUIRE(before.exit_code == 0);
    CHECK(before.out.find("11 catégorie(s), dont 11 sans famille.") != std::string::npos);

    const std::string example = std::string(CABAS_EXAMPLES_DIR) + "/familles_banque_alimentaire.csv";
    const auto dry = box.run(as_paul({"products", "families", "import", example, "--dry-run"}));
    CHECK(dry.exit_code == 0);
    CHECK(dry.out == "Vérification seule (UTF-8) : 11 catégorie(s) à ranger, aucune erreur. Rien n'a été enregistré.\n");
    CHECK(families_table(box).empty());
    const auto imported = box.run(as_paul({"products", "families", "import", example}));
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
    CHECK(imported.out == "Familles importées (UTF-8) : 11 catégorie(s) rangée(s), 0 sans famille.\n");

    const auto listed = box.run(as_paul({"products", "families", "list"}));
    const auto line = listed.out.substr(listed.out.find("\nhygiene ") + 1);
    CHECK(line.substr(0, line.find('\n')).find("  Hygiène  ") != std::string::npos);
    CHECK(line.substr(0, line.find('\n')).find("  HE Hygiène et entretien / HE01 Hygiène corporelle") != std::string::npos);

    const auto set = box.run(as_paul({"products", "families", "set", "Bébé", "--family-code", "HE", "--family",
                                      "Hygiène et entretien", "--subfamily-code", "HE03", "--subfamily", "Bébé"}));
    INFO(set.err);
    CHECK(set.exit_code == 0);
    CHECK(set.out == "Catégorie « Bébé » rangée en HE Hygiène et entretien / HE03 Bébé.\n");
    const auto conflict = box.run(as_paul({"products", "families", "set", "bebe", "--family-code", "HE", "--family",
                                           "Droguerie", "--subfamily-code", "HE03", "--subfamily", "Bébé"}));
    CHECK(conflict.exit_code == 2);
    CHECK(conflict.err.find("la famille HE s'appelle déjà « Hygiène et entretien »") != std::string::npos);
    CHECK(box.run(as_paul({"products", "families", "clear", "boissons"})).exit_code == 0);
    CHECK(families_table(box).find("bebe=HE/HE03\n") != std::string::npos);
    CHECK(families_table(box).find("boissons") == std::string::npos);

    // The FSE+ report's table by family, in its CSV export.
    const auto report = box.run(as_paul({"report", "fse", "--from", "2025-01-01", "--to", "2027-12-31", "--out",
                                         box.path("fse.pdf"), "--csv", box.path("fse")}));
    INFO(report.err);
    REQUIRE(report.exit_code == 0);
    const std::string csv = read(box.path("fse/denrees_par_famille.csv"));
    CHECK(csv.find("EP Épicerie") != std::string::npos);
    CHECK(csv.find("\nHE Hygiène et entretien;") != std::string::npos);  // the family, then its sub-families
    CHECK(csv.find("\nHE03 Bébé;") != std::string::npos);
    CHECK(csv.find("Sans famille") != std::string::npos);  // the drinks
}

TEST_CASE("a bad families file is refused whole, every line named", "[cli][stock][families]") {
    CliSandbox box;
    copy_demo(box);
    box.write("familles.csv", "categorie;code_famille;famille;code_sous_famille;sous_famille\n"
                              "hygiene;HE;Hygiène et entretien;HE01;Hygiène corporelle\n"
                              "conserves;EP;Épicerie;EP05;Conserves\n"
                              "bebe;BB;;BB01;Bébé\n"
                              "Hygiène;HE;Hygiène et entretien;HE01;Hygiène corporelle\n"
                              "boissons;BO;Boissons;BO01;Boissons;sans alcool\n");
    const auto r = box.run(as_paul({"products", "families", "import", box.path("familles.csv")}));
    CHECK(r.exit_code == 2);
    const std::string file = box.path("familles.csv");
    CHECK(r.err.find(file + ":3: categorie: catégorie inconnue « conserves »") != std::string::npos);
    CHECK(r.err.find(file + ":4: famille: libellé de famille manquant\n") != std::string::npos);
    CHECK(r.err.find(file + ":5: categorie: catégorie « hygiene » déjà donnée ligne 2\n") != std::string::npos);
    CHECK(r.err.find(file + ":6: 6 colonnes au lieu de 5\n") != std::string::npos);
    CHECK(r.err.find("4 erreurs : rien n'a été enregistré.") != std::string::npos);
    CHECK(families_table(box).empty());
}

TEST_CASE("a volunteer may not file categories", "[cli][stock][families]") {
    CliSandbox box;
    copy_demo(box);
    const auto r = box.run(as("marie", "1111", {"products", "families", "clear", "hygiene"}));
    CHECK(r.exit_code == 1);
    CHECK(box.run(as_paul({"products", "families", "bogus"})).exit_code == 2);
}
