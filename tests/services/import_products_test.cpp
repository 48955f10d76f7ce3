// Products CSV import: a valid catalogue, then each malformed case with its line and column,
// barcodes checked for their GS1 check digit and for duplicates across the file.
#include "services/io/product_import.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace cabas::services::io;
namespace core = cabas::core;

namespace {

const std::vector<std::string> k_columns = {"nom", "categorie", "categorie_libelle", "valeur", "unite", "codes_barres",
                                            "toujours_gratuit", "limite_passage", "limite_mois", "seuil_alerte",
                                            "poids_net_g"};

std::string header() {
    std::string out;
    for (const auto& c : k_columns) out += (out.empty() ? "" : ";") + c;
    return out + "\n";
}

/// A valid product row (barcode 3017620422003, a real EAN-13), with some cells replaced.
std::string row(const std::map<std::string, std::string>& changes = {}) {
    const std::map<std::string, std::string> base = {
        {"nom", "Pâte à tartiner 400 g"}, {"categorie", "epicerie"}, {"categorie_libelle", "Épicerie sèche"},
        {"valeur", "3,49"}, {"unite", "piece"}, {"codes_barres", "3017620422003"}, {"toujours_gratuit", "non"},
        {"limite_passage", "2"}, {"limite_mois", ""}, {"seuil_alerte", "5"}, {"poids_net_g", "400"}};
    std::string out;
    for (const auto& column : k_columns) {
        if (&column != &k_columns.front()) out += ';';
        const auto it = changes.find(column);
        out += it != changes.end() ? it->second : base.at(column);
    }
    return out + "\n";
}

ProductImport parse(const std::string& text) { return parse_products_csv(text, "produits.csv"); }

} // namespace

TEST_CASE("reads products with units, barcodes, limits and category names", "[import]") {
    const std::string text = "Nom;Catégorie;Catégorie libellé;Valeur;Unité;Codes-barres;Toujours gratuit;Limite mois\n"
                             "Lait UHT 1 L;Frais;Produits frais;0,95;;3033490004743 | 96385074;non;8\n"
                             "Pommes;fruits_legumes;;2,40;kg;;oui;3000\n"
                             "Yaourt nature x4;frais;;1,20;pièce;;;\n";
    const auto result = parse(text);
    INFO(to_string(result.errors));
    REQUIRE(result.ok());
    REQUIRE(result.products.size() == 3);

    const auto& milk = result.products[0];
    CHECK(milk.line == 2);
    CHECK(milk.product.name == "Lait UHT 1 L");
    CHECK(milk.category_code == "frais");
    CHECK(milk.category_name == "Produits frais");
    CHECK(milk.product.retail_value == core::Money::from_cents(95));
    CHECK(milk.product.unit == core::SaleUnit::Piece);
    CHECK(milk.product.barcodes == std::vector<std::string>{"3033490004743", "96385074"});
    CHECK(milk.product.limit.per_month == 8);
    CHECK_FALSE(milk.product.limit.per_visit.has_value());

    const auto& apples = result.products[1];
    CHECK(apples.product.unit == core::SaleUnit::Weight);
    CHECK(apples.product.always_free);
    CHECK(apples.product.limit.per_month == 3000);  // grams, for a product sold by weight
    CHECK(apples.category_name.empty());

    // The category name given on any row applies to every product of that code.
    CHECK(result.products[2].category_name == "Produits frais");
}

TEST_CASE("refuses each malformed product cell with its line and column", "[import]") {
    struct Case { std::map<std::string, std::string> cells; const char* column; const char* reason; };
    const auto c = GENERATE(values<Case>({
        {{{"nom", ""}}, "nom", "valeur obligatoire manquante"},
        {{{"categorie", ""}}, "categorie", "valeur obligatoire manquante"},
        {{{"categorie", "épicerie/frais"}}, "categorie", "code de catégorie"},
        {{{"valeur", ""}}, "valeur", "valeur obligatoire manquante"},
        {{{"valeur", "-1,00"}}, "valeur", "négatif"},
        {{{"valeur", "12,5O"}}, "valeur", "caractère inattendu « O »"},
        {{{"valeur", "99999999999999999"}}, "valeur", "trop grand"},
        {{{"valeur", "12000000"}}, "valeur", "invraisemblable"},
        {{{"unite", "litre"}}, "unite", "attendu : piece ou kg"},
        {{{"codes_barres", "3017620422004"}}, "codes_barres", "chiffre de contrôle invalide"},
        {{{"codes_barres", "301762042200"}}, "codes_barres", "chiffre de contrôle invalide"},
        {{{"codes_barres", "30176204220"}}, "codes_barres", "8, 12 ou 13 chiffres"},
        {{{"codes_barres", "3,01762E+12"}}, "codes_barres", "format Texte"},
        {{{"codes_barres", "96385074 | 96385074"}}, "codes_barres", "répété dans la cellule"},
        {{{"toujours_gratuit", "si"}}, "toujours_gratuit", "« oui » ou « non »"},
        {{{"limite_passage", "0"}}, "limite_passage", "au moins 1"},
        {{{"limite_mois", "2,5"}}, "limite_mois", "nombre entier attendu"},
        {{{"seuil_alerte", "-3"}}, "seuil_alerte", "nombre entier attendu"},
        {{{"poids_net_g", "1234567890"}}, "poids_net_g", "trop grand"},
        {{{"categorie_libelle", "Epicerie"}}, "categorie_libelle", "différent de celui de la ligne 2"},
    }));
    auto cells = c.cells;
    cells.try_emplace("codes_barres", "96385074");
    const auto result = parse(header() + row() + row(cells));
    INFO(to_string(result.errors));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.products.empty());
    CHECK(result.errors[0].line == 3);
    CHECK(result.errors[0].column == c.column);
    CHECK_THAT(result.errors[0].reason, Catch::Contains(c.reason));
}

TEST_CASE("refuses a barcode used twice in the file, naming both lines", "[import]") {
    const auto result = parse(header() + row() + row({{"codes_barres", "96385074"}}) + row({{"nom", "Autre pâte"}}));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].to_string() == "produits.csv:4: codes_barres: code-barres 3017620422003 déjà utilisé ligne 2");
    CHECK(result.products.empty());
}

TEST_CASE("refuses unknown and missing product columns at file level", "[import]") {
    SECTION("unknown column") {
        const auto result = parse("nom;categorie;valeur;prix_achat\nRiz;epicerie;1,00;0,50\n");
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].line == 0);
        CHECK(result.errors[0].column == "prix_achat");
        CHECK_THAT(result.errors[0].reason, Catch::Contains("colonne inconnue"));
    }
    SECTION("missing required column") {
        const auto result = parse("nom;categorie\nRiz;epicerie\n");
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].to_string() == "produits.csv:0: valeur: colonne obligatoire absente de l'en-tête");
    }
}

TEST_CASE("reports quoting and column count problems of a products file", "[import]") {
    const auto result = parse(header() + row() + "Riz \"long\";epicerie;;1,00;;;;;;;\n" +
                              row({{"codes_barres", ""}, {"nom", "Sel"}}) + "Sucre;epicerie;1,00\n" +
                              "\"Farine;epicerie;;1,00;;;;;;;\n");
    REQUIRE(result.errors.size() == 3);
    CHECK(result.errors[0].line == 3);
    CHECK_THAT(result.errors[0].reason, Catch::Contains("guillemet isolé"));
    CHECK(result.errors[1].to_string() == "produits.csv:5: 3 colonnes au lieu de 11");
    CHECK(result.errors[2].line == 6);
    CHECK_THAT(result.errors[2].reason, Catch::Contains("jamais fermé"));
    CHECK(result.products.empty());
}

TEST_CASE("reads a Windows-1252 products file exported by Excel", "[import]") {
    const auto result = parse("nom;categorie;valeur\r\nP\xE2t\xE9 de campagne;\xC9picerie;2,10\r\n");
    INFO(to_string(result.errors));
    REQUIRE(result.ok());
    CHECK(result.encoding == TextEncoding::Windows1252);
    CHECK(result.products[0].product.name == "Pâté de campagne");
    CHECK(result.products[0].category_code == "epicerie");
}

TEST_CASE("lists the errors of several product lines together", "[import]") {
    std::string text = header() + row();
    text += row({{"codes_barres", ""}, {"valeur", "abc"}});            // line 3
    text += row({{"codes_barres", ""}});                                // line 4
    text += row({{"codes_barres", "12345678"}});                        // line 5
    text += row({{"codes_barres", ""}}) + row({{"codes_barres", ""}}) + row({{"codes_barres", ""}});
    text += row({{"codes_barres", ""}, {"unite", "l"}, {"limite_passage", "x"}});  // line 9
    const auto result = parse(text);
    CHECK(result.products.empty());
    REQUIRE(result.errors.size() == 4);
    CHECK(result.errors[0].line == 3);
    CHECK(result.errors[1].line == 5);
    CHECK(result.errors[2].line == 9);
    CHECK(result.errors[2].column == "unite");
    CHECK(result.errors[3].column == "limite_passage");
}
