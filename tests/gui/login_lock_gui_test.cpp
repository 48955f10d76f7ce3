// Wrong PINs at the login screen lock the login: the screen says until when, the right PIN is
// refused meanwhile, and the admin sees the lock on the accounts screen and lifts it.
#include "gui_fixture.hpp"

#include "pos/back_office_panel.hpp"
#include "pos/login_panel.hpp"
#include "pos/users_panel.hpp"
#include "storage/access_log_repository.hpp"

#include <wx/button.h>
#include <wx/textctrl.h>

using namespace cabas;
using namespace cabas::gui_testing;

namespace {

void type_login(ui::LoginPanel* panel, const std::string& login, const std::string& pin) {
    panel->user_field()->ChangeValue(ui::to_wx(login));
    panel->pin_field()->ChangeValue(ui::to_wx(pin));
    panel->submit();
}

/// The message as one line: the screen wraps it to its width.
std::string one_line(const wxString& label) {
    std::string line = text(label);
    for (char& c : line)
        if (c == '\n') c = ' ';
    return line;
}

} // namespace

TEST_CASE("five wrong PINs at the login screen lock the login until an admin unlocks it", "[gui][login]") {
    TillWorld world;
    ui::LoginPanel* panel = world.frame->login_panel();
    for (int i = 1; i <= 4; ++i) type_login(panel, "marie", "9999");
    CHECK(one_line(panel->error_text()) == "Identifiant ou code incorrect (encore un essai avant le verrouillage)");
    type_login(panel, "marie", "9999");
    CHECK(one_line(panel->error_text()).starts_with("Trop de codes erronés : verrouillé jusqu'à "));

    // The right PIN, typed as on the keyboard, is refused while the lock lasts.
    panel->user_field()->SetFocus();
    panel->user_field()->Clear();
    panel->pin_field()->Clear();
    settle(100);
    {
        wxUIActionSimulator sim;
        sim.Text("marie");
        settle(100);
        panel->pin_field()->SetFocus();
        settle(100);
        sim.Text("1111");
        sim.Char(WXK_RETURN);
    }
    REQUIRE(wait_for([&] { return panel->pin_field()->IsEmpty() && panel->user_field()->GetValue() == "marie"; }));
    settle(200);
    CHECK(panel->IsShown());
    CHECK(world.frame->till_panel() == nullptr);
    CHECK(one_line(panel->error_text()).find("verrouillé jusqu'à") != std::string::npos);
    screenshot(world.frame, "26_login_locked");

    auto* users = world.open_section<ui::UsersPanel>("admin", "4444", WXK_F9);
    ui::BackOfficePanel* office = world.frame->back_office();
    CHECK(text(users->state_of("marie")).starts_with("verrouillé jusqu'à "));
    users->select_login("marie");
    screenshot(world.frame, "27_accounts_locked");
    users->unlock_selected();
    CHECK(text(users->status_text()) == "Compte marie déverrouillé.");
    CHECK(text(users->state_of("marie")) == "actif");

    storage::AccessLogFilter filter;
    filter.user_login = "marie";
    int failed = 0, locked = 0;
    for (const auto& entry : world.store->access_log().list(filter)) {
        failed += entry.action == "login_failed";
        locked += entry.action == "login_locked";
        if (entry.action == "login_failed") CHECK(entry.detail.starts_with("écran de connexion"));
    }
    CHECK(failed == 5);
    CHECK(locked == 1);

    press(office->menu_button(WXK_ESCAPE), WXK_F12);
    REQUIRE(wait_for([&] { return world.frame->back_office() == nullptr; }));
    ui::TillPanel* till = world.log_in();
    CHECK(till != nullptr);
}
