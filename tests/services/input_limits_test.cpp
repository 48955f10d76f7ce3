// The limits that keep a wrong or hostile file from crashing or flooding Cabas: each CSV and
// JSON limit is hit once, and the message must name the limit and where it was hit.
#include "core/error.hpp"
#include "services/io/csv_reader.hpp"
#include "services/io/household_import.hpp"
#include "services/io/import_error.hpp"
#include "services/io/json_document.hpp"
#include "services/io/product_import.hpp"
#include "services/simulation.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace cabas::services;
using namespace cabas::services::io;
using cabas::ValidationError;
namespace core = cabas::core;

namespace {

const core::Date k_today = core::Date::from_ymd(2026, 3, 15);

struct CsvCase {
    const char* name;
    std::string text;
    int line;
    const char* reason;
};

std::string many_rows(std::size_t n) {
    std::string out = "a;b\n";
    for (std::size_t i = 0; i < n; ++i) out += "1;2\n";
    return out;
}

std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

std::string charges(std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += std::string(i ? "," : "") + R"({"nature": "loyer", "montant": "1"})";
    return out;
}

std::string household_with(std::size_t members) {
    std::string out = R"({"type_foyer": "autre", "membres": [)";
    for (std::size_t i = 0; i < members; ++i)
        out += std::string(i ? "," : "") + R"({"date_naissance": "1980-01-01"})";
    return out + "]}";
}

} // namespace

TEST_CASE("each CSV limit is a problem of the line that reaches it, naming the limit", "[csv][limits]") {
    CsvLimits limits;
    limits.max_rows = 3;
    limits.max_line_bytes = 40;
    limits.max_field_bytes = 10;
    const auto c = GENERATE_COPY(values<CsvCase>({
        {"line", "a;b\n1;2\n" + std::string(41, 'x') + "\n3;4\n", 3,
         "ligne de 41 octets : au plus 40 octets par ligne (limite des imports)"},
        {"field", "a;b\n1;\"" + std::string(11, 'y') + "\"\n3;4\n", 2,
         "champ n° 2 de 11 octets : au plus 10 octets par champ (limite des imports)"},
        {"rows", many_rows(4), 5, "plus de 3 lignes de données (limite d'un import) : découpez le fichier"},
    }));
    CAPTURE(c.name);
    const CsvTable table = read_csv(c.text, limits);
    REQUIRE(table.problems.size() == 1);
    CHECK(table.problems[0].line == c.line);
    CHECK(table.problems[0].reason == c.reason);
}

TEST_CASE("reading goes on after a line over the limit and stops after too many rows", "[csv][limits]") {
    CsvLimits limits;
    limits.max_rows = 2;
    limits.max_line_bytes = 20;
    const CsvTable long_line = read_csv("a;b\n" + std::string(25, 'x') + "\n1;2\n", limits);
    CHECK(long_line.rows.size() == 1);
    CHECK(long_line.rows[0].line == 3);
    const CsvTable too_many = read_csv(many_rows(1000), limits);
    CHECK(too_many.rows.size() == 2);
    CHECK(too_many.problems.size() == 1);
}

TEST_CASE("a file over the import size limit is refused before it is decoded", "[csv][limits]") {
    const std::string huge(CsvLimits{}.max_file_bytes + 1, 'a');
    const ProductImport result = parse_products_csv(huge, "produits.csv");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].line == 0);
    CHECK(result.errors[0].to_string() == "produits.csv:0: fichier de 16777217 octets : au plus 16777216 octets par "
                                          "import (limite des imports)");
}

TEST_CASE("a NUL byte or invalid UTF-8 in an import is placed by line and character", "[csv][encoding]") {
    struct Case { std::string bytes; const char* message; };
    const auto c = GENERATE(values<Case>({
        {std::string("dossier;prenom\nD-1;A\0wa\n", 24),
         "menages.csv:2: caractère 6: octet nul : fichier binaire ou endommagé"},
        {"dossier;prénom\nD-1;H\xE9l\xE8ne\n",
         "menages.csv:2: caractère 6: octet 0xE9 invalide en UTF-8 alors que le reste du fichier est en UTF-8 : "
         "fichier endommagé, enregistrez-le à nouveau"},
    }));
    const HouseholdImport result = parse_households_csv(c.bytes, "menages.csv", k_today);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].to_string() == c.message);
}

TEST_CASE("a file without any UTF-8 sequence is converted from Windows-1252 and says so", "[csv][encoding]") {
    const ProductImport result =
        parse_products_csv("nom;categorie;valeur;unite;codes_barres\nP\xE2t\xE9s;epicerie;1,20;piece;3760001000016\n",
                           "produits.csv");
    INFO(to_string(result.errors));
    REQUIRE(result.ok());
    REQUIRE(result.encoding.has_value());
    CHECK(label_of(*result.encoding) == "Windows-1252, converti en UTF-8");
    CHECK(result.products[0].product.name == "Pâtés");
}

TEST_CASE("a 5,000-character cell is quoted by its first sixty characters", "[csv][limits]") {
    const std::string cell(3000, 'Z');
    const HouseholdImport result = parse_households_csv(
        "dossier;type_foyer;prenom;date_naissance;sexe;lien\nD-1;seul;Awa;12/04/1985;" + cell + ";demandeur\n",
        "menages.csv", k_today);
    REQUIRE_FALSE(result.errors.empty());
    const std::string text = to_string(result.errors);
    CHECK(text.find(std::string(60, 'Z') + "…") != std::string::npos);
    CHECK(text.find(std::string(61, 'Z')) == std::string::npos);
    CHECK(text.size() < 400);
}

TEST_CASE("an error list shows the first hundred errors and counts the others", "[csv][limits]") {
    std::vector<ImportError> errors;
    for (int i = 1; i <= 2000; ++i) errors.push_back({"menages.csv", i, "sexe", "code inconnu « Q »"});
    const std::string text = to_string(errors);
    CHECK(std::count(text.begin(), text.end(), '\n') == 101);
    CHECK(text.find("menages.csv:100: sexe: code inconnu « Q »\n… et 1900 autres erreurs\n") != std::string::npos);
    CHECK(to_string({errors[0], errors[1]}, 1) == "menages.csv:1: sexe: code inconnu « Q »\n… et 1 autre erreur\n");
}

TEST_CASE("JSON nested deeper than the limit is refused at the bracket that crosses it", "[json][limits]") {
    struct Case { std::string text; const char* field; };
    const auto c = GENERATE_COPY(values<Case>({
        {nested(100'000), "bareme.json:1:17"},
        {"{\"a\":\n" + nested(17), "bareme.json:2:16"},                   // '{' is the first level
        {"[\"" + std::string(20, '[') + "\", " + nested(16) + "]", "bareme.json:1:41"},  // brackets in a string do not count
    }));
    try {
        parse_json_document(c.text, "bareme.json");
        FAIL("deep JSON accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == c.field);
        CHECK(e.reason() == "JSON trop imbriqué : plus de 16 niveaux de [ ] ou { } (limite de ce fichier)");
    }
    CHECK_NOTHROW(parse_json_document(nested(16), "bareme.json"));
}

TEST_CASE("a number no double can hold is refused where it stands, not as a crash", "[json][limits]") {
    struct Case { std::string text; const char* field; const char* reason; };
    const auto c = GENERATE_COPY(values<Case>({
        {"[1e999]", "bareme.json:1:2", "nombre hors limites « 1e999 »"},
        {"{\"a\":\n  -6666666666666e666000000}", "bareme.json:2:3", "nombre hors limites « -6666666666666e666000000 »"},
        {"[\"1e999\", 2e-999]", "bareme.json:1:11", "nombre hors limites « 2e-999 »"},  // in a string it is text
    }));
    try {
        parse_json_document(c.text, "bareme.json");
        FAIL("out-of-range number accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == c.field);
        CHECK(e.reason() == c.reason);
    }
    CHECK(parse_json_document("[1.5e300, -2, 0.25]", "bareme.json")[0].get<double>() == 1.5e300);
}

TEST_CASE("a JSON file over its size limit is refused naming the limit", "[json][limits]") {
    const std::string big = "[\"" + std::string(2000, 'x') + "\"]";
    CHECK_THROWS_WITH(parse_json_document(big, "foyer.json", {1000, 16}),
                      "foyer.json: fichier de 2004 octets : au plus 1000 octets (limite de ce fichier)");
}

TEST_CASE("a simulated household over a limit is refused naming the list and the limit", "[simulate][limits]") {
    struct Case { std::string text; const char* message; };
    const auto c = GENERATE_COPY(values<Case>({
        {household_with(31), "foyer.json: membres: 31 personnes : au plus 30 par foyer (limite de la simulation)"},
        {R"({"type_foyer": "seul", "membres": [{"date_naissance": "1980-01-01"}], "charges": [)" + charges(101) + "]}",
         "foyer.json: charges: 101 lignes de charges : au plus 100 par foyer (limite de la simulation)"},
        {std::string(300'000, ' ') + "{}",
         "foyer.json: fichier de 300002 octets : au plus 262144 octets (limite de ce fichier)"},
        {"{\"membres\": " + nested(9) + "}", "foyer.json:1:20: JSON trop imbriqué : plus de 8 niveaux"},
    }));
    try {
        composition_from_text(c.text, "foyer.json", k_today);
        FAIL("household accepted");
    } catch (const ValidationError& e) {
        CHECK_THAT(e.what(), Catch::StartsWith(c.message));
    }
    CHECK(composition_from_text(household_with(30), "foyer.json", k_today).members.size() == 30);
}
