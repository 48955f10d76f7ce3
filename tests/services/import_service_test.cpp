// Imports through the service and a real database: every malformed file leaves the database
// exactly as it was, and a good file is written whole.
#include "service_fixtures.hpp"

#include "services/card_service.hpp"
#include "services/import_service.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using services::testing::TempStore;

namespace {

const core::Date kToday = core::Date::from_ymd(2026, 11, 23);
const std::string kHeader = "dossier;type_foyer;prenom;date_naissance;sexe;lien;ressource_rsa;charge_loyer\n";
const std::string kGood = "D-1;seul;Fatou;12/03/1979;F;demandeur;620,00;410,00\n";

struct Malformed {
    const char* what;
    std::string bytes;
    int bad_line;   ///< line the error must name (0 = file level)
};

std::vector<Malformed> malformed_household_files() {
    return {
        {"wrong column count", kHeader + kGood + "D-2;seul;Jean;1960-01-01;M\n", 3},
        {"unreadable date", kHeader + kGood + "D-2;seul;Jean;le 3 mars;M;demandeur;600;400\n", 3},
        {"impossible date", kHeader + kGood + "D-2;seul;Jean;31/02/2026;M;demandeur;600;400\n", 3},
        {"birth date in the future", kHeader + kGood + "D-2;seul;Jean;01/01/2030;M;demandeur;600;400\n", 3},
        {"negative amount", kHeader + kGood + "D-2;seul;Jean;1960-01-01;M;demandeur;-600;400\n", 3},
        {"overflowing amount", kHeader + kGood + "D-2;seul;Jean;1960-01-01;M;demandeur;99999999999999999;400\n", 3},
        {"letter O in an amount", kHeader + kGood + "D-2;seul;Jean;1960-01-01;M;demandeur;12,5O;400\n", 3},
        {"stray quote", kHeader + kGood + "D-2;seul;Je\"an;1960-01-01;M;demandeur;600;400\n", 3},
        {"unterminated quote", kHeader + kGood + "D-2;seul;\"Jean;1960-01-01;M;demandeur;600;400\n", 3},
        {"UTF-16 file", std::string("\xFF\xFE", 2) + "d\0o\0s\0", 0},
        {"duplicate dossier", kHeader + kGood + "D-2;seul;Jean;1960-01-01;M;demandeur;600;400\n" + kGood, 4},
        {"unknown household type", kHeader + kGood + "D-2;famille;Jean;1960-01-01;M;demandeur;600;400\n", 3},
        {"unknown column", "dossier;type_foyer;prenom;date_naissance;sexe;lien;salaire\n" + kGood, 0},
    };
}

} // namespace

TEST_CASE("every malformed households file writes nothing and names the bad line", "[import]") {
    for (const auto& m : malformed_household_files()) {
        DYNAMIC_SECTION(m.what) {
            TempStore store;
            services::RandomSerialSource serials;
            auto report = services::import_households(*store, services::testing::acting(core::Role::SocialWorker, "test"), m.bytes, "menages.csv", kToday, false, serials);
            REQUIRE_FALSE(report.ok());
            CHECK(report.written == 0);
            bool named = false;
            for (const auto& e : report.errors) named = named || e.line == m.bad_line;
            CHECK(named);
            CHECK(store->households().count() == 0);
            CHECK(store->access_log().list().empty());
        }
    }
}

TEST_CASE("a good households file is written whole; a dry run writes nothing", "[import]") {
    TempStore store;
    services::RandomSerialSource serials;
    const std::string file = "dossier;type_foyer;prenom;date_naissance;sexe;lien;acces_debut;acces_fin\n"
                             "D-1;seul;Fatou;12/03/1979;F;demandeur;2026-11-02;2027-02-01\n"
                             "D-2;monoparental;Awa;1990-05-04;F;demandeur;;\n"
                             "D-2;;Sékou;2019-01-15;M;enfant;;\n";
    auto dry = services::import_households(*store, services::testing::acting(core::Role::SocialWorker, "test"), file, "menages.csv", kToday, true, serials);
    CHECK(dry.ok());
    CHECK(dry.rows_ready == 2);
    CHECK(store->households().count() == 0);

    auto real = services::import_households(*store, services::testing::acting(core::Role::SocialWorker, "test"), file, "menages.csv", kToday, false, serials);
    REQUIRE(real.ok());
    CHECK(real.written == 2);
    CHECK(real.cards_issued == 1);
    auto d2 = store->households().find_by_file_number("D-2");
    REQUIRE(d2);
    CHECK(d2->composition.members.size() == 2);
    CHECK(d2->composition.members[1].first_name == "Sékou");
}

TEST_CASE("an access period refused by the rules rolls back the whole households file", "[import]") {
    TempStore store;
    services::RandomSerialSource serials;
    // D-2's 18-month period breaks the 12-months-in-24 maximum: D-1, already enrolled in the
    // same transaction, must disappear too.
    const std::string file = "dossier;type_foyer;prenom;date_naissance;sexe;lien;acces_debut;acces_fin\n"
                             "D-1;seul;Fatou;12/03/1979;F;demandeur;2026-11-02;2027-02-01\n"
                             "D-2;seul;Jean;1960-01-01;M;demandeur;2026-11-02;2028-05-01\n";
    auto report = services::import_households(*store, services::testing::acting(core::Role::SocialWorker, "test"), file, "menages.csv", kToday, false, serials);
    REQUIRE_FALSE(report.ok());
    CHECK(report.errors.front().line == 3);
    CHECK(store->households().count() == 0);
    CHECK(store->access_log().list().empty());
}

TEST_CASE("a products file with one bad barcode writes no product", "[import]") {
    TempStore store;
    const std::string file = "nom;categorie;valeur;unite;codes_barres\n"
                             "Riz 1 kg;feculents;2,19;piece;3760000000024\n"
                             "Pâtes;feculents;1,09;piece;3760000000018\n";  // check digit wrong
    auto report = services::import_products(*store, services::testing::manager(), file, "produits.csv", false);
    REQUIRE_FALSE(report.ok());
    CHECK(report.errors.front().line == 3);
    CHECK(report.errors.front().column == "codes_barres");
    CHECK(store->catalogue().product_count() == 0);
    CHECK(store->catalogue().categories().empty());
}
