// The household services in English: the list filters, a form check, and a CSV import error
// that keeps its file, line and column; French again once the scope ends.
#include "english_scope.hpp"

#include "services/households/household_validation.hpp"
#include "services/households/household_views.hpp"
#include "services/io/household_import.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services;
using services::testing::SpeakEnglish;

namespace {

const core::Date kToday = core::Date::from_ymd(2026, 3, 15);

const std::string kHeader = "dossier;type_foyer;prenom;nom;date_naissance;sexe;lien\n";

} // namespace

TEST_CASE("the household list filters are named in English", "[households][english]") {
    using services::testing::check_both_languages;
    check_both_languages([] { return households::label_of(households::AccessFilter::Expired); }, "Rights expired",
                         "Droits expirés");
    check_both_languages([] { return households::label_of(households::AccessFilter::Pending); },
                         "Waiting for the commission", "En attente de commission");
    check_both_languages([] { return households::decision_label(core::Decision::Postponed); }, "postponed", "ajournée");
    // Stored text and the French documents keep the French word in every language.
    check_both_languages([] { return households::decision_label_french(core::Decision::Postponed); }, "ajournée",
                         "ajournée");
}

TEST_CASE("a household CSV import error is said in English with its file, line and column", "[households][english][import]") {
    const std::string csv = kHeader + "D-1;seul;Awa;Diallo;12/04/1985;F;demandeur\n" +
                            "D-2;seul;Léa;Martin;16/03/2026;Z;demandeur\n";
    {
        SpeakEnglish english;
        const auto result = io::parse_households_csv(csv, "menages.csv", kToday);
        CHECK(result.households.empty());
        REQUIRE(result.errors.size() == 2);
        CHECK(result.errors[0].to_string() == "menages.csv:3: date_naissance: date of birth in the future: 16/03/2026");
        CHECK(result.errors[1].to_string() == "menages.csv:3: sexe: unknown code \"Z\" (expected: F, M or X)");
    }
    const auto result = io::parse_households_csv(csv, "menages.csv", kToday);
    REQUIRE(result.errors.size() == 2);
    CHECK(result.errors[0].to_string() == "menages.csv:3: date_naissance: date de naissance dans le futur : 16/03/2026");
    CHECK(result.errors[1].to_string() == "menages.csv:3: sexe: code inconnu « Z » (attendu : F, M ou X)");
}

TEST_CASE("a wrong column count and the file limits are said in English", "[households][english][import]") {
    SpeakEnglish english;
    const auto result = io::parse_households_csv(kHeader + "D-2;seul;Léa\n", "menages.csv", kToday);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].to_string() == "menages.csv:2: 3 columns instead of 7");
}
