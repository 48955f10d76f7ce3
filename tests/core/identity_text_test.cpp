// The names two épiceries compare through the CCAS key: every way of typing one person's names
// gives one text, and nothing else merges two different names or birth dates.
#include "core/identity_text.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace cabas::core;

namespace {
struct Folded { std::string typed; std::string expected; };
struct Pair { std::string a_last, a_first; std::string b_last, b_first; bool same; };
} // namespace

TEST_CASE("a name folds case, accents, ligatures, spaces, hyphens and apostrophes", "[identity]") {
    const auto c = GENERATE(values<Folded>({
        {"Dupont", "dupont"},
        {"DUPONT", "dupont"},
        {"Lefèvre", "lefevre"},
        {"LEFÈVRE", "lefevre"},
        {"Dupont-Lefèvre", "dupontlefevre"},
        {"Dupont Lefèvre", "dupontlefevre"},
        {" dupont  lefevre ", "dupontlefevre"},
        {"Jean-François", "jeanfrancois"},
        {"JEAN FRANÇOIS", "jeanfrancois"},
        {"N'Diaye", "ndiaye"},
        {"N\u2019DIAYE", "ndiaye"},
        {"Cœur", "coeur"},
        {"LÆTITIA", "laetitia"},
        {"Müller", "muller"},
        {"Strauß", "strauss"},
        {"Nuñez", "nunez"},
        {"Zoé", "zoe"},
        {"Saint-Éloi", "sainteloi"},
        {"St. Jean", "stjean"},
        {"Ÿvette", "yvette"},
        {"", ""},
    }));
    CAPTURE(c.typed);
    CHECK(normalised_name(c.typed) == c.expected);
}

TEST_CASE("two typings are one person only when their folded names match", "[identity]") {
    const Date birth = Date::from_ymd(1980, 4, 12);
    const auto c = GENERATE(values<Pair>({
        {"Dupont", "Zoé", "DUPONT", "ZOE", true},
        {"Dupont-Lefèvre", "Marie Anne", "dupont lefevre", "marie-anne", true},
        {"N'Diaye", "Awa", "NDIAYE", "Awa", true},
        {"Dupont", "Zoé", "Dupond", "Zoé", false},
        {"Dupont", "Zoé", "Dupont", "Zoéa", false},
        {"Dupont", "Jean", "Jean", "Dupont", false},  // surname and first name never swap
    }));
    CAPTURE(c.a_last, c.a_first, c.b_last, c.b_first);
    CHECK((identity_text(c.a_last, c.a_first, birth) == identity_text(c.b_last, c.b_first, birth)) == c.same);
}

TEST_CASE("the birth date is part of the identity", "[identity]") {
    CHECK(identity_text("Dupont", "Zoé", Date::from_ymd(1980, 4, 12)) == "dupont|zoe|1980-04-12");
    CHECK(identity_text("Dupont", "Zoé", Date::from_ymd(1980, 4, 12)) !=
          identity_text("Dupont", "Zoé", Date::from_ymd(1980, 4, 13)));
}
