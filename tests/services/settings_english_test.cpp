// The barème summary of the first-run wizard and the settings checks in English.
#include "english_scope.hpp"

#include "services/bareme_summary.hpp"
#include "services/settings_service.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using services::testing::SpeakEnglish;

TEST_CASE("the default barème is summarised in English, one sentence per rule", "[bareme][summary][english]") {
    SpeakEnglish english;
    const auto lines = services::describe_bareme(core::Bareme::defaults());
    REQUIRE(lines.size() == 7);
    CHECK(lines[0] == "Version 1 \"Barème par défaut\", in force since 01/01/2026.");
    CHECK_THAT(lines[1], Catch::Contains("Eligibility by disposable income per person per day: direct access up to"));
    CHECK(lines[2] == "Households pay 10\u00a0% of the products' value.");
    CHECK(lines[4] == "Rights open for 3 months, renewable for 3 months; at most 12 months in 24 months, then 3 months of "
                      "waiting period.");
    CHECK(lines[6] == "At most 1 visit a week and 5 visits a month.");
}

TEST_CASE("a setting's refusal is said in English", "[settings][english]") {
    SpeakEnglish english;
    CHECK(services::setting_problem("till.id", "caisse 1") == "letters, digits, - and _ only");
    CHECK(services::setting_problem("no.such.key", "x") == "unknown setting");
}
