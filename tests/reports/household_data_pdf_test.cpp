// The household's data for the household: every part of the file in words, its visits with
// totals, who consulted it; checked in the layout model, then with pdftotext, qpdf, pdftoppm.
#include "report_fixtures.hpp"

#include "reports/household_data_pdf.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::reports;
using cabas::reports::test::run;
using cabas::reports::test::TempDir;

namespace {

services::households::HouseholdDataExport sample() {
    services::households::HouseholdDataExport d;
    core::HouseholdFile f;
    f.file_number = "D-2026-0042";
    f.composition.type = core::HouseholdType::SingleParent;
    f.composition.members = {
        {"Awa", "Camara", core::Date::from_ymd(1990, 5, 4), core::Sex::Female, core::Relationship::Applicant, false},
        {"Sékou", "Camara", core::Date::from_ymd(2019, 1, 15), core::Sex::Male, core::Relationship::Child, true}};
    f.neighbourhood = "Bel-Air";
    f.address = "3 allée des Tilleuls";
    f.housing = core::Housing::SocialTenant;
    f.main_resource = core::MainResource::Rsa;
    f.referrer = core::Referrer{0, "CCAS de Montreuil", "Mme Durand", "ccas"};
    f.project = core::Project{core::ProjectType::Energy, "Facture de gaz", core::Money::from_euros(300)};
    f.fse.nationality = core::NationalityClass::ThirdCountry;
    d.view.file_number = f.file_number;
    d.view.file = f;
    d.finances.resources = {{core::ResourceKind::Rsa, core::Money::from_cents(85000), ""},
                            {core::ResourceKind::FamilyBenefits, core::Money::from_cents(12050), ""}};
    d.finances.charges = {{core::ChargeKind::Rent, core::Money::from_euros(500), "Loyer OPH"}};
    d.finances.notes = "Suivie par le CCAS depuis 2025.";
    d.view.decisions = {{1, 1, core::Date::from_ymd(2026, 9, 1), core::Decision::Accepted, "", "sophie", 1}};
    core::AccessPeriod p;
    p.start = core::Date::from_ymd(2026, 9, 1);
    p.end = core::Date::from_ymd(2026, 11, 30);
    p.suspensions = {{core::Date::from_ymd(2026, 10, 1), core::Date::from_ymd(2026, 10, 7), "absence"}};
    d.view.periods = {p};
    d.view.cards = {{1, 1, "2900000000017", core::CardState::Revoked, core::Date::from_ymd(2026, 9, 1),
                     core::Date::from_ymd(2026, 10, 2), "perdue", std::string("2900000000024")},
                    {2, 1, "2900000000024", core::CardState::Active, core::Date::from_ymd(2026, 10, 2), std::nullopt, "",
                     std::nullopt}};
    d.visits = {{"2026-09-04T16:10:00Z", core::Money::from_cents(2350), core::Money::from_cents(470), 6},
                {"2026-09-11T16:40:00Z", core::Money::from_cents(1800), core::Money::from_cents(360), 4}};
    d.accesses = {{2, "2026-09-01T09:00:00Z", "sophie", "decision", 1, "acceptée"},
                  {1, "2026-08-20T10:00:00Z", "sophie", "create_file", 1, ""}};
    d.produced_by = "Sophie";
    d.produced_on = core::Date::from_ymd(2026, 11, 23);
    return d;
}

} // namespace

TEST_CASE("the household's data reads every part of its file in words", "[report][household-data]") {
    const std::string text = to_text(household_data_document(sample(), "Épicerie du Château"));
    for (const char* expected : {"D-2026-0042", "Camara", "04/05/1990", "Enfant", "3 allée des Tilleuls",
                                 "CCAS de Montreuil", "Mme Durand", "Facture de gaz", "Hors UE",
                                 "Suivie par le CCAS depuis 2025.", "Loyer OPH", "970,50", "500,00",
                                 "01/09/2026", "30/11/2026", "du 01/10/2026 au 07/10/2026 : absence", "perdue",
                                 "Révoquée", "Active", "04/09/2026 16:10", "Création du dossier", "Total : 2 passage(s)", "Femme",
                                 "Décision de la commission", "Établi le 23/11/2026 par Sophie"}) {
        INFO(expected);
        CHECK(text.find(expected) != std::string::npos);
    }
    // Visits: 2 visits, 41,50 € of goods, 8,30 € paid, 33,20 € saved.
    CHECK(text.find("41,50") != std::string::npos);
    CHECK(text.find("8,30") != std::string::npos);
    CHECK(text.find("33,20") != std::string::npos);
    CHECK(text.find("< 11") == std::string::npos);  // about one household, for it: nothing hidden
}

TEST_CASE("the household's data PDF prints, checks and renders", "[report][household-data]") {
    TempDir dir;
    const auto pdf = dir.path() / "donnees.pdf";
    render_household_data_pdf(sample(), "Épicerie du Château", pdf.string());
    CHECK(run("qpdf --check '" + pdf.string() + "'").status == 0);
    const std::string text = run("pdftotext -layout '" + pdf.string() + "' -").output;
    CHECK(text.find("Vos données à l'épicerie") != std::string::npos);
    CHECK(text.find("Sékou") != std::string::npos);
    CHECK(text.find("Qui a consulté ou modifié votre dossier") != std::string::npos);
    CHECK(run("pdftoppm -r 50 -png '" + pdf.string() + "' '" + (dir.path() / "p").string() + "'").status == 0);
    CHECK(std::filesystem::exists(dir.path() / "p-1.png"));
}
