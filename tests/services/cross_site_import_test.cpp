// The duplicate check with the other épiceries runs on a household CSV import as it does after
// filing through the form: two sites of one CCAS on the test server; a row whose adult is
// followed at the other site is imported and flagged at its line with the form's words, never
// with the other site's spelling, file or name; each lookup logged; a dry run looks nothing up.
#include "cross_site_fixtures.hpp"

#include "services/import_service.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services::households;
using services::testing::Site;
using services::testing::TwoSites;

namespace {

core::HouseholdFile single(const std::string& number, const char* first, const char* last, core::Date birth) {
    core::HouseholdFile f = services::testing::worked_check_file(number);
    f.composition.type = core::HouseholdType::Single;
    f.composition.members = {{first, last, birth, core::Sex::Female, core::Relationship::Applicant, false}};
    return f;
}

/// Two dossiers: the first the centre's person typed another way, the second nobody's.
const std::string kCsv =
    "dossier;type_foyer;prenom;nom;date_naissance;sexe;lien;handicap;ressource_salaire;charge_loyer;acces_debut;acces_fin\n"
    "N-0101;seul;ZOE;dupont lefevre;03/06/1979;F;demandeur;non;700;400;01/11/2026;30/04/2027\n"
    "N-0102;seul;Inès;Martin;12/12/1988;F;demandeur;non;650;380;;\n";

} // namespace

TEST_CASE("a household CSV import flags a row followed at another épicerie, imports it, and logs each lookup",
          "[postgres][households][cross_site][import]") {
    TwoSites sites;
    Site& centre = sites.centre;
    Site& nord = sites.nord;
    auto at_centre = centre.social_worker();
    const auto first = at_centre.create(single("C-0001", "Zoé", "Dupont-Lefèvre", core::Date::from_ymd(1979, 6, 3)));
    DecisionRequest d;
    d.decision = core::Decision::Accepted;
    d.end = core::Date::from_ymd(2027, 2, 28);
    at_centre.decide(first, d);

    auto at_nord = nord.social_worker();
    SECTION("a dry run checks the file and looks nothing up") {
        const auto report = at_nord.import_files(kCsv, "menages.csv", true);
        INFO(services::io::to_string(report.errors));
        REQUIRE(report.ok());
        CHECK(report.rows_ready == 2);
        CHECK(report.cross_site.empty());
        CHECK(nord.logged("controle_doublons_ccas") == 0);
    }
    SECTION("the import writes both dossiers and flags the first at its line") {
        const auto report = at_nord.import_files(kCsv, "menages.csv", false);
        INFO(services::io::to_string(report.errors));
        REQUIRE(report.ok());
        CHECK(report.written == 2);
        CHECK(report.cross_site_unavailable.empty());
        REQUIRE(report.cross_site.size() == 1);
        CHECK(report.cross_site[0].to_string() ==
              "menages.csv:2: ZOE dupont lefevre : déjà suivi par une autre épicerie du CCAS (droits jusqu'au 28/02/2027)");
        const std::string summary = services::cross_site_summary(report);
        CHECK(summary.find("1 adulte(s) déjà suivi(s) par une autre épicerie du CCAS : dossiers importés") != std::string::npos);
        // Nothing of the centre's file: not its spelling, its number or its site.
        for (const char* foreign : {"Zoé", "Dupont-Lefèvre", "C-0001", "centre", "CENTRE"}) {
            INFO(foreign);
            CHECK(summary.find(foreign) == std::string::npos);
        }
        // Flagged, not refused: both dossiers are at the north épicerie.
        CHECK(nord.store->households().find_by_file_number("N-0101"));
        CHECK(nord.store->households().find_by_file_number("N-0102"));
        CHECK(nord.logged("controle_doublons_ccas") == 2);
        CHECK(nord.logged("import_file") == 2);
    }
    SECTION("without the check the import goes on and says why once") {
        at_nord.use_cross_site_check(nullptr);
        const auto unchecked = at_nord.import_files(kCsv, "menages.csv", false);
        CHECK(unchecked.written == 2);
        CHECK(unchecked.cross_site.empty());
        CHECK(nord.logged("controle_doublons_ccas") == 0);
    }
}

TEST_CASE("a CSV import on a database outside any CCAS says once that the check is unavailable", "[households][import]") {
    services::testing::HouseholdWorld world;
    auto social = world.as(core::Role::SocialWorker);
    CrossSiteLink link(world.store.location(), world.store.file("ccas.cle"));
    social.use_cross_site_check(&link);
    const auto report = social.import_files(kCsv, "menages.csv", false);
    INFO(services::io::to_string(report.errors));
    REQUIRE(report.ok());
    CHECK(report.written == 2);
    CHECK(report.cross_site.empty());
    CHECK_FALSE(report.cross_site_unavailable.empty());
    CHECK(services::cross_site_summary(report).rfind("Contrôle des doublons entre épiceries du CCAS indisponible : ", 0) == 0);
}
