// Overrides at the till, told coherently: F6 offered only where it can work; once a manager
// accepts a red card the banner and the strip both turn amber and say who, the refusal keeps
// its date, and the lines are priced at the household's own rate.
#include "gui_fixture.hpp"

#include "core/card_number.hpp"
#include "pos/card_banner.hpp"

#include <wx/button.h>

using namespace cabas;
using namespace cabas::gui_testing;
using Catch::Contains;

TEST_CASE("F6 is offered only for a refusal a manager may override", "[gui][override]") {
    TillWorld world;
    const std::string expired = world.find_card(false, core::CardRefusal::Expired);
    ui::TillPanel* till = world.log_in();
    wxButton* f6 = till->key_bar()->button(ui::TillAction::Override);
    REQUIRE(f6 != nullptr);
    CHECK_FALSE(f6->IsEnabled());

    scan_fast(till, expired);
    CHECK(till->banner()->colour() == ui::palette().background(ui::Tone::Refused));
    CHECK_THAT(text(till->banner()->details_text()), Contains("Un responsable peut déroger (F6)"));
    CHECK(f6->IsEnabled());

    scan_fast(till, core::make_card_number(expired.substr(0, 2), 987654));  // a number nobody holds
    CHECK_THAT(text(till->banner()->title_text()), Contains("Carte inconnue"));
    CHECK_THAT(text(till->banner()->details_text()), Contains("Pas de dérogation possible"));
    CHECK_FALSE(f6->IsEnabled());
    press(till->scan_field(), WXK_F6);
    CHECK_THAT(text(till->message_text()), Contains("Aucun refus"));
}

TEST_CASE("a red card accepted by a manager turns the banner and the strip amber", "[gui][override]") {
    TillWorld world;
    const std::string expired = world.find_card(false, core::CardRefusal::Expired);
    const auto product = world.find_products(1).front();
    ui::TillPanel* till = world.log_in();
    scan_fast(till, expired);
    const std::string red_title = text(till->banner()->title_text());
    REQUIRE(red_title.rfind("Carte refusée : Droits expirés (depuis le ", 0) == 0);
    const std::string refusal = red_title.substr(std::string("Carte refusée : ").size());
    screenshot(world.frame, "10_red_expired_card");

    wxTEST_DIALOG(press(till->scan_field(), WXK_F6),
                  wxExpectModal<ui::OverrideDialog>([](ui::OverrideDialog* dialog) {
                      dialog->manager_field()->ChangeValue("paul");
                      dialog->pin_field()->ChangeValue("2222");
                      dialog->reason_field()->ChangeValue("Renouvellement en cours");
                      enter_in(dialog->reason_field());
                      return dialog->GetReturnCode();
                  }));
    CHECK(till->banner()->colour() == ui::palette().background(ui::Tone::Warning));
    CHECK_THAT(text(till->banner()->title_text()), Contains("Carte acceptée par dérogation"));
    const std::string details = text(till->banner()->details_text());
    CHECK_THAT(details, Contains("Accordée par Paul"));
    CHECK_THAT(details, Contains("Motif : Renouvellement en cours"));
    CHECK_THAT(details, Contains("Refus : " + refusal));  // the same date as on the red banner
    REQUIRE(world.frame->till()->card());
    const core::Rate rate = world.frame->till()->card()->result.rate;
    CHECK(rate.bp > 0);
    CHECK_THAT(details, Contains("Taux du foyer appliqué : " + core::format_percent(rate)));
    CHECK(till->message_colour() == ui::palette().background(ui::Tone::Warning));
    CHECK_THAT(text(till->message_text()), Contains("Carte acceptée par dérogation, accordée par Paul"));

    // A product then: priced at the household's rate, not free; the banner stays amber.
    scan_fast(till, product.first);
    REQUIRE(till->basket()->row_count() == 1);
    CHECK(text(till->basket()->cell(0, 3)) == core::format_percent(rate));
    CHECK(world.frame->till()->lines().front().to_pay.cents() > 0);
    CHECK(till->banner()->colour() == ui::palette().background(ui::Tone::Warning));
    screenshot(world.frame, "11_override_amber");
}
