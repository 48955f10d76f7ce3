// The categories' families in the food banks' référentiel, on both engines: set, list and clear
// by code or name, the labels kept consistent across the table, the CSV import that replaces the
// whole table or writes nothing while listing every bad line, the managers' right, and the
// FSE+ report's goods by family adding up to its goods by origin.
#include "till_sale.hpp"

#include "services/reports/fse_report.hpp"
#include "services/stock/category_family_service.hpp"
#include "storage/category_family_repository.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services;
using namespace cabas::services::testing;
using core::FoodBankFamily;

namespace {

ReportOptions internal_report() {
    ReportOptions options;
    options.internal = true;
    return options;
}

const FoodBankFamily kDry{"01", "Épicerie sèche", "0102", "Féculents"};
const FoodBankFamily kHygiene{"09", "Hygiène", "0901", "Hygiène corporelle"};

std::string families_of(storage::Store& store) {
    std::string out;
    for (const auto& r : stock::list_category_families(store, manager()))
        out += r.category.code + "=" + (r.family ? r.family->family_code + "/" + r.family->subfamily_code : "-") + " ";
    return out;
}

std::string reasons(const ImportReport& report) {
    std::string out;
    for (const auto& e : report.errors) out += e.to_string() + "\n";
    return out;
}

} // namespace

TEST_CASE("a category is filed under a family by its code or its name, and cleared", "[services][families]") {
    TillWorld w;
    CHECK(families_of(*w.store) == "epicerie=- hygiene=- ");
    stock::set_category_family(*w.store, manager(), "epicerie", {" 01 ", "Épicerie sèche", "0102", " Féculents"});
    stock::set_category_family(*w.store, manager(), "HYGIÈNE", kHygiene);
    CHECK(families_of(*w.store) == "epicerie=01/0102 hygiene=09/0901 ");
    const auto rows = stock::list_category_families(*w.store, manager());
    REQUIRE(rows.front().family);
    CHECK(*rows.front().family == kDry);  // trimmed

    stock::set_category_family(*w.store, manager(), "epicerie", {"01", "Épicerie sèche", "0103", "Conserves"});
    CHECK(families_of(*w.store) == "epicerie=01/0103 hygiene=09/0901 ");
    stock::clear_category_family(*w.store, manager(), "Épicerie");
    CHECK(families_of(*w.store) == "epicerie=- hygiene=09/0901 ");
    stock::clear_category_family(*w.store, manager(), "epicerie");  // no family: nothing happens
    CHECK(families_of(*w.store) == "epicerie=- hygiene=09/0901 ");
}

TEST_CASE("a family that is refused leaves the table as it was, saying why", "[services][families]") {
    TillWorld w;
    stock::set_category_family(*w.store, manager(), "hygiene", kHygiene);
    struct Case {
        std::string category;
        FoodBankFamily family;
        std::string field, reason;
    };
    const std::vector<Case> cases = {
        {"fruits", kDry, "categorie", "catégorie inconnue « fruits » (codes : epicerie, hygiene)"},
        {"epicerie", {"01", "", "0102", "Féculents"}, "famille", "libellé de famille manquant"},
        {"epicerie", {"01", "Épicerie", "  ", "Féculents"}, "code_sous_famille", "code de sous-famille manquant"},
        {"epicerie", {std::string(21, '1'), "Épicerie", "0102", "Féculents"}, "code_famille",
         "code de famille « 111111111111111111111 » : 20 caractères au plus"},
        {"epicerie", {"09", "Droguerie", "0902", "Lessive"}, "famille",
         "la famille 09 s'appelle déjà « Hygiène » (catégorie « Hygiène »)"},
        {"epicerie", {"09", "Hygiène", "0901", "Savons"}, "sous_famille",
         "la sous-famille 09/0901 s'appelle déjà « Hygiène corporelle » (catégorie « Hygiène »)"},
    };
    for (const auto& c : cases) {
        INFO(c.category << " " << c.family.family_code);
        try {
            stock::set_category_family(*w.store, manager(), c.category, c.family);
            FAIL("accepted");
        } catch (const ValidationError& e) {
            CHECK(e.field() == c.field);
            CHECK(e.reason() == c.reason);
        }
        CHECK(families_of(*w.store) == "epicerie=- hygiene=09/0901 ");
    }
    // Another sub-family of the same family, under its own label, is fine.
    stock::set_category_family(*w.store, manager(), "epicerie", {"09", "Hygiène", "0902", "Entretien"});
    CHECK(families_of(*w.store) == "epicerie=09/0902 hygiene=09/0901 ");
}

TEST_CASE("only those who manage the products file categories", "[services][families]") {
    TillWorld w;
    for (const auto role : {core::Role::Volunteer, core::Role::SocialWorker}) {
        const auto who = acting(role);
        CHECK_THROWS_AS(stock::list_category_families(*w.store, who), PermissionDenied);
        CHECK_THROWS_AS(stock::set_category_family(*w.store, who, "epicerie", kDry), PermissionDenied);
        CHECK_THROWS_AS(stock::clear_category_family(*w.store, who, "epicerie"), PermissionDenied);
        CHECK_THROWS_AS(stock::import_category_families(*w.store, who, "", "f.csv", false), PermissionDenied);
    }
    CHECK_NOTHROW(stock::set_category_family(*w.store, acting(core::Role::Admin), "epicerie", kDry));
}

TEST_CASE("an import replaces the whole table", "[services][families]") {
    TillWorld w;
    stock::set_category_family(*w.store, manager(), "hygiene", kHygiene);
    const std::string file = "\xEF\xBB\xBF" "categorie;code_famille;famille;code_sous_famille;sous_famille\r\n"
                             "Épicerie;01;Épicerie sèche;0102;Féculents\r\n";
    const auto dry = stock::import_category_families(*w.store, manager(), file, "familles.csv", true);
    INFO(reasons(dry));
    CHECK(dry.ok());
    CHECK(dry.rows_ready == 1);
    CHECK(dry.written == 0);
    CHECK(families_of(*w.store) == "epicerie=- hygiene=09/0901 ");
    const auto done = stock::import_category_families(*w.store, manager(), file, "familles.csv", false);
    CHECK(done.written == 1);
    CHECK(done.encoding == "UTF-8 avec BOM");
    CHECK(families_of(*w.store) == "epicerie=01/0102 hygiene=- ");  // hygiene was not in the file
}

TEST_CASE("a families file with bad lines writes nothing and names every one", "[services][families]") {
    TillWorld w;
    stock::set_category_family(*w.store, manager(), "hygiene", kHygiene);
    const std::string file = "categorie;code_famille;famille;code_sous_famille;sous_famille\n"
                             "epicerie;01;Épicerie sèche;0102;Féculents\n"            // 2: good
                             "fruits;02;Fruits et légumes;0201;Fruits\n"             // 3: unknown category
                             "hygiene;09;;0901;Hygiène corporelle\n"                  // 4: empty family
                             "Épicerie;01;Épicerie sèche;0103;Conserves\n"           // 5: epicerie again
                             "hygiene;09;Hygiène;0901;Savons;en trop\n"               // 6: too many columns
                             "hygiene;01;Épicerie;0104;Sucre\n";                      // 7: 01 named otherwise
    const auto report = stock::import_category_families(*w.store, manager(), file, "familles.csv", false);
    const std::vector<std::string> expected = {
        "familles.csv:3: categorie: catégorie inconnue « fruits » (codes : epicerie, hygiene)",
        "familles.csv:4: famille: libellé de famille manquant",
        "familles.csv:5: categorie: catégorie « epicerie » déjà donnée ligne 2",
        "familles.csv:6: 6 colonnes au lieu de 5",
        "familles.csv:7: famille: la famille 01 s'appelle déjà « Épicerie sèche » ligne 2",
    };
    INFO(reasons(report));
    REQUIRE(report.errors.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) CHECK(report.errors[i].to_string() == expected[i]);
    CHECK(report.written == 0);
    CHECK(families_of(*w.store) == "epicerie=- hygiene=09/0901 ");

    const auto header = stock::import_category_families(*w.store, manager(), "categorie;famille\nepicerie;x\n", "f.csv", false);
    REQUIRE_FALSE(header.ok());
    CHECK(header.errors.front().to_string() == "f.csv:0: code_famille: colonne obligatoire absente de l'en-tête");
}

TEST_CASE("the FSE+ report's goods by family add up to its goods by origin", "[services][families][report]") {
    TillWorld w;
    stock::set_category_family(*w.store, manager(), "epicerie", kDry);
    auto till = w.till_with_card();
    if (!till.card()->result.green()) till.override_last_refusal("paul", "2222", "test");
    till.add_product(w.product.at("riz"), 2);
    till.add_product(w.product.at("shampoing"), 1);
    REQUIRE(till.validate({{core::PaymentMethod::Cash, core::Money::from_euros(2)}}, "families-1").recorded);

    const auto r = build_fse_report(*w.store, acting(core::Role::Admin), w.clock.today().month_start(),
                                    w.clock.today().month_end(), false, internal_report());
    REQUIRE(r.families.size() == 2);
    REQUIRE(r.families[0].family);
    CHECK(*r.families[0].family == kDry);
    CHECK(r.families[0].value == core::Money::from_cents(400));   // two rice at 2 €
    CHECK(r.families[0].lines == 1);
    CHECK_FALSE(r.families[1].family);                              // hygiene: no family
    CHECK(r.families[1].value == core::Money::from_cents(400));
    core::Money by_origin, by_family, paid_origin, paid_family;
    for (const auto& g : r.goods) by_origin += g.value, paid_origin += g.paid;
    for (const auto& g : r.families) by_family += g.value, paid_family += g.paid;
    CHECK(by_family == by_origin);
    CHECK(paid_family == paid_origin);
}
