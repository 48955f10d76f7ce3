// The first run of an empty database: each step's checks (table-driven), then everything
// written at once — or nothing, when one field is wrong or the database has an account.
#include "core/error.hpp"
#include "services/bareme_service.hpp"
#include "services/first_run.hpp"
#include "services/io/bareme_json.hpp"
#include "services/login.hpp"
#include "services/clock.hpp"
#include "services/settings_keys.hpp"
#include "services/settings_service.hpp"
#include "services/user_service.hpp"
#include "storage/store.hpp"
#include "support/test_database.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace cabas;
using namespace cabas::services;
using Catch::Contains;

namespace {

const core::Date kToday = core::Date::from_ymd(2026, 12, 3);

struct EmptyDatabase {
    test_support::FreshDatabase database{"cabas-first-run"};
    std::unique_ptr<storage::Store> store = storage::open_store(database.location(), storage::PinHashCost::minimum());
};

first_run::Setup good_setup(const std::string& folder) {
    first_run::Setup setup;
    setup.shop = {"Épicerie du Château", "12 rue des Lilas, 69003 Lyon"};
    setup.admin = {"claire", "Claire Martin", "482915", "482915"};
    setup.printer.mode = "pdf";
    setup.printer.pdf_dir = folder + "/tickets";
    setup.backup_folder = folder;
    return setup;
}

std::string first_field(const first_run::Problems& problems) { return problems.empty() ? "" : problems.front().field; }

} // namespace

TEST_CASE("the administrator step names the first wrong field", "[first_run]") {
    struct Case {
        first_run::AdminStep step;
        std::string field;
        std::string says;
    };
    const Case cases[] = {
        {{"claire", "Claire", "482915", "482915"}, "", ""},
        {{"", "Claire", "482915", "482915"}, "identifiant", ""},
        {{"Claire Martin", "Claire", "482915", "482915"}, "identifiant", ""},
        {{"claire", "", "482915", "482915"}, "nom", ""},
        {{"claire", "Claire", "12", "12"}, "code", "de 4 à 12 chiffres"},
        {{"claire", "Claire", "48a915", "48a915"}, "code", ""},
        {{"claire", "Claire", "482915", ""}, "code_confirmation", "retapez le code"},
        {{"claire", "Claire", "482915", "482951"}, "code_confirmation", "les deux codes ne sont pas les mêmes"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.step.login, c.step.name, c.step.pin, c.step.pin_again);
        const auto problems = first_run::check_admin(c.step);
        CHECK(first_field(problems) == c.field);
        if (!c.says.empty()) CHECK(problems.front().problem == c.says);
    }
}

TEST_CASE("the shop, printer and backup steps refuse what would fail later", "[first_run]") {
    test_support::FreshDatabase scratch{"cabas-first-run-folders"};
    const std::string folder = std::filesystem::path(scratch.file("x")).parent_path().string();
    CHECK(first_field(first_run::check_shop({"", ""})) == keys::shop_name);
    CHECK(first_field(first_run::check_shop({std::string(61, 'a'), ""})) == keys::shop_name);
    CHECK(first_field(first_run::check_shop({"Épicerie", "ligne 1\nligne 2"})) == keys::shop_address);
    CHECK(first_run::check_shop({"Épicerie", ""}).empty());

    struct PrinterCase {
        first_run::PrinterStep step;
        std::string field;
    };
    const PrinterCase printers[] = {
        {{"pdf", "", "", ""}, ""},
        {{"pdf", folder + "/tickets", "", ""}, ""},
        {{"pdf", "tickets", "", ""}, keys::printer_pdf_dir},
        {{"pdf", "/nonexistent-cabas/deep/tickets", "", ""}, keys::printer_pdf_dir},
        {{"escpos-device", "", "", ""}, keys::printer_device},
        {{"escpos-device", "", "/dev/usb/lp0", ""}, ""},
        {{"escpos-device", "", "usb/lp0", ""}, keys::printer_device},
        {{"escpos-cups", "", "", ""}, keys::printer_queue},
        {{"escpos-cups", "", "", "TM-T20"}, ""},
        {{"laser", "", "", ""}, keys::printer_mode},
    };
    for (const PrinterCase& c : printers) {
        CAPTURE(c.step.mode, c.step.pdf_dir, c.step.device, c.step.queue);
        CHECK(first_field(first_run::check_printer(c.step)) == c.field);
    }

    CHECK(first_run::check_backup_folder("").empty());
    CHECK(first_run::check_backup_folder(folder).empty());
    CHECK_THAT(first_run::check_backup_folder("/nonexistent-cabas-disk").front().problem, Contains("n'existe pas"));
    CHECK_THAT(first_run::check_backup_folder("sauvegardes").front().problem, Contains("chemin absolu"));
    const std::string file = scratch.file("plain");
    std::ofstream(file) << "x";
    CHECK(first_run::check_backup_folder(file).front().problem == "ce n'est pas un dossier");
}

TEST_CASE("a barème file is checked at its step, naming the file and the field", "[first_run]") {
    first_run::BaremeStep step;
    CHECK(first_run::check_bareme(step).empty());
    CHECK(first_run::chosen_bareme(step, kToday).effective_from == core::Date::from_ymd(2026, 1, 1));

    core::Bareme mine = core::Bareme::defaults();
    mine.label = "Barème CCAS 2027";
    mine.flat_rate = core::Rate::percent(20);
    step = {"/media/cle/bareme-2027.json", io::bareme_to_text(mine)};
    CHECK(first_run::check_bareme(step).empty());
    CHECK(first_run::chosen_bareme(step, kToday).flat_rate == core::Rate::percent(20));

    step.document = "{\"format\": \"cabas-bareme-1\"}";
    const auto problems = first_run::check_bareme(step);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().field == "bareme.fichier");
    CHECK_THAT(problems.front().problem, Contains("/media/cle/bareme-2027.json"));
    step.document.clear();
    CHECK(first_run::check_bareme(step).size() == 1);
}

TEST_CASE("the first run writes the administrator, the épicerie, the printer, backups and barème at once", "[first_run]") {
    EmptyDatabase db;
    REQUIRE(first_run::needed(*db.store));
    const std::string folder = std::filesystem::path(db.database.file("x")).parent_path().string();
    first_run::apply(*db.store, good_setup(folder), kToday);

    CHECK_FALSE(first_run::needed(*db.store));
    const auto claire = log_in(*db.store, FixedClock(kToday), "claire", "482915", LoginPlace::LoginScreen);
    REQUIRE(claire);
    CHECK(claire->role == core::Role::Admin);
    CHECK(claire->display_name == "Claire Martin");
    CHECK(shop_identity(*db.store).name == "Épicerie du Château");
    CHECK(shop_identity(*db.store).address == "12 rue des Lilas, 69003 Lyon");
    const auto settings = current_settings(*db.store);
    CHECK(settings.at(keys::printer_mode) == "pdf");
    CHECK(settings.at(keys::printer_pdf_dir) == folder + "/tickets");
    CHECK(db.store->settings().get(keys::backup_folder) == folder);
    CHECK(bareme_in_force(*db.store, kToday).label == core::Bareme::defaults().label);

    SECTION("and never twice") {
        auto again = good_setup(folder);
        again.admin.login = "intrus";
        CHECK_THROWS_AS(first_run::apply(*db.store, again, kToday), PermissionError);
        CHECK_FALSE(log_in(*db.store, FixedClock(kToday), "intrus", "482915", LoginPlace::LoginScreen));
        CHECK(shop_identity(*db.store).name == "Épicerie du Château");
    }
}

TEST_CASE("an imported barème becomes the one in force", "[first_run]") {
    EmptyDatabase db;
    const std::string folder = std::filesystem::path(db.database.file("x")).parent_path().string();
    auto setup = good_setup(folder);
    core::Bareme mine = core::Bareme::defaults();
    mine.label = "Barème CCAS 2026";
    mine.effective_from = core::Date::from_ymd(2026, 9, 1);
    setup.bareme = {"/media/cle/bareme.json", io::bareme_to_text(mine)};
    first_run::apply(*db.store, setup, kToday);
    CHECK(bareme_in_force(*db.store, kToday).label == "Barème CCAS 2026");
}

TEST_CASE("one wrong field writes nothing at all", "[first_run]") {
    EmptyDatabase db;
    const std::string folder = std::filesystem::path(db.database.file("x")).parent_path().string();
    auto unplugged = good_setup(folder);
    unplugged.backup_folder = "/nonexistent-cabas-disk";
    CHECK_THROWS_WITH(first_run::apply(*db.store, unplugged, kToday), Contains("backup.folder"));
    auto mismatch = good_setup(folder);
    mismatch.admin.pin_again = "000000";
    CHECK_THROWS_WITH(first_run::apply(*db.store, mismatch, kToday), Contains("code_confirmation"));
    CHECK(first_run::needed(*db.store));
    CHECK_FALSE(db.store->settings().get(keys::shop_name).has_value());
    CHECK_FALSE(db.store->settings().get(keys::backup_folder).has_value());
}
