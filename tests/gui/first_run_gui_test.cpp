// The first-run wizard from an empty database to the first administrator's home: every step
// refuses a wrong field at the field, goes back and forth without losing anything, prints a
// test ticket, and writes nothing before the last F12. Then the admin's first steps tick.
#include "support/test_login.hpp"
#include "gui_fixture.hpp"

#include "pos/first_run_panel.hpp"
#include "pos/login_panel.hpp"
#include "pos/setup_checklist_view.hpp"
#include "services/first_run.hpp"
#include "services/settings_keys.hpp"
#include "services/user_service.hpp"

#include <fstream>

using namespace cabas;
using namespace cabas::gui_testing;
using Catch::Contains;

namespace {

/// An empty database (no account, no barème) and the till window on it.
struct EmptyWorld {
    std::string dir;
    std::unique_ptr<storage::Store> store;
    services::SystemClock clock;
    ui::MainFrame* frame = nullptr;
    int demo_launches = 0;

    EmptyWorld() {
        std::string pattern = (std::filesystem::temp_directory_path() / "cabas-gui-first-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        dir = pattern;
        storage::StoreOptions options;
        options.pin_cost = storage::PinHashCost::minimum();
        store = storage::open_sqlite_store(dir + "/cabas.db", options);
        frame = new ui::MainFrame(*store, clock, "caisse-1");
        frame->set_demo_launcher([this] {
            ++demo_launches;
            return ui::PrintOutcome{true, "La démonstration s'ouvre dans une autre fenêtre.", {}};
        });
        frame->Show();
        frame->Raise();
        wait_for([this] { return frame->IsShown(); });
        settle(300);
    }
    ~EmptyWorld() {
        delete frame;
        wxYield();
        store.reset();
        std::error_code ignored;
        std::filesystem::remove_all(dir, ignored);
    }
};

void type_into(wxTextCtrl* field, const std::string& value) {
    field->SetFocus();
    field->SetValue(ui::to_wx(value));  // a text event, as typing sends
}

} // namespace

TEST_CASE("the wizard takes an empty database to the first administrator's home", "[gui][first_run]") {
    EmptyWorld world;
    ui::FirstRunPanel* wizard = world.frame->first_run();
    REQUIRE(wizard != nullptr);
    CHECK_FALSE(world.frame->login_panel()->IsShown());
    CHECK(text(wizard->step_text()) == "Bienvenue");
    screenshot(world.frame, "40_first_run_welcome");

    press(wizard->next_button(), WXK_F3);
    CHECK(world.demo_launches == 1);
    CHECK(world.frame->first_run() == wizard);  // the demonstration leaves this database alone

    press(wizard->next_button(), WXK_F12);
    auto* shop = wizard->page<ui::ShopPage>();
    CHECK(text(wizard->step_text()) == "Étape 1 sur 6 : L'épicerie");
    press(wizard->next_button(), WXK_F12);
    CHECK(wizard->page_index() == 1);
    CHECK(text(shop->problem_shown(services::keys::shop_name)) == "obligatoire");
    type_into(shop->field(services::keys::shop_name), "Épicerie du Château");
    type_into(shop->field(services::keys::shop_address), "12 rue des Lilas, 69003 Lyon");
    CHECK(text(shop->problem_shown(services::keys::shop_name)).empty());
    screenshot(world.frame, "41_first_run_shop");
    press(wizard->next_button(), WXK_F12);

    auto* admin = wizard->page<ui::AdminPage>();
    REQUIRE(wizard->page_index() == 2);
    type_into(admin->field("identifiant"), "claire");
    type_into(admin->field("nom"), "Claire Martin");
    type_into(admin->field("code"), "482915");
    type_into(admin->field("code_confirmation"), "482951");
    press(wizard->next_button(), WXK_F12);
    CHECK(wizard->page_index() == 2);
    CHECK(text(admin->problem_shown("code_confirmation")) == "les deux codes ne sont pas les mêmes");
    CHECK(wxWindow::FindFocus() == admin->field("code_confirmation"));
    CHECK(text(wizard->message()) == "Corrigez le champ signalé en rouge.");
    screenshot(world.frame, "42_first_run_admin_refused");
    type_into(admin->field("code_confirmation"), "482915");
    CHECK(text(admin->problem_shown("code_confirmation")).empty());
    press(wizard->next_button(), WXK_F12);

    auto* bareme = wizard->page<ui::BaremePage>();
    REQUIRE(wizard->page_index() == 3);
    CHECK_THAT(text(bareme->summary_text()), Contains("Les foyers paient 10\u00a0% de la valeur des produits."));
    const std::string bad_file = world.dir + "/bareme-ccas.json";
    std::ofstream(bad_file) << "{\"format\": \"cabas-bareme-1\", \"taux\": ";
    bareme->choose_file(bad_file);
    CHECK_THAT(text(bareme->summary_text()), Contains(bad_file));
    press(wizard->next_button(), WXK_F12);
    CHECK(wizard->page_index() == 3);  // a broken file cannot be chosen
    press(wizard->next_button(), WXK_F3);
    screenshot(world.frame, "43_first_run_bareme");
    press(wizard->next_button(), WXK_F12);

    auto* printer = wizard->page<ui::PrinterPage>();
    REQUIRE(wizard->page_index() == 4);
    type_into(printer->field(services::keys::printer_pdf_dir), world.dir + "/tickets");
    press(wizard->next_button(), WXK_F6);
    const std::string test_ticket = world.dir + "/tickets/essai-caisse-1.pdf";
    REQUIRE(std::filesystem::exists(test_ticket));
    const std::string pdf_text = world.dir + "/essai.txt";
    REQUIRE(std::system(("pdftotext -layout '" + test_ticket + "' '" + pdf_text + "'").c_str()) == 0);
    std::ifstream in(pdf_text);
    const std::string printed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK_THAT(printed, Contains("TICKET D'ESSAI"));
    CHECK_THAT(printed, Contains("Épicerie du Château"));
    CHECK_THAT(printed, Contains("ne vaut pas vente"));
    press(wizard->next_button(), WXK_F4);  // a plugged-in printer needs its device
    type_into(printer->field(services::keys::printer_device), "usb/lp0");
    press(wizard->next_button(), WXK_F12);
    CHECK(wizard->page_index() == 4);
    CHECK_THAT(text(printer->problem_shown(services::keys::printer_device)), Contains("chemin absolu"));
    press(wizard->next_button(), WXK_F3);
    screenshot(world.frame, "44_first_run_printer");
    press(wizard->next_button(), WXK_F12);

    auto* backup = wizard->page<ui::BackupPage>();
    REQUIRE(wizard->page_index() == 5);
    type_into(backup->field(services::keys::backup_folder), "/media/disque-absent/cabas");
    press(wizard->next_button(), WXK_F12);
    CHECK(wizard->page_index() == 5);
    CHECK_THAT(text(backup->problem_shown(services::keys::backup_folder)), Contains("n'existe pas"));
    std::filesystem::create_directories(world.dir + "/sauvegardes");
    type_into(backup->field(services::keys::backup_folder), world.dir + "/sauvegardes");
    screenshot(world.frame, "45_first_run_backups");
    press(wizard->next_button(), WXK_F12);

    REQUIRE(wizard->page_index() == 6);
    auto* summary = wizard->page<ui::SummaryPage>();
    CHECK_THAT(text(summary->text()), Contains("Épicerie du Château"));
    CHECK_THAT(text(summary->text()), Contains("Claire Martin (claire)"));
    CHECK(text(summary->text()).find("482915") == std::string::npos);
    CHECK(text(wizard->next_button()->GetLabel()) == "F12  Créer l'épicerie");
    // Back and forth: nothing typed is lost, nothing is written yet.
    press(wizard->next_button(), WXK_ESCAPE);
    press(wizard->next_button(), WXK_ESCAPE);
    press(wizard->next_button(), WXK_ESCAPE);
    CHECK(wizard->page_index() == 3);
    CHECK(text(admin->field("identifiant")->GetValue()) == "claire");
    CHECK(services::first_run::needed(*world.store));
    CHECK_FALSE(world.store->settings().get(services::keys::shop_name).has_value());
    press(wizard->next_button(), WXK_F12);
    press(wizard->next_button(), WXK_F12);
    press(wizard->next_button(), WXK_F12);
    REQUIRE(wizard->page_index() == 6);
    screenshot(world.frame, "46_first_run_summary");
    press(wizard->next_button(), WXK_F12);

    REQUIRE(wait_for([&] { return world.frame->first_run() == nullptr; }));
    ui::LoginPanel* login = world.frame->login_panel();
    CHECK(login->IsShown());
    CHECK(text(login->user_field()->GetValue()) == "claire");
    CHECK_THAT(text(login->error_text()), Contains("L'épicerie est prête"));
    CHECK(world.store->settings().get(services::keys::backup_folder) == world.dir + "/sauvegardes");
    screenshot(world.frame, "47_first_run_done_login");

    REQUIRE(world.frame->log_in("claire", "482915"));
    ui::BackOfficePanel* office = world.frame->back_office();
    REQUIRE(office != nullptr);
    ui::SetupChecklistView* steps = office->checklist();
    REQUIRE(steps != nullptr);
    CHECK(steps->IsShown());
    CHECK_THAT(text(steps->text()), Contains("À faire — Créer les comptes de l'équipe"));
    screenshot(world.frame, "48_admin_first_steps");

    const auto claire = *cabas::testing::log_in_now(*world.store, "claire", "482915");
    services::add_user(*world.store, claire, {"marie", "Marie", core::Role::Volunteer, "1111"});
    office->show_home();
    CHECK_THAT(text(steps->text()), Contains("Fait — Créer les comptes de l'équipe"));
    CHECK_THAT(text(steps->text()), Contains("À faire — Importer les produits"));
}
