// The barème screen: every figure checked as typed, the impact on followed households before
// saving, and the new dated version in the history.
#include "gui_fixture.hpp"

#include "pos/bareme_panel.hpp"
#include "services/bareme_service.hpp"

#include <wx/checkbox.h>

using namespace cabas;
using namespace cabas::gui_testing;
using Catch::Contains;

TEST_CASE("the admin changes the barème from the back office and sees what it changes first", "[gui][bareme]") {
    TillWorld world;
    auto* panel = world.open_section<ui::BaremePanel>("admin", "4444", WXK_F10);
    const int versions = panel->history()->row_count();
    REQUIRE(versions >= 1);
    CHECK_THAT(text(panel->history()->cell(0, 3)), Contains("en vigueur"));

    REQUIRE(panel->field("credit.per_uc_month") != nullptr);
    panel->field("credit.per_uc_month")->SetValue("9O");
    CHECK_THAT(text(panel->problem_shown("credit.per_uc_month")), Contains("un montant en euros"));
    CHECK_FALSE(panel->proposed().has_value());
    panel->field("credit.per_uc_month")->SetValue("100,00");
    CHECK(text(panel->problem_shown("credit.per_uc_month")).empty());

    const wxString eligible = panel->field("per_person.eligible_max")->GetValue();
    panel->field("per_person.commission_max")->SetValue("1,00");
    CHECK_THAT(text(panel->problem_shown("per_person.commission_max")), Contains("eligible_max"));
    panel->field("per_person.commission_max")->SetValue("14,00");
    CHECK(panel->field("per_person.eligible_max")->GetValue() == eligible);
    panel->field("flat_rate")->SetValue("20 %");  // typed with a plain space
    panel->field("libelle")->SetValue(ui::to_wx("Barème 2027"));
    REQUIRE(panel->proposed().has_value());

    press(panel->field("libelle"), WXK_F5);
    CHECK_THAT(text(panel->impact_text()), Contains("foyers suivis aujourd'hui"));
    CHECK_THAT(text(panel->impact_text()), Contains("de taux"));
    screenshot(world.frame, "49_bareme_editor");

    wxTEST_DIALOG(press(panel->field("libelle"), WXK_F10), wxExpectModal<ui::ConfirmDialog>([](ui::ConfirmDialog* dialog) {
                      CHECK_THAT(text(dialog->question()), Contains("Barème 2027"));
                      CHECK_THAT(text(dialog->question()), Contains("foyers suivis"));
                      cabas::gui_testing::screenshot_dialog(dialog, "49_bareme_confirm");
                      dialog->answer(wxID_YES);
                      return wxID_YES;
                  }));
    CHECK_THAT(text(panel->status_text()), Contains("Version " + std::to_string(versions + 1) + " enregistrée"));
    CHECK(panel->history()->row_count() == versions + 1);
    CHECK(text(panel->history()->cell(0, 2)) == "Barème 2027");
    CHECK(text(panel->history()->cell(0, 3)) == "à venir");
    const core::Bareme saved = services::bareme_in_force(*world.store, world.today.plus_days(1));
    CHECK(saved.label == "Barème 2027");
    CHECK(saved.flat_rate == core::Rate::percent(20));
    CHECK(saved.credit.per_uc_month == core::Money::from_euros(100));
    CHECK(saved.per_person.commission_max == core::Money::from_euros(14));
}
