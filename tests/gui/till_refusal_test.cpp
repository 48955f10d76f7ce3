// What the till says when it must say no: a refused card shows its reason in a red banner, a
// per-visit limit shows its message in the strip without a popup and without adding the item.
#include "gui_fixture.hpp"

#include "pos/card_banner.hpp"

using namespace cabas;
using namespace cabas::gui_testing;

TEST_CASE("a refused card shows its reason in red", "[gui]") {
    TillWorld world;
    const std::string card = world.find_card(false, core::CardRefusal::Expired);
    ui::TillPanel* till = world.log_in();
    REQUIRE(wait_for([&] { return till->scan_field()->HasFocus(); }));
    scan_keys(card);
    wait_for([&] { return till->scan_field()->GetValue().empty() && !till->banner()->title_text().StartsWith("Scan"); });
    INFO("banner: " << text(till->banner()->title_text()) << " / strip: " << text(till->message_text()) << " / field: " << text(till->scan_field()->GetValue()));
    REQUIRE(wait_for([&] { return text(till->banner()->title_text()).rfind("Carte refusée", 0) == 0; }));
    CHECK_THAT(text(till->banner()->title_text()), Catch::Contains("Droits expirés"));
    CHECK(till->banner()->colour() == ui::palette().background(ui::Tone::Refused));
    CHECK(till->message_colour() == ui::palette().background(ui::Tone::Refused));
    CHECK(till->scan_field()->HasFocus());
    screenshot(world.frame, "03_red_card");
}

TEST_CASE("a product over its per-visit limit is refused in the message strip", "[gui]") {
    TillWorld world;
    const std::string card = world.find_card(true, core::CardRefusal::None, core::Money::from_euros(20));
    const auto limited = world.find_products(1, true);
    ui::TillPanel* till = world.log_in();
    scan_fast(till, card);
    REQUIRE(text(till->banner()->title_text()).rfind("Carte valide", 0) == 0);
    const std::int64_t limit = *limited.front().second.limit.per_visit;
    for (std::int64_t i = 0; i < limit; ++i) scan_fast(till, limited.front().first);
    REQUIRE(till->basket()->row_count() == 1);
    CHECK(till->message_colour() != ui::palette().background(ui::Tone::Refused));
    scan_fast(till, limited.front().first);
    CHECK(till->basket()->row_count() == 1);
    CHECK(text(till->basket()->cell(0, 1)) == std::to_string(limit));
    CHECK(till->message_colour() == ui::palette().background(ui::Tone::Refused));
    CHECK_FALSE(till->message_text().empty());
    INFO(text(till->message_text()));
    CHECK(till->scan_field()->GetValue().empty());
    screenshot(world.frame, "06_limit_message");
}
