// The CSV reader against what LibreOffice and Excel write in France: delimiters, quoting,
// line endings, and the line numbers every problem must carry.
#include "services/io/csv_reader.hpp"

#include <catch2/catch.hpp>

using namespace cabas::services::io;

namespace {
std::vector<std::string> fields(std::initializer_list<const char*> list) { return {list.begin(), list.end()}; }
} // namespace

TEST_CASE("detects the delimiter from the header line outside quotes", "[csv]") {
    struct Case { const char* header; char delimiter; };
    const auto c = GENERATE(values<Case>({
        {"nom;categorie;valeur", ';'},
        {"nom,categorie,valeur", ','},
        {"nom\tcategorie\tvaleur", '\t'},
        {"\"nom, complet\";categorie", ';'},
        {"\"a;b;c\",d,e", ','},
        {"nom", ';'},
        {"a;b,c", ';'},              // a tie goes to the French default
        {"a,b;c,d\nx;y;z;w;v", ','}, // only the first line counts
    }));
    CHECK(detect_delimiter(c.header) == c.delimiter);
}

TEST_CASE("reads quoted fields with doubled quotes, delimiters and newlines", "[csv]") {
    const auto table = read_csv("nom;adresse;note\n"
                                "\"Dupont \"\"Jo\"\"\";\"1 rue A; bât. B\";\"ligne 1\nligne 2\"\n"
                                "Martin;;x\n");
    REQUIRE(table.problems.empty());
    CHECK(table.header == fields({"nom", "adresse", "note"}));
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].fields == fields({"Dupont \"Jo\"", "1 rue A; bât. B", "ligne 1\nligne 2"}));
    CHECK(table.rows[0].line == 2);
    CHECK(table.rows[1].line == 4);  // the record on line 2 spans two physical lines
}

TEST_CASE("accepts CRLF and LF line endings alike", "[csv]") {
    const auto crlf = read_csv("a;b\r\n1;2\r\n\"x\r\ny\";3\r\n4;5\r\n");
    REQUIRE(crlf.problems.empty());
    REQUIRE(crlf.rows.size() == 3);
    CHECK(crlf.rows[1].fields == fields({"x\ny", "3"}));
    CHECK(crlf.rows[2].line == 5);
}

TEST_CASE("ignores trailing empty lines and rows of empty cells", "[csv]") {
    const auto table = read_csv("a;b\n1;2\n;;\n\n3;4\n;\n\r\n\n");
    CHECK(table.problems.empty());
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[1].line == 5);
}

TEST_CASE("reports a wrong column count with the line and both counts", "[csv]") {
    const auto table = read_csv("a;b;c;d;e;f;g\n1;2;3;4;5;6;7\n1;2;3;4;5\n1;2;3;4;5;6;7;8\n");
    REQUIRE(table.problems.size() == 2);
    CHECK(table.problems[0].message() == "ligne 3 : 5 colonnes au lieu de 7");
    CHECK(table.problems[1].message() == "ligne 4 : 8 colonnes au lieu de 7");
    CHECK(table.rows.size() == 1);
}

TEST_CASE("reports a stray quote and carries on at the next line", "[csv]") {
    struct Case { const char* text; int line; const char* reason; };
    const auto c = GENERATE(values<Case>({
        {"a;b\n1;2\nDupont \"Jo\";3\n4;5\n", 3, "guillemet isolé"},
        {"a;b\n1;2\n\"Dupont\" Jo;3\n4;5\n", 3, "texte après un guillemet fermant"},
        {"a;b\n\"x\ny\";2\n\"z\"w;3\n4;5\n", 4, "texte après un guillemet fermant"},
    }));
    const auto table = read_csv(c.text);
    REQUIRE(table.problems.size() == 1);
    CHECK(table.problems[0].line == c.line);
    CHECK_THAT(table.problems[0].reason, Catch::Contains(c.reason));
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[1].fields == fields({"4", "5"}));
}

TEST_CASE("reports an unterminated quote at the line where it opened", "[csv]") {
    const auto table = read_csv("a;b\n1;2\n\"ouvert;3\n4;5\n6;7\n");
    REQUIRE(table.problems.size() == 1);
    CHECK(table.problems[0].line == 3);
    CHECK_THAT(table.problems[0].reason, Catch::Contains("jamais fermé"));
    CHECK(table.rows.size() == 1);
}

TEST_CASE("stops at a broken header rather than guess the columns", "[csv]") {
    const auto table = read_csv("nom;\"valeur\n1;2\n");
    CHECK(table.header_line == 0);
    REQUIRE(table.problems.size() == 1);
    CHECK(table.problems[0].line == 1);
}

TEST_CASE("finds the header after leading blank lines and trims its names", "[csv]") {
    const auto table = read_csv("\n\n Nom ; Valeur \nx;1\n");
    CHECK(table.header_line == 3);
    CHECK(table.header == fields({"Nom", "Valeur"}));
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].line == 4);
}

TEST_CASE("reads an empty text as a table without header", "[csv]") {
    const auto table = read_csv("");
    CHECK(table.header_line == 0);
    CHECK(table.problems.empty());
    CHECK(table.rows.empty());
}

TEST_CASE("normalises names: lowercase, no accents, separators as underscores", "[csv]") {
    struct Case { const char* raw; const char* key; };
    const auto c = GENERATE(values<Case>({
        {"Date de naissance", "date_de_naissance"},
        {"  Prénom ", "prenom"},
        {"Catégorie-Libellé", "categorie_libelle"},
        {"TYPE FOYER", "type_foyer"},
        {"qf - atteste", "qf_atteste"},
        {"ŒUVRE à Noël", "oeuvre_a_noel"},
        {"ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ", "aaaceeeeiioouuuy"},
        {"\u00A0lien\u00A0", "lien"},
        {"ressource_salaire", "ressource_salaire"},
    }));
    CHECK(normalise_key(c.raw) == c.key);
}
