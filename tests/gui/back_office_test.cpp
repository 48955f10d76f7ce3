// Who lands where after the login, and the way between the till and the back office: F5 at the
// till asks a manager's PIN when a volunteer is serving and keeps the basket; F12 comes back.
#include "support/test_login.hpp"
#include "gui_fixture.hpp"

#include "pos/login_panel.hpp"
#include "pos/settings_panel.hpp"
#include "pos/users_panel.hpp"
#include "services/stock/stock_alerts.hpp"
#include "services/login.hpp"

#include <fstream>

#include <wx/button.h>

using namespace cabas;
using namespace cabas::gui_testing;

TEST_CASE("a manager lands on the back office and reaches the till with F2", "[gui]") {
    TillWorld world;
    REQUIRE(world.frame->log_in("paul", "2222"));
    ui::BackOfficePanel* office = world.frame->back_office();
    REQUIRE(office != nullptr);
    CHECK(world.frame->till_panel() == nullptr);
    CHECK_THAT(text(office->home_text()), Catch::Contains("Caisse"));
    REQUIRE(office->menu_button(WXK_F2) != nullptr);
    CHECK(text(office->menu_button(WXK_F12)->GetLabel()) == "F12  Se déconnecter");
    const auto alerts = services::stock::stock_alerts(*world.store, {2, "paul", "Paul", core::Role::Manager}, world.today);
    REQUIRE_FALSE(alerts.expiring.empty());
    wxString alerts_line = office->alerts_text();
    alerts_line.Replace("\n", " ");
    CHECK_THAT(text(alerts_line),
               Catch::Contains(std::to_string(alerts.expiring.size()) +
                               (alerts.expiring.size() > 1 ? " lots" : " lot") + " à date dépassée ou d'ici 7 jours"));
    CHECK(text(alerts_line).find("(s)") == std::string::npos);
    screenshot(world.frame, "20_back_office_manager");

    wxTEST_DIALOG((press(office->menu_button(WXK_ESCAPE), WXK_F2),
                   wait_for([&] { return world.frame->till_panel() != nullptr; })),
                  wxExpectModal<ui::EntryDialog>("50,00").Optional());
    REQUIRE(world.frame->till_panel() != nullptr);
    CHECK(world.frame->back_office() == nullptr);
    CHECK(world.frame->till()->user().role == core::Role::Manager);

    // The manager is already a manager: F5 opens the back office without asking again.
    press(world.frame->till_panel()->scan_field(), WXK_F5);
    REQUIRE(world.frame->back_office() != nullptr);
    CHECK(text(world.frame->back_office()->menu_button(WXK_F12)->GetLabel()) == "F12  Retour à la caisse");
    CHECK(world.frame->back_office()->menu_button(WXK_F2) == nullptr);
}

TEST_CASE("a volunteer's F5 asks a manager's PIN, and F12 comes back to the same basket", "[gui]") {
    TillWorld world;
    const std::string card = world.find_card(true, core::CardRefusal::None, core::Money::from_euros(20));
    const auto products = world.find_products(1);
    ui::TillPanel* till = world.log_in();
    scan_fast(till, card);
    scan_fast(till, products.front().first);
    REQUIRE(till->basket()->row_count() == 1);

    wxString refused_volunteer;
    wxString refused_pin;
    wxTEST_DIALOG(press(till->scan_field(), WXK_F5),
                  wxExpectModal<ui::ManagerLoginDialog>([&](ui::ManagerLoginDialog* dialog) {
                      dialog->login_field()->ChangeValue("marie");
                      dialog->pin_field()->ChangeValue("1111");
                      dialog->submit();
                      refused_volunteer = dialog->error_text();
                      dialog->login_field()->ChangeValue("paul");
                      dialog->pin_field()->ChangeValue("9999");
                      dialog->submit();
                      refused_pin = dialog->error_text();
                      dialog->pin_field()->ChangeValue("2222");
                      screenshot_dialog(dialog, "21_manager_login");
                      dialog->submit();
                      return dialog->GetReturnCode();
                  }));
    CHECK_THAT(text(refused_volunteer), Catch::Contains("Seul un responsable"));
    CHECK(text(refused_pin) == "Identifiant ou code incorrect");
    ui::BackOfficePanel* office = world.frame->back_office();
    REQUIRE(office != nullptr);
    CHECK_FALSE(till->IsShown());
    CHECK_THAT(text(office->home_text()), Catch::Contains("Retour à la caisse"));

    press(office->menu_button(WXK_ESCAPE), WXK_F12);
    REQUIRE(wait_for([&] { return world.frame->back_office() == nullptr; }));
    CHECK(till->IsShown());
    CHECK(till->basket()->row_count() == 1);
    CHECK(world.frame->till()->user().login == "marie");
    CHECK(wait_for([&] { return till->scan_field()->HasFocus(); }));
}

TEST_CASE("a social worker has the back office but no till", "[gui]") {
    TillWorld world;
    REQUIRE(world.frame->log_in("sophie", "3333"));
    ui::BackOfficePanel* office = world.frame->back_office();
    REQUIRE(office != nullptr);
    CHECK(office->menu_button(WXK_F2) == nullptr);
    press(office->menu_button(WXK_ESCAPE), WXK_F2);
    CHECK(world.frame->till_panel() == nullptr);
    press(office->menu_button(WXK_ESCAPE), WXK_F12);
    REQUIRE(wait_for([&] { return world.frame->back_office() == nullptr; }));
    CHECK(world.frame->login_panel()->IsShown());
}

TEST_CASE("a manager changes the settings; a bad value is refused beside its field", "[gui]") {
    TillWorld world;
    auto* settings = world.open_section<ui::SettingsPanel>("paul", "2222", WXK_F8);
    ui::BackOfficePanel* office = world.frame->back_office();
    CHECK(text(office->current_title()) == "Paramètres");
    CHECK(text(settings->value("shop.name")) == "Épicerie du Château");
    CHECK_FALSE(settings->can_save());

    settings->set_value("printer.columns", "4x");
    settings->set_value("shop.name", ui::to_wx("Épicerie des Tilleuls"));
    CHECK(text(settings->problem_text("printer.columns")) == "« 4x » n'est pas un nombre entier");
    CHECK_FALSE(settings->can_save());
    wxString status = settings->status_text();
    status.Replace("\n", " ");  // the label wraps to the panel's width, which depends on the window
    CHECK(text(status) == "À corriger : Caractères par ligne (80 mm : 42) : « 4x » n'est pas un nombre entier");
    screenshot(world.frame, "22_settings_refused");

    settings->set_value("printer.columns", "32");
    CHECK(settings->problem_text("printer.columns").empty());
    REQUIRE(settings->can_save());
    press(settings->GetChildren().front(), WXK_F10);
    CHECK(text(settings->status_text()) == "Paramètres enregistrés (2 modifiés).");
    CHECK(world.store->settings().get("shop.name") == "Épicerie des Tilleuls");
    CHECK(world.store->settings().get("printer.columns") == "32");
    CHECK_FALSE(settings->can_save());

    // A volunteer's session never sees the section, and the service refuses it anyway.
    CHECK(ui::back_office_sections_for({1, "marie", "Marie", core::Role::Volunteer}).empty());
}

TEST_CASE("each role's menu holds its sections, and each section opens its screen", "[gui]") {
    TillWorld world;
    struct Expected {
        std::string login, pin;
        std::vector<int> shown;
        std::vector<int> hidden;
    };
    const std::vector<Expected> roles = {
        {"paul", "2222", {WXK_F2, WXK_F3, WXK_F5, WXK_F6, WXK_F8}, {WXK_F4, WXK_F7, WXK_F9}},
        {"sophie", "3333", {WXK_F3, WXK_F4, WXK_F6}, {WXK_F2, WXK_F5, WXK_F7, WXK_F8, WXK_F9}},
        {"admin", "4444", {WXK_F2, WXK_F3, WXK_F4, WXK_F5, WXK_F6, WXK_F7, WXK_F8, WXK_F9}, {}},
    };
    for (const Expected& role : roles) {
        INFO(role.login);
        REQUIRE(world.frame->log_in(role.login, role.pin));
        ui::BackOfficePanel* office = world.frame->back_office();
        REQUIRE(office != nullptr);
        for (int key : role.shown) CHECK(office->menu_button(key) != nullptr);
        for (int key : role.hidden) CHECK(office->menu_button(key) == nullptr);
        // Only the admin is reminded of the retention rule; the demo's files are all recent.
        CHECK(text(office->retention_text()) ==
              (role.login == "admin" ? "Dossiers : aucun sans contact depuis 24 mois." : ""));
        if (role.login == "admin") screenshot(world.frame, "23_back_office_admin");
        for (int key : role.shown) {
            if (key == WXK_F2) continue;
            press(office->menu_button(WXK_ESCAPE), key);
            INFO("section key " << key);
            CHECK(office->current_section() != nullptr);
            CHECK(office->home_error().empty());
            const wxString title = office->current_title();
            if (role.login == "admin") screenshot(world.frame, "24_section_" + text(title));
            press(office->menu_button(WXK_ESCAPE), WXK_ESCAPE);
            CHECK(office->current_section() == nullptr);
        }
        press(office->menu_button(WXK_ESCAPE), WXK_F12);
        REQUIRE(wait_for([&] { return world.frame->back_office() == nullptr; }));
    }
}

TEST_CASE("an admin creates an account, changes its PIN and deactivates it", "[gui]") {
    TillWorld world;
    auto* users = world.open_section<ui::UsersPanel>("admin", "4444", WXK_F9);
    const int before = users->list()->row_count();

    users->fill_new_account("lea", ui::to_wx("Léa (bénévole)"), "volunteer", "12a4");
    users->add_account();
    CHECK(text(users->status_text()) == "Non créé : Code : des chiffres seulement");
    users->fill_new_account("lea", ui::to_wx("Léa (bénévole)"), "volunteer", "1357");
    users->add_account();
    CHECK(text(users->status_text()) == "Compte lea créé.");
    CHECK(users->list()->row_count() == before + 1);
    CHECK(cabas::testing::log_in_now(*world.store, "lea", "1357").has_value());
    screenshot(world.frame, "25_accounts");

    users->select_login("lea");
    users->change_selected_pin("2468");
    CHECK(text(users->status_text()) == "Code changé pour lea.");
    users->select_login("lea");
    users->toggle_selected_active();
    CHECK(text(users->status_text()) == "Compte lea désactivé.");
    CHECK_FALSE(cabas::testing::log_in_now(*world.store, "lea", "2468").has_value());
}

TEST_CASE("F11 opens the cash drawer for a manager, and says when no drawer is set", "[gui][drawer]") {
    TillWorld world;
    REQUIRE(world.frame->log_in("paul", "2222"));
    ui::BackOfficePanel* office = world.frame->back_office();
    REQUIRE(office != nullptr);
    REQUIRE(office->menu_button(WXK_F11) != nullptr);
    press(office->menu_button(WXK_ESCAPE), WXK_F11);
    CHECK(text(office->home_error()) == "Aucun tiroir-caisse n'est réglé (Paramètres, F8)");

    const std::string device = world.dir + "/lp0";
    std::ofstream(device).flush();
    world.store->settings().set("printer.mode", "escpos-device");
    world.store->settings().set("printer.device", device);
    world.store->settings().set("drawer.mode", "pin5");
    press(office->menu_button(WXK_ESCAPE), WXK_F11);
    CHECK(text(office->home_error()) == "Tiroir-caisse ouvert");
    std::ifstream in(device, std::ios::binary);
    CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == std::string("\x1B\x70\x01\x19\xFA", 5));
    screenshot(world.frame, "20_back_office_drawer_opened");
}

TEST_CASE("a social worker's back office has no drawer key", "[gui][drawer]") {
    TillWorld world;
    REQUIRE(world.frame->log_in("sophie", "3333"));
    REQUIRE(world.frame->back_office() != nullptr);
    CHECK(world.frame->back_office()->menu_button(WXK_F11) == nullptr);
}
