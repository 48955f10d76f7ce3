// The barème in plain French: each rule one sentence, with the barème's own figures.
#include "services/bareme_summary.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using Catch::Contains;

TEST_CASE("the default barème is said in plain French, one sentence per rule", "[bareme][summary]") {
    const auto lines = services::describe_bareme(core::Bareme::defaults());
    REQUIRE(lines.size() == 7);
    CHECK(lines[0] == "Version 1 « Barème par défaut », en vigueur depuis le 01/01/2026.");
    CHECK_THAT(lines[1], Contains("par personne et par jour : accès direct jusqu'à"));
    CHECK(lines[2] == "Les foyers paient 10\u00a0% de la valeur des produits.");
    CHECK(lines[3] == "Produits de la banque alimentaire : au plus 10\u00a0% de leur valeur.");
    CHECK(lines[4] == "Droits ouverts pour 3 mois, renouvelables par 3 mois ; au plus 12 mois sur 24 mois, puis 3 mois d'attente.");
    CHECK_THAT(lines[5], Contains("Crédit du mois : 90,00\u00a0€ par unité de consommation"));
    CHECK_THAT(lines[5], Contains("perdu en fin de mois"));
    CHECK(lines[6] == "Au plus 1 passage par semaine et 5 passages par mois.");
}

TEST_CASE("each choice of the barème changes its sentence", "[bareme][summary]") {
    struct Case {
        std::function<void(core::Bareme&)> change;
        std::size_t line;
        std::string says;
    };
    const Case cases[] = {
        {[](core::Bareme& b) { b.credit.carry_over = true; }, 5, "passe au mois suivant"},
        {[](core::Bareme& b) { b.credit.weekly_cap_enabled = false; }, 5, "sans plafond par semaine"},
        {[](core::Bareme& b) { b.credit.visits_per_week = 2; }, 6, "2 passages par semaine"},
        {[](core::Bareme& b) { b.mode = core::EligibilityMode::QuotientFamilial; }, 1, "quotient familial"},
        {[](core::Bareme& b) { b.mode = core::EligibilityMode::RavPerUcDay; }, 1, "par unité de consommation et par jour"},
        {[](core::Bareme& b) {
             b.rate_policy = core::RatePolicy::ByRavBand;
             b.rate_bands = {{core::Money::from_euros(4), core::Rate::percent(0)}, {core::Money::from_euros(8), core::Rate::percent(15)}};
         },
         2, "0\u00a0% sous 4,00\u00a0€ par jour, 15\u00a0% sous 8,00\u00a0€ par jour, 15\u00a0% au-delà"},
        {[](core::Bareme& b) { b.rate_policy = core::RatePolicy::PerHousehold; }, 2, "foyer par foyer"},
    };
    for (const Case& c : cases) {
        core::Bareme b = core::Bareme::defaults();
        c.change(b);
        const auto lines = services::describe_bareme(b);
        CAPTURE(c.says);
        CHECK_THAT(lines.at(c.line), Contains(c.says));
    }
}
