// Products as the manager edits them: barcode checks, duplicates naming the holder, search,
// alerts, and the CSV export that the products import reads back.
#include "till_fixtures.hpp"

#include "core/error.hpp"

#include "services/import_service.hpp"
#include "services/stock/product_service.hpp"
#include "services/stock/stock_alerts.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services;
using cabas::services::testing::manager;
using services::testing::kTillDay;
using services::testing::TempStore;
using services::testing::TillWorld;

TEST_CASE("a product keeps several valid barcodes; a wrong check digit is refused", "[stock][products]") {
    TillWorld w;
    auto p = *w.store->catalogue().get_product(w.product.at("riz"));
    p.barcodes.push_back("96385074");
    p.barcodes.push_back(" 036000291452 ");
    stock::save_product(*w.store, manager(), p);
    CHECK(w.store->catalogue().get_product(p.id)->barcodes.size() == 3);
    CHECK(w.store->catalogue().find_by_barcode("036000291452")->id == p.id);
    p.barcodes.push_back("3017620422004");
    CHECK_THROWS_WITH(stock::save_product(*w.store, manager(), p),
                      "codes-barres: code-barres « 3017620422004 » : chiffre de contrôle invalide (erreur de saisie ?)");
    CHECK(w.store->catalogue().get_product(p.id)->barcodes.size() == 3);
}

TEST_CASE("a barcode held by another product is refused naming that product", "[stock][products]") {
    TillWorld w;
    core::Product p;
    p.name = "Riz long 1 kg";
    p.retail_value = core::Money::from_cents(180);
    p.barcodes = {w.barcode.at("riz")};
    CHECK_THROWS_WITH(stock::save_product(*w.store, manager(), p),
                      Catch::Contains("est déjà attribué au produit « riz » (n° " + std::to_string(w.product.at("riz")) + ")"));
    p.barcodes = {};
    p.name = "  ";
    CHECK_THROWS_WITH(stock::save_product(*w.store, manager(), p), "nom: nom du produit manquant");
}

TEST_CASE("the products list filters by name ignoring accents, or by barcode start, with stock on hand",
          "[stock][products]") {
    TillWorld w;
    core::Product p;
    p.name = "Pâtes coquillettes";
    p.retail_value = core::Money::from_cents(95);
    p.barcodes = {"3017620422003"};
    stock::save_product(*w.store, manager(), p);
    const auto by_name = stock::list_products(*w.store, manager(), "PATES");
    REQUIRE(by_name.size() == 1);
    CHECK(by_name[0].product.name == "Pâtes coquillettes");
    const auto by_code = stock::list_products(*w.store, manager(), w.barcode.at("yaourt").substr(0, 12));
    REQUIRE(by_code.size() == 1);
    CHECK(by_code[0].on_hand == 9);
    CHECK(by_code[0].category_name == "Épicerie");
    CHECK(stock::list_products(*w.store, manager(), "").size() == w.product.size() + 1);
    CHECK(stock::quantity_label(core::SaleUnit::Weight, 1250) == "1,250 kg");
}

TEST_CASE("the products export is read back by the products import unchanged", "[stock][products]") {
    TillWorld w;
    auto riz = *w.store->catalogue().get_product(w.product.at("riz"));
    riz.name = "Riz; long \"grain\"";
    riz.low_stock_threshold = 12;
    riz.net_grams = 1000;
    riz.barcodes.push_back("96385074");
    stock::save_product(*w.store, manager(), riz);
    const std::string csv = stock::export_products_csv(*w.store, manager());
    CHECK(csv.rfind("nom;categorie;categorie_libelle;valeur;unite;codes_barres;", 0) == 0);

    TempStore other;
    const auto report = services::import_products(*other, manager(), csv, "produits.csv", false);
    INFO(io::to_string(report.errors));
    REQUIRE(report.ok());
    CHECK(report.written == static_cast<int>(w.product.size()));
    const auto back = other->catalogue().find_by_barcode("96385074");
    REQUIRE(back);
    CHECK(back->name == riz.name);
    CHECK(back->retail_value == riz.retail_value);
    CHECK(back->low_stock_threshold == 12);
    CHECK(back->net_grams == 1000);
    CHECK(back->barcodes == riz.barcodes);
    CHECK(other->catalogue().find_by_barcode(w.barcode.at("pommes"))->unit == core::SaleUnit::Weight);
    CHECK(stock::export_products_csv(*other, manager()) == csv);
}

TEST_CASE("alerts list products at or under their threshold and lots expiring within N days", "[stock][alerts]") {
    TillWorld w;
    auto cafe = *w.store->catalogue().get_product(w.product.at("cafe"));
    cafe.low_stock_threshold = 20;  // 20 in stock: at the threshold
    stock::save_product(*w.store, manager(), cafe);
    auto riz = *w.store->catalogue().get_product(w.product.at("riz"));
    riz.low_stock_threshold = 10;   // 50 in stock: fine
    stock::save_product(*w.store, manager(), riz);

    CHECK(stock::expiry_alert_days(*w.store) == 7);
    const auto alerts = stock::stock_alerts(*w.store, manager(), kTillDay);
    REQUIRE(alerts.low_stock.size() == 1);
    CHECK(alerts.low_stock[0].name == "cafe");
    CHECK(alerts.low_stock[0].on_hand == 20);
    // Within 7 days: biscuits (DDM -5), yaourt (-1), jambon (-1), pain (+2), yaourt (+3).
    REQUIRE(alerts.expiring.size() == 5);
    CHECK(alerts.expiring[0].name == "biscuits");
    CHECK(alerts.expiring[0].days_left == -5);
    CHECK(alerts.expiring[4].name == "yaourt");
    CHECK(alerts.expiring[4].days_left == 3);

    stock::set_expiry_alert_days(*w.store, manager(), 10);
    CHECK(stock::stock_alerts(*w.store, manager(), kTillDay).expiring.size() == 7);  // + pommes and yaourt at +10
    CHECK_THROWS_AS(stock::set_expiry_alert_days(*w.store, manager(), -1), ValidationError);
}
