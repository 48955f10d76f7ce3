// The language of what Cabas says. Sentences are written in French in the code (French is the
// épicerie's language and the default), each one wrapped in tr(): tr() looks the sentence up in
// the English table when the process speaks English, and fills its numbered places {0}, {1}…
// with the values, so that a translation may put them in another order. The table is
// assets/locale/en_*.po, compiled into the program at build time (core reads no file).
//
// Path not taken: keys such as "card.refused.expired" with a table for French too. The French
// sentence as key keeps the code readable where the sentence is made, lets the French text stay
// the single source, and is how gettext catalogues (the till's wx screens) already work.
#pragma once

#include <concepts>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace cabas::core {

enum class Language { French, English };

/// The process's language: French until told otherwise (the till's --lang or its setting, the
/// CLI's --lang or LANG). Set once at start-up, before any sentence is made.
void set_language(Language);
Language current_language();

/// "fr" → French, "en" → English; nullopt for anything else.
std::optional<Language> language_from_code(std::string_view code);

/// The English for `french`, when the process speaks English and the table has it; otherwise
/// `french` itself.
std::string_view translate(std::string_view french);

/// `text` with {0}, {1}… replaced by `values` in that order; "{{" stays a lone "{". A place
/// with no value stays as written, so a wrong table shows, never crashes.
std::string fill_places(std::string_view text, std::initializer_list<std::string_view> values);

/// A value as it goes into a place: text as is, whole numbers in figures.
inline std::string_view place_text(std::string_view text) { return text; }
inline std::string_view place_text(const std::string& text) { return text; }
inline std::string_view place_text(const char* text) { return text; }
template <std::integral Number>
    requires(!std::same_as<Number, bool> && !std::same_as<Number, char>)
std::string place_text(Number number) { return std::to_string(number); }

/// Marks a sentence kept in a table and translated where it is shown (gettext's N_): the
/// catalogue check collects it like a tr() sentence.
constexpr const char* to_translate(const char* french) { return french; }

/// The sentence in the process's language, with its places filled.
inline std::string tr(std::string_view french) { return std::string(translate(french)); }
template <typename... Values>
std::string tr(std::string_view french, const Values&... values) {
    return fill_places(translate(french), {std::string_view(place_text(values))...});
}

/// For the life of the object the process speaks French, then its language again: the PDF
/// documents (reports for the CCAS and the food bank, tickets, data exports) are French
/// documents whatever the screen's language, and their models call label_of() and tr().
class DocumentInFrench {
public:
    DocumentInFrench() : m_before(current_language()) { set_language(Language::French); }
    ~DocumentInFrench() { set_language(m_before); }
    DocumentInFrench(const DocumentInFrench&) = delete;
    DocumentInFrench& operator=(const DocumentInFrench&) = delete;

private:
    Language m_before;
};

/// The table the program was built with, for the tests: `count` entries.
struct CatalogueEntry {
    std::string_view french;
    std::string_view english;
};
std::size_t english_catalogue_size();
const CatalogueEntry* english_catalogue();

} // namespace cabas::core
