// What Orca and a high-contrast theme need from the till: the basket and the lists are native
// GTK lists whose rows give their words through the model; the palette follows a theme whose
// name asks for contrast, and banners still say in words what their colour means. The test
// "[high-contrast]" runs again with GTK_THEME=HighContrast (tests/gui/CMakeLists.txt): its
// screenshots of the till and the households list are named after the theme in use.
#include "household_gui_fixture.hpp"

#include "pos/card_banner.hpp"
#include "pos/households_panel.hpp"
#include "pos/touch_targets.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/frame.h>
#include <wx/settings.h>
#include <wx/sizer.h>

using namespace cabas;
using namespace cabas::gui_testing;

namespace {

/// "branded" or "high_contrast": the suffix of this run's screenshots.
std::string theme_suffix() { return ui::palette().is_high_contrast() ? "high_contrast" : "branded"; }

bool running_high_contrast() {
    const char* theme = std::getenv("GTK_THEME");
    return theme && wxString(theme).Lower().Contains("contrast");
}

/// Logs in, scans a green card and `count` products; returns the till and the products.
std::pair<ui::TillPanel*, std::vector<std::pair<std::string, core::Product>>> basket_of(TillWorld& world,
                                                                                       std::size_t count) {
    const std::string card = world.find_card(true, core::CardRefusal::None, core::Money::from_euros(20));
    auto products = world.find_products(count);
    ui::TillPanel* till = world.log_in();
    scan_fast(till, card);
    for (const auto& [code, product] : products) scan_fast(till, code);
    return {till, products};
}

} // namespace

TEST_CASE("a theme whose name asks for contrast switches the palette", "[gui][palette]") {
    struct Case {
        const char* theme_name;
        const char* gtk_theme;
        bool high_contrast;
    };
    const Case cases[] = {
        {"Adwaita", "", false},
        {"", "", false},
        {"Adwaita-dark", "Adwaita:dark", false},
        {"HighContrast", "", true},
        {"HighContrastInverse", "", true},
        {"Adwaita", "HighContrast", true},
        {"High Contrast", "", true},
        {"ContrastHigh", "", true},
    };
    for (const Case& c : cases) {
        INFO(c.theme_name << " / GTK_THEME=" << c.gtk_theme);
        const ui::ThemeFacts facts{c.theme_name, c.gtk_theme, wxColour(250, 250, 250), wxColour(10, 10, 10)};
        CHECK(ui::wants_high_contrast(facts) == c.high_contrast);
        CHECK(ui::Palette::for_theme(facts).is_high_contrast() == c.high_contrast);
    }
}

TEST_CASE("the high-contrast palette gives only the theme's window and text colours", "[gui][palette]") {
    const wxColour window(255, 255, 255), ink(0, 0, 0);
    const ui::Palette contrast = ui::Palette::high_contrast(window, ink);
    const ui::Palette brand = ui::Palette::branded();
    for (ui::Tone tone : {ui::Tone::Neutral, ui::Tone::Ok, ui::Tone::Warning, ui::Tone::Refused, ui::Tone::Header}) {
        const wxColour fill = contrast.background(tone);
        const wxColour text = contrast.text_on(tone);
        CHECK((fill == window || fill == ink));
        CHECK((text == window || text == ink));
        CHECK(fill != text);
        CHECK(contrast.ink(tone) == ink);
    }
    // Refusals and warnings stand out by inversion; the brand's greens and reds are gone.
    CHECK(contrast.background(ui::Tone::Refused) == ink);
    CHECK(contrast.background(ui::Tone::Ok) == window);
    CHECK(contrast.background(ui::Tone::Ok) != brand.background(ui::Tone::Ok));
    CHECK(contrast.background(ui::Tone::Refused) != brand.background(ui::Tone::Refused));
    CHECK_FALSE(contrast.warning_row().IsOk());  // no tint: the line's "⚠" says it
    // The brand's colours are the ones docs/design/ui.md §5 names.
    CHECK(brand.background(ui::Tone::Ok) == wxColour(0x2E, 0x7D, 0x32));
    CHECK(brand.background(ui::Tone::Refused) == wxColour(0xC6, 0x28, 0x28));
    CHECK(brand.background(ui::Tone::Warning) == wxColour(0xF9, 0xA8, 0x25));
    CHECK(brand.text_on(ui::Tone::Warning) == wxColour(0, 0, 0));
    CHECK(brand.text_on(ui::Tone::Refused) == wxColour(0xFF, 0xFF, 0xFF));
    // A theme that reports two equal colours still gets black on white.
    const ui::Palette blind = ui::Palette::high_contrast(window, window);
    CHECK(blind.background(ui::Tone::Refused) != blind.text_on(ui::Tone::Refused));
}

TEST_CASE("the basket is a native list whose rows give their words to a screen reader", "[gui][accessibility]") {
    TillWorld world;
    const auto [till, products] = basket_of(world, 2);
    REQUIRE(till->basket()->row_count() == 2);

    // On GTK wxDataViewCtrl is the native GtkTreeView (the generic one would be wxGenericDataViewCtrl).
    wxDataViewCtrl* view = till->basket();
    CHECK(wxString(view->GetClassInfo()->GetClassName()) == "wxDataViewCtrl");
    CHECK(view->GtkGetTreeView() != nullptr);
    // What Orca reads is what the model answers for each cell.
    wxDataViewModel* model = view->GetModel();
    REQUIRE(model != nullptr);
    for (int row = 0; row < 2; ++row) {
        wxVariant name, to_pay;
        model->GetValue(name, till->basket()->item_at(row), 0);
        model->GetValue(to_pay, till->basket()->item_at(row), 4);
        CHECK(text(name.GetString()) == products[static_cast<std::size_t>(row)].second.name);
        CHECK(text(to_pay.GetString()).find("€") != std::string::npos);
    }
    CHECK(view->GetColumnCount() == 5);
    CHECK(till->basket()->row_height() >= 44);
}

TEST_CASE("the till and the households list in the theme in use", "[gui][high-contrast]") {
    // The palette is decided from the running theme: with GTK_THEME=HighContrast it is the
    // theme's own colours, otherwise the brand's.
    CHECK(ui::palette().is_high_contrast() == running_high_contrast());
    if (running_high_contrast()) {
        CHECK(ui::palette().window() == wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
        CHECK(ui::palette().ink(ui::Tone::Refused) == wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    }

    {
        TillWorld world;
        ui::TillPanel* till = basket_of(world, 3).first;
        REQUIRE(till->basket()->row_count() == 3);
        // Colour never alone: the banner says the card is valid in words, whatever its fill.
        CHECK(text(till->banner()->title_text()).rfind("Carte valide — ", 0) == 0);
        CHECK(till->banner()->colour() == ui::palette().background(ui::Tone::Ok));
        CHECK(till->message_colour() == ui::palette().background(ui::Tone::Ok));
        screenshot(world.frame, "a11y_till_basket_" + theme_suffix());
    }
    HouseholdScreens w;
    auto* panel = w.host(new ui::HouseholdsPanel(w.frame, *w.store, w.clock, w.user("paul", "2222")));
    REQUIRE(panel->list()->row_count() > 10);
    panel->list()->select_row(2);
    CHECK(panel->list()->selected_row() == 2);
    screenshot(w.frame, "a11y_households_list_" + theme_suffix());
}

TEST_CASE("buttons and check boxes are at least 44 px high without asking", "[gui][accessibility]") {
    REQUIRE(ui::install_touch_targets());
    auto* frame = new wxFrame(nullptr, wxID_ANY, "touch");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* box = new wxCheckBox(frame, wxID_ANY, "Disability");
    auto* button = new wxButton(frame, wxID_ANY, "+ line");
    for (wxWindow* w : std::initializer_list<wxWindow*>{box, button}) sizer->Add(w);
    frame->SetSizerAndFit(sizer);
    frame->Show();
    settle(200);
    CHECK(box->GetSize().y >= 44);
    CHECK(button->GetSize().y >= 44);
    frame->Destroy();
}
