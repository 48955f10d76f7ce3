// Two épiceries of one CCAS from the command line, on the test server: the CCAS key, each site
// inscribed by its admin, a person filed at the centre flagged when the north épicerie files
// her (end of rights only), the lookup in the north's access log, and the CCAS's consolidated
// report. On a SQLite épicerie the ccas commands and that report refuse plainly.
#include "cli_runner.hpp"
#include "cli_test_dates.hpp"

#include "support/test_ccas_database.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using cabas::testing::CliResult;
using cabas::testing::CliSandbox;
using cabas::testing::local_date;

namespace {

const char* kAwa = R"json({
  "type_foyer": "monoparental",
  "membres": [
    {"prenom": "Awa", "nom": "Koné-Sylla", "date_naissance": "1990-05-04", "sexe": "f", "lien": "demandeur"},
    {"prenom": "Sékou", "nom": "Koné-Sylla", "date_naissance": "2019-01-15", "sexe": "m", "lien": "enfant"}
  ],
  "ressources": [ {"nature": "rsa", "montant": "850,00"} ]
})json";

const char* kAwaAgain = R"json({
  "type_foyer": "seul",
  "membres": [ {"prenom": "AWA", "nom": "kone sylla", "date_naissance": "04/05/1990", "sexe": "f", "lien": "demandeur"} ]
})json";

CliResult at(const CliSandbox& box, const std::string& uri, std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", uri});
    args.insert(args.end(), {"--user", "admin", "--pin", "4444"});
    return box.run(args, false);
}

void new_site(const CliSandbox& box, const std::string& uri, const std::string& code, const std::string& name) {
    REQUIRE(box.run({"--db", uri, "init"}, false).exit_code == 0);
    REQUIRE(box.run({"--db", uri, "user", "add", "admin", "--name", "Admin", "--role", "admin", "--new-pin", "4444"}, false)
                .exit_code == 0);
    const auto added = at(box, uri, {"ccas", "add-site", code, name});
    INFO(added.err);
    REQUIRE(added.exit_code == 0);
    CHECK(added.out.find("Épicerie " + code + " (" + name) != std::string::npos);
}

} // namespace

TEST_CASE("two épiceries of a CCAS: the second is told the person is followed elsewhere, and the CCAS gets both reports",
          "[postgres][cli][ccas]") {
    cabas::test_support::FreshCcasDatabase ccas;
    CliSandbox box;
    const auto key = box.run({"ccas", "key"}, false);
    INFO(key.err);
    REQUIRE(key.exit_code == 0);
    const std::string key_path = box.dir() + "/data/cabas/ccas.cle";
    CHECK(key.out.find("Clé du CCAS créée : ") != std::string::npos);
    struct stat st {};
    REQUIRE(::stat(key_path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(box.run({"ccas", "key"}, false).exit_code == 2);  // never replaced

    const std::string centre = ccas.new_site_schema("centre");
    const std::string nord = ccas.new_site_schema("nord");
    new_site(box, centre, "CENTRE", "Épicerie du centre");
    new_site(box, nord, "NORD", "Épicerie nord");
    const auto sites = at(box, nord, {"ccas", "sites"});
    CHECK(sites.out == "CENTRE\tÉpicerie du centre\tcentre\nNORD\tÉpicerie nord\tnord\n");

    box.write("awa.json", kAwa);
    box.write("awa2.json", kAwaAgain);
    const auto first = at(box, centre, {"household", "add", "C-2026-0042", box.path("awa.json"), "--referred-by", "EDS Ouest"});
    INFO(first.err);
    REQUIRE(first.exit_code == 0);
    CHECK(first.out.find("déjà suivi") == std::string::npos);
    const std::string end = local_date(0, -60);  // rights until sixty days from today
    const auto decided = at(box, centre, {"household", "decide", "C-2026-0042", "--decision", "acceptee", "--to", end});
    INFO(decided.err);
    REQUIRE(decided.exit_code == 0);

    const auto second = at(box, nord, {"household", "add", "N-2026-0007", box.path("awa2.json"), "--referred-by", "CCAS"});
    INFO(second.err);
    REQUIRE(second.exit_code == 0);
    const std::string french_end = end.substr(8, 2) + "/" + end.substr(5, 2) + "/" + end.substr(0, 4);
    CHECK(second.out.find("AWA kone sylla : déjà suivi par une autre épicerie du CCAS (droits jusqu'au " + french_end +
                          ")\n") != std::string::npos);
    const auto log = at(box, nord, {"access-log", "list"});
    CHECK(log.out.find("controle_doublons_ccas") != std::string::npos);
    CHECK(log.out.find("1 adulte(s) comparé(s) aux autres épiceries du CCAS, 1 déjà suivi(s) ailleurs") != std::string::npos);
    // Nothing the north épicerie can print names the centre's household or file.
    const auto listed = at(box, nord, {"household", "list"});
    const auto shown = at(box, nord, {"household", "show", "N-2026-0007"});
    for (const auto* out : {&second.out, &log.out, &listed.out, &shown.out})
        for (const char* foreign : {"C-2026-0042", "Koné-Sylla", "Sékou", "EDS Ouest", "centre", "CENTRE"})
            CHECK(out->find(foreign) == std::string::npos);

    const std::string month = local_date().substr(0, 7);
    const auto report = at(box, ccas.uri(), {"report", "consolidated", "--month", month, "--out", box.path("ccas.pdf"),
                                             "--name", "CCAS de Test"});
    INFO(report.err);
    REQUIRE(report.exit_code == 0);
    CHECK(report.out.find("Épicerie du centre : 0 foyers servis, 0 passages\n") != std::string::npos);
    CHECK(report.out.find("Total du CCAS, " + month + " : 0 foyers servis") != std::string::npos);
    CHECK(report.out.find("Rapport écrit : " + box.path("ccas.pdf")) != std::string::npos);
}

TEST_CASE("on a SQLite épicerie the ccas commands and the consolidated report refuse plainly", "[cli][ccas]") {
    CliSandbox box;
    REQUIRE(box.run({"init"}).exit_code == 0);
    REQUIRE(box.run({"user", "add", "admin", "--name", "Admin", "--role", "admin", "--new-pin", "4444"}).exit_code == 0);
    const auto refused = box.run({"ccas", "add-site", "X", "Épicerie X", "--user", "admin", "--pin", "4444"});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find("une base SQLite reste une épicerie seule") != std::string::npos);
    const auto sites = box.run({"ccas", "sites", "--user", "admin", "--pin", "4444"});
    CHECK(sites.exit_code == 2);
    const auto report = box.run({"report", "consolidated", "--month", "2026-10", "--out", box.path("x.pdf"), "--user",
                                 "admin", "--pin", "4444"});
    CHECK(report.exit_code == 2);
    CHECK(report.err.find("base PostgreSQL du CCAS") != std::string::npos);
}
