// The referral from the command line: `household add` with its --referred-* options, what
// `household show` and `commission list` print of it, and the import's referral columns.
#include "cli_runner.hpp"
#include "cli_test_dates.hpp"

#include <catch2/catch.hpp>

using cabas::testing::CliSandbox;
using cabas::testing::local_date;
using cabas::testing::sqlite_query;

namespace {

const char* kFamily = R"json({
  "type_foyer": "monoparental",
  "membres": [
    {"prenom": "Awa", "date_naissance": "1990-05-04", "sexe": "f", "lien": "demandeur"},
    {"prenom": "Sékou", "date_naissance": "2019-01-15", "sexe": "m", "lien": "enfant"}
  ],
  "ressources": [ {"nature": "rsa", "montant": "850,00"} ],
  "charges": [ {"nature": "loyer", "montant": 500} ]
})json";

/// A fresh database whose first account, the admin, may create files.
void add_admin(const CliSandbox& box) {
    REQUIRE(box.run({"init"}).exit_code == 0);
    REQUIRE(box.run({"user", "add", "claire", "--name", "Claire", "--role", "admin", "--new-pin", "9876"}).exit_code == 0);
}

std::vector<std::string> as_admin(std::vector<std::string> args) {
    args.insert(args.end(), {"--user", "claire", "--pin", "9876"});
    return args;
}

std::string french(const std::string& iso) { return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4); }

std::string field(const CliSandbox& box, const std::string& column, const std::string& file_number) {
    std::string v = sqlite_query(box.db(), "SELECT " + column + " FROM households WHERE file_number = '" + file_number + "'");
    while (!v.empty() && v.back() == '\n') v.pop_back();
    return v;
}

} // namespace

TEST_CASE("household add stores the referral given by its options, and show and commission print it",
          "[cli][households][referral]") {
    CliSandbox box;
    add_admin(box);
    box.write("foyer.json", kFamily);
    const std::string referred = local_date(0, 12);
    auto added = box.run(as_admin({"household", "add", "D-2026-0001", box.path("foyer.json"), "--referred-on", referred,
                                   "--referred-by", "CCAS — Mme Durand", "--referral-reason", "Perte d'emploi"}));
    INFO(added.err);
    REQUIRE(added.exit_code == 0);
    CHECK(added.out == "Dossier D-2026-0001 créé : orienté le " + french(referred) +
                           " par CCAS — Mme Durand, en attente de commission\n"
                           "Contrôle des doublons entre épiceries du CCAS indisponible : la base est un fichier "
                           "SQLite, propre à une seule épicerie.\n");
    CHECK(field(box, "referral_on", "D-2026-0001") == referred);
    CHECK(field(box, "referred_by", "D-2026-0001") == "CCAS — Mme Durand");
    CHECK(field(box, "referral_reason", "D-2026-0001") == "Perte d'emploi");

    auto shown = box.run(as_admin({"household", "show", "D-2026-0001"}));
    REQUIRE(shown.exit_code == 0);
    CHECK(shown.out.find("en attente de commission") != std::string::npos);
    CHECK(shown.out.find("Orientation : le " + french(referred) + " par CCAS — Mme Durand — Perte d'emploi\n") !=
          std::string::npos);

    // Without --referred-on the referral is today's.
    REQUIRE(box.run(as_admin({"household", "add", "D-2026-0002", box.path("foyer.json"), "--referred-by", "EDS Est"}))
                .exit_code == 0);
    CHECK(field(box, "referral_on", "D-2026-0002") == local_date());
    auto commission = box.run(as_admin({"commission", "list"}));
    REQUIRE(commission.exit_code == 0);
    const auto first = commission.out.find("D-2026-0001");
    const auto second = commission.out.find("D-2026-0002");
    REQUIRE(first != std::string::npos);
    REQUIRE(second != std::string::npos);
    CHECK(first < second);  // the older referral first
    CHECK(commission.out.find("\torienté le " + french(referred) + "\n") != std::string::npos);
    CHECK(commission.out.find("Durand") == std::string::npos);  // anonymised: no social worker's name
}

TEST_CASE("household add refuses a bad referral naming the option, and writes nothing", "[cli][households][referral]") {
    CliSandbox box;
    add_admin(box);
    box.write("foyer.json", kFamily);
    auto missing = box.run(as_admin({"household", "add", "D-1", box.path("foyer.json")}));
    CHECK(missing.exit_code == 2);
    CHECK(missing.err.find("--referred-by est obligatoire") != std::string::npos);
    auto future = box.run(as_admin({"household", "add", "D-1", box.path("foyer.json"), "--referred-by", "CCAS",
                                    "--referred-on", local_date(0, -3)}));
    CHECK(future.exit_code == 2);
    CHECK(future.err.find("--referred-on") != std::string::npos);
    CHECK(future.err.find("dans le futur") != std::string::npos);
    auto old = box.run(as_admin({"household", "add", "D-1", box.path("foyer.json"), "--referred-by", "CCAS",
                                 "--referred-on", "1999-12-31"}));
    CHECK(old.exit_code == 2);
    CHECK(old.err.find("--referred-on: date d'orientation avant 2000") != std::string::npos);
    auto unreadable = box.run(as_admin({"household", "add", "D-1", box.path("foyer.json"), "--referred-by", "CCAS",
                                        "--referred-on", "31/02/2026"}));
    CHECK(unreadable.exit_code == 2);
    CHECK(unreadable.err.find("--referred-on") != std::string::npos);
    auto long_reason = box.run(as_admin({"household", "add", "D-1", box.path("foyer.json"), "--referred-by", "CCAS",
                                         "--referral-reason", std::string(301, 'x')}));
    CHECK(long_reason.exit_code == 2);
    CHECK(long_reason.err.find("--referral-reason: motif d'orientation trop long (301 caractères") != std::string::npos);
    CHECK(sqlite_query(box.db(), "SELECT COUNT(*) FROM households") == "0");
}

TEST_CASE("the import reads the referral columns and names the line and column of a bad one", "[cli][import][referral]") {
    CliSandbox box;
    add_admin(box);
    const std::string header = "dossier;type_foyer;prenom;date_naissance;sexe;lien;prescripteur;travailleur_social;"
                               "orientation_date;oriente_par;orientation_motif\n";
    box.write("bad.csv", header +
                             "D-1;seul;Fatou;1979-03-12;F;demandeur;;;31/02/2026;CCAS;\n"           // line 2
                             "D-2;seul;Jean;1960-01-01;M;demandeur;;;" + local_date(0, -2) + ";CCAS;\n"  // line 3
                             "D-3;seul;Rose;1955-06-06;F;demandeur;;;1999-05-01;CCAS;\n"            // line 4
                             "D-4;seul;Omar;1980-02-02;M;demandeur;;;" + local_date(0, 5) + ";" + std::string(121, 'x') +
                             ";\n");                                                                // line 5
    auto bad = box.run(as_admin({"import", "households", box.path("bad.csv")}));
    INFO(bad.err);
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("bad.csv:2: orientation_date") != std::string::npos);
    CHECK(bad.err.find("bad.csv:3: orientation_date") != std::string::npos);
    CHECK(bad.err.find("dans le futur") != std::string::npos);
    CHECK(bad.err.find("bad.csv:4: orientation_date") != std::string::npos);
    CHECK(bad.err.find("bad.csv:5: oriente_par") != std::string::npos);
    CHECK(sqlite_query(box.db(), "SELECT COUNT(*) FROM households") == "0");

    const std::string referred = local_date(0, 20);
    box.write("good.csv", header +
                              "D-1;seul;Fatou;1979-03-12;F;demandeur;;;" + referred + ";CCAS — Mme Durand;Dettes\n"
                              "D-2;seul;Jean;1960-01-01;M;demandeur;EDS Est;M. Martin;;;\n"
                              "D-3;seul;Rose;1955-06-06;F;demandeur;;;;;\n");
    auto good = box.run(as_admin({"import", "households", box.path("good.csv")}));
    INFO(good.err);
    REQUIRE(good.exit_code == 0);
    CHECK(field(box, "referral_on", "D-1") == referred);
    CHECK(field(box, "referred_by", "D-1") == "CCAS — Mme Durand");
    CHECK(field(box, "referral_reason", "D-1") == "Dettes");
    CHECK(field(box, "referral_on", "D-2") == local_date());  // no date: the day of the import
    CHECK(field(box, "referred_by", "D-2") == "EDS Est — M. Martin");
    CHECK(field(box, "referred_by", "D-3") == "non renseigné");
}
