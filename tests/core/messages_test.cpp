// The language of Cabas' sentences: French as written, English from the compiled-in table,
// values put in their numbered places whatever order the translation wants them in.
#include "core/card_check.hpp"
#include "core/messages.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace cabas::core;

namespace {

struct Filling { const char* text; const char* expected; };

/// Sets the language for one test and gives French back afterwards, whatever happens.
struct SpeakEnglish {
    SpeakEnglish() { set_language(Language::English); }
    ~SpeakEnglish() { set_language(Language::French); }
};

} // namespace

TEST_CASE("fill_places puts each value in its numbered place and leaves the rest as written", "[messages]") {
    auto row = GENERATE(values<Filling>({
        {"Vente n° {0} enregistrée", "Vente n° 12 enregistrée"},
        {"{1} before {0}", "b before 12"},
        {"{0}{0}", "1212"},
        {"no place", "no place"},
        {"{2} has no value", "{2} has no value"},
        {"{{0} is written braces", "{0} is written braces"},
        {"{x} and {", "{x} and {"},
        {"unclosed {0", "unclosed {0"},
        {"", ""},
    }));
    CAPTURE(row.text);
    CHECK(fill_places(row.text, {"12", "b"}) == row.expected);
}

TEST_CASE("tr speaks French by default and English when asked", "[messages]") {
    CHECK(current_language() == Language::French);
    CHECK(tr("Carte inconnue") == "Carte inconnue");
    CHECK(label_of(CardRefusal::Expired) == "Droits expirés");
    CHECK(tr("code-barres {0} valide", "« 123 »") == "code-barres « 123 » valide");
    {
        SpeakEnglish english;
        CHECK(label_of(CardRefusal::Expired) == "Rights expired");
        CHECK(label_of(CardRefusal::Unknown) == "Unknown card");
        CHECK(tr("code-barres {0} valide", 42) == "barcode 42 valid");
        // A sentence the table does not hold is shown as written rather than lost.
        CHECK(tr("Phrase absente du catalogue") == "Phrase absente du catalogue");
    }
    CHECK(label_of(CardRefusal::Expired) == "Droits expirés");
}

TEST_CASE("language codes are fr and en only", "[messages]") {
    CHECK(language_from_code("fr") == Language::French);
    CHECK(language_from_code("en") == Language::English);
    CHECK_FALSE(language_from_code("EN").has_value());
    CHECK_FALSE(language_from_code("").has_value());
    CHECK_FALSE(language_from_code("de").has_value());
}

TEST_CASE("the compiled-in English table holds the catalogue's entries", "[messages]") {
    REQUIRE(english_catalogue_size() > 50);
    const CatalogueEntry* table = english_catalogue();
    for (std::size_t i = 0; i < english_catalogue_size(); ++i) {
        CAPTURE(table[i].french);
        CHECK_FALSE(table[i].french.empty());
        CHECK_FALSE(table[i].english.empty());
    }
}
