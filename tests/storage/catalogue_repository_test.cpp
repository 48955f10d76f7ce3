// Tests of the catalogue in SQLite: categories, products, barcodes and the refusal of a barcode
// held by another product.
#include "fixtures.hpp"
#include "test_store.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::storage;
using namespace cabas::storage::testing;
using core::Money;

namespace {

core::Category category(const std::string& code, const std::string& name) {
    core::Category c;
    c.code = code;
    c.name = name;
    return c;
}

} // namespace

TEST_CASE("categories are stored with their rate and limits and found by code", "[storage]") {
    TestStore store;
    auto& catalogue = store.catalogue();
    auto hygiene = category("hygiene", "Hygiène");
    hygiene.rate = core::Rate{500};
    hygiene.limit.per_visit = 3;
    hygiene.limit.per_month = 8;
    const auto id = catalogue.add_category(hygiene);
    catalogue.add_category(category("epicerie", "Épicerie sèche"));
    auto found = catalogue.find_category("hygiene");
    REQUIRE(found);
    CHECK(found->id == id);
    CHECK(found->name == "Hygiène");
    CHECK(found->rate == core::Rate{500});
    CHECK(found->limit.per_visit == 3);
    CHECK(found->limit.per_month == 8);
    auto dry = catalogue.find_category("epicerie");
    CHECK_FALSE(dry->rate.has_value());
    CHECK_FALSE(dry->limit.per_visit.has_value());
    CHECK(catalogue.get_category(id)->code == "hygiene");
    CHECK(catalogue.categories().size() == 2);
    CHECK_THROWS_AS(catalogue.add_category(category("hygiene", "Autre")), ValidationError);
    CHECK_THROWS_AS(catalogue.add_category(category("", "Sans code")), ValidationError);
}

TEST_CASE("a product comes back with every field and its barcodes in order", "[storage]") {
    TestStore store;
    auto& catalogue = store.catalogue();
    const auto fresh = catalogue.add_category(category("frais", "Frais"));
    core::Product p;
    p.name = "Pommes Golden";
    p.category_id = fresh;
    p.unit = core::SaleUnit::Weight;
    p.retail_value = Money::from_cents(249);
    p.barcodes = {"2012345000005", "3760001234567"};
    p.always_free = true;
    p.limit.per_visit = 2000;
    p.limit.per_month = 6000;
    p.low_stock_threshold = 5000;
    p.net_grams = 0;
    p.active = true;
    const auto id = catalogue.add_product(p);
    auto loaded = catalogue.get_product(id);
    REQUIRE(loaded);
    CHECK(loaded->id == id);
    CHECK(loaded->name == p.name);
    CHECK(loaded->category_id == fresh);
    CHECK(loaded->unit == core::SaleUnit::Weight);
    CHECK(loaded->retail_value == p.retail_value);
    CHECK(loaded->barcodes == p.barcodes);
    CHECK(loaded->always_free);
    CHECK(loaded->limit.per_visit == 2000);
    CHECK(loaded->limit.per_month == 6000);
    CHECK(loaded->low_stock_threshold == 5000);
    CHECK(loaded->active);
    CHECK(catalogue.find_by_barcode("3760001234567")->id == id);
    CHECK_FALSE(catalogue.find_by_barcode("0000000000000").has_value());
}

TEST_CASE("a barcode held by another product is refused, naming that product, and nothing is written", "[storage]") {
    TestStore store;
    auto& catalogue = store.catalogue();
    const auto pasta = add_product(store, "Pâtes 500 g", 120, 0, "3017620422003");
    core::Product rice;
    rice.name = "Riz 1 kg";
    rice.retail_value = Money::from_cents(180);
    rice.barcodes = {"3560070000012", "3017620422003"};
    try {
        catalogue.add_product(rice);
        FAIL("duplicate barcode accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "barcodes");
        CHECK_THAT(e.reason(), Catch::Contains("Pâtes 500 g") && Catch::Contains("3017620422003"));
    }
    CHECK(catalogue.product_count() == 1);
    CHECK_FALSE(catalogue.find_by_barcode("3560070000012").has_value());
    CHECK(catalogue.find_by_barcode("3017620422003")->id == pasta);
}

TEST_CASE("a product listing the same barcode twice is refused", "[storage]") {
    TestStore store;
    core::Product p;
    p.name = "Lait";
    p.barcodes = {"3560070000012", "3560070000012"};
    CHECK_THROWS_AS(store.catalogue().add_product(p), ValidationError);
    CHECK(store.catalogue().product_count() == 0);
}

TEST_CASE("a product needs a name and an existing category", "[storage]") {
    TestStore store;
    core::Product p;
    CHECK_THROWS_AS(store.catalogue().add_product(p), ValidationError);
    p.name = "Lait";
    p.category_id = 42;
    CHECK_THROWS_AS(store.catalogue().add_product(p), ValidationError);
}

TEST_CASE("updating a product replaces its fields and barcodes under the same rule", "[storage]") {
    TestStore store;
    auto& catalogue = store.catalogue();
    add_product(store, "Pâtes 500 g", 120, 0, "3017620422003");
    const auto id = add_product(store, "Riz", 180, 0, "3560070000012");
    auto rice = *catalogue.get_product(id);
    rice.name = "Riz long 1 kg";
    rice.retail_value = Money::from_cents(199);
    rice.barcodes = {"3560070000029"};
    rice.active = false;
    catalogue.update_product(rice);
    auto loaded = catalogue.get_product(id);
    CHECK(loaded->name == "Riz long 1 kg");
    CHECK(loaded->retail_value == Money::from_cents(199));
    CHECK(loaded->barcodes == std::vector<std::string>{"3560070000029"});
    CHECK_FALSE(catalogue.find_by_barcode("3560070000012").has_value());

    rice = *loaded;
    rice.barcodes = {"3017620422003"};
    CHECK_THROWS_AS(catalogue.update_product(rice), ValidationError);
    CHECK(catalogue.get_product(id)->barcodes == std::vector<std::string>{"3560070000029"});

    CHECK(catalogue.products().size() == 1);
    CHECK(catalogue.products(true).size() == 2);
    CHECK(catalogue.products(true)[1].barcodes == std::vector<std::string>{"3560070000029"});
    core::Product unknown;
    unknown.id = 99;
    unknown.name = "Fantôme";
    CHECK_THROWS_AS(catalogue.update_product(unknown), ValidationError);
}
