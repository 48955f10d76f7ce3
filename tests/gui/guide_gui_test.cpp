// The user guide from the screens: the till's F1 help shows the key map and a large button that
// opens the guide; the button, and F1 again, hand the guide's index.html to the opener (replaced
// here: no browser starts in the tests); a guide that is not there is said where the button
// is. The back office opens it with F1 from anywhere, and says why when it cannot.
#include "gui_fixture.hpp"

#include "pos/help_dialog.hpp"
#include "pos/user_guide.hpp"

#include <wx/button.h>
#include <wx/stattext.h>

#include <filesystem>
#include <string>
#include <vector>

CABAS_EXPECT_MODAL_WITH(cabas::ui::HelpDialog)

using namespace cabas;
using namespace cabas::gui_testing;

namespace {

/// Replaces the guide's lookup and opener for one test; the opener records what it was given.
struct FakeGuide {
    ui::UserGuide saved = ui::user_guide();
    std::vector<std::string> opened;
    bool browser_starts = true;

    explicit FakeGuide(std::optional<wxString> index) {
        ui::user_guide().find = [index] { return index; };
        ui::user_guide().open = [this](const wxString& path) {
            opened.push_back(text(path));
            return browser_starts;
        };
    }
    ~FakeGuide() { ui::user_guide() = saved; }
    FakeGuide(const FakeGuide&) = delete;
    FakeGuide& operator=(const FakeGuide&) = delete;
};

/// A label as one line (wxStaticText::Wrap put newlines where spaces were).
std::string one_line(wxString label) {
    label.Replace("\n", " ");
    return text(label);
}

const std::string built_index = std::string(CABAS_GUIDE_BUILD_DIR) + "/index.html";

} // namespace

TEST_CASE("the guide found by default is the build tree's index.html", "[gui][guide]") {
    // The guide target is part of the build, so the real lookup finds the build tree's copy.
    REQUIRE(std::filesystem::exists(built_index));
    const auto found = ui::find_installed_user_guide();
    REQUIRE(found.has_value());
    CHECK(std::filesystem::equivalent(text(*found), built_index));
}

TEST_CASE("F1 at the till shows the keys and a button that opens the guide; F1 again opens it too",
          "[gui][guide]") {
    TillWorld world;
    ui::TillPanel* till = world.log_in();
    FakeGuide guide{ui::find_installed_user_guide()};

    wxTEST_DIALOG(press(till->scan_field(), WXK_F1), wxExpectModal<ui::HelpDialog>([&](ui::HelpDialog* help) {
                      REQUIRE(help->guide_button() != nullptr);
                      CHECK(text(help->guide_button()->GetLabel()) == "F1  Ouvrir le guide de l'utilisateur");
                      CHECK(help->guide_button()->IsEnabled());
                      CHECK(help->guide_status().empty());
                      // The scanner's advice, whose msgid is not ASCII, is there in French.
                      bool scanner_advice = false;
                      for (wxWindow* child : help->GetChildren())
                          if (auto* label = dynamic_cast<wxStaticText*>(child))
                              scanner_advice |= one_line(label->GetLabel()).rfind("Lecteur de codes-barres : ", 0) == 0;
                      CHECK(scanner_advice);
                      screenshot_dialog(help, "50_help_guide_button");

                      wxCommandEvent click(wxEVT_BUTTON, help->guide_button()->GetId());
                      click.SetEventObject(help->guide_button());
                      help->guide_button()->ProcessWindowEvent(click);
                      REQUIRE(guide.opened.size() == 1);
                      CHECK(std::filesystem::equivalent(guide.opened[0], built_index));
                      CHECK(one_line(help->guide_status()) == "Le guide s'ouvre dans le navigateur.");

                      press(help->guide_button(), WXK_F1);
                      CHECK(guide.opened.size() == 2);
                      return wxID_OK;
                  }));
    CHECK(till->scan_field()->HasFocus());
}

TEST_CASE("without the guide the help says so where the button is, and a browser that fails is said too",
          "[gui][guide]") {
    TillWorld world;
    ui::TillPanel* till = world.log_in();
    {
        FakeGuide guide{std::nullopt};
        wxTEST_DIALOG(press(till->scan_field(), WXK_F1), wxExpectModal<ui::HelpDialog>([&](ui::HelpDialog* help) {
                          CHECK_FALSE(help->guide_button()->IsEnabled());
                          CHECK(one_line(help->guide_status()) ==
                                "Le guide de l'utilisateur n'est pas sur cet ordinateur. Demandez à l'administrateur "
                                "de réinstaller le paquet cabas.");
                          screenshot_dialog(help, "51_help_guide_missing");
                          press(help, WXK_F1);
                          CHECK(guide.opened.empty());
                          return wxID_OK;
                      }));
    }
    FakeGuide guide{wxString("/nulle/part/index.html")};
    guide.browser_starts = false;
    wxTEST_DIALOG(press(till->scan_field(), WXK_F1), wxExpectModal<ui::HelpDialog>([&](ui::HelpDialog* help) {
                      help->open_guide();
                      CHECK(guide.opened == std::vector<std::string>{"/nulle/part/index.html"});
                      CHECK(one_line(help->guide_status()) ==
                            "Aucun navigateur n'a pu s'ouvrir. Le guide est le fichier /nulle/part/index.html");
                      return wxID_OK;
                  }));
}

TEST_CASE("F1 in the back office opens the guide, from the home page and from inside a section", "[gui][guide]") {
    TillWorld world;
    FakeGuide guide{ui::find_installed_user_guide()};
    REQUIRE(world.frame->log_in("paul", "2222"));
    ui::BackOfficePanel* office = world.frame->back_office();
    REQUIRE(office != nullptr);
    REQUIRE(office->menu_button(WXK_F1) != nullptr);
    CHECK(text(office->menu_button(WXK_F1)->GetLabel()) == "F1  Le guide");
    CHECK_THAT(text(office->home_text()), Catch::Contains("F1   Guide de l'utilisateur"));
    screenshot(world.frame, "52_back_office_guide_button");

    press(office->menu_button(WXK_ESCAPE), WXK_F1);
    REQUIRE(guide.opened.size() == 1);
    CHECK(std::filesystem::equivalent(guide.opened[0], built_index));

    press(office->menu_button(WXK_ESCAPE), WXK_F5);
    REQUIRE(office->current_section() != nullptr);
    CHECK(text(office->menu_button(WXK_F1)->GetLabel()) == "F1  Le guide");
    press(office->current_section(), WXK_F1);
    CHECK(guide.opened.size() == 2);
    CHECK(office->current_section() != nullptr);  // the stock screen stays open

    guide.browser_starts = false;
    press(office->current_section(), WXK_F1);
    CHECK(office->current_section() == nullptr);  // back home, where the reason is shown
    CHECK_THAT(one_line(office->home_error()), Catch::StartsWith("Aucun navigateur n'a pu s'ouvrir."));

    // The settings as a manager sees them, for the guide's chapter (docs/guide/responsable.md).
    press(office->menu_button(WXK_ESCAPE), WXK_F8);
    REQUIRE(office->current_section() != nullptr);
    screenshot(world.frame, "settings_manager");
}
