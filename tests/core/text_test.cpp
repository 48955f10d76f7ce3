// Trimming and quoting shared by every layer: what counts as a space, and how long a quoted
// value may get in a message.
#include "core/error.hpp"
#include "core/text.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace cabas::core;

namespace {
struct Trimmed { std::string text; std::string expected; };
struct Clipped { std::string message; std::string expected; };
} // namespace

TEST_CASE("trims ASCII spaces, tabs, line ends and French no-break spaces at both ends", "[text]") {
    const auto c = GENERATE(values<Trimmed>({
        {"", ""},
        {"   ", ""},
        {" riz ", "riz"},
        {"\t3760001000014\r\n", "3760001000014"},
        {"\u00A012,50\u00A0", "12,50"},
        {"\u202F1\u202F234\u202F", "1\u202F234"},  // inner spaces stay
        {"a b", "a b"},
    }));
    CHECK(trim(c.text) == c.expected);
}

TEST_CASE("an excerpt keeps sixty characters and marks the cut", "[text]") {
    CHECK(excerpt("court") == "court");
    CHECK(excerpt(std::string(60, 'x')) == std::string(60, 'x'));
    CHECK(excerpt(std::string(61, 'x')) == std::string(60, 'x') + "…");
    CHECK(excerpt(std::string(70, 'x') + "é", 65) == std::string(65, 'x') + "…");
    CHECK(excerpt("ééé", 2) == "éé…");
    CHECK(quoted(std::string(200, 'a')) == "« " + std::string(60, 'a') + "… »");
}

TEST_CASE("values quoted in a message are cut, the words around them kept", "[text]") {
    const std::string long_value(5000, '7');
    const auto c = GENERATE_COPY(values<Clipped>({
        {"date impossible « 31/02/2026 »", "date impossible « 31/02/2026 »"},
        {"code inconnu « " + long_value + " » (attendu : F, M ou X)",
         "code inconnu « " + std::string(60, '7') + "… » (attendu : F, M ou X)"},
        {"« " + long_value + " » puis « " + long_value + " »",
         "« " + std::string(60, '7') + "… » puis « " + std::string(60, '7') + "… »"},
        {"ouvert « " + long_value, "ouvert « " + std::string(59, '7') + "…"},
        {"aucun guillemet", "aucun guillemet"},
    }));
    CHECK(clip_quoted_values(c.message) == c.expected);
}

TEST_CASE("a validation error never carries a quoted value longer than sixty characters", "[text]") {
    const cabas::ValidationError e("nom", "texte « " + std::string(2'000'000, 'A') + " » refusé");
    CHECK(e.reason() == "texte « " + std::string(60, 'A') + "… » refusé");
    CHECK(std::string(e.what()).size() < 100);
}
