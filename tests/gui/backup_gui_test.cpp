// Automatic backups seen at the screens: the admin's home line in each state (off, amber, then
// green once the back office's daily timer made the day's backup, red when the folder is
// gone), the folder field of the settings, and a backup file appearing when a volunteer
// closes the session at the till.
#include "gui_fixture.hpp"

#include "pos/backup_status_line.hpp"
#include "pos/settings_panel.hpp"
#include "pos/z_report_dialog.hpp"
#include "services/backup/backup_rotation.hpp"
#include "services/settings_keys.hpp"
#include "support/files.hpp"

#include <wx/scrolwin.h>

using namespace cabas;
using namespace cabas::gui_testing;
using services::backup::BackupAlert;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> backups_in(const std::string& folder) {
    std::vector<std::string> names;
    std::error_code ignored;
    for (const auto& entry : fs::directory_iterator(folder, ignored))
        if (services::backup::parse_automatic_backup_name(entry.path().filename().string(), ".db"))
            names.push_back(entry.path().string());
    return names;
}

/// The line's words, without the line breaks its wrapping to the home's width put in.
std::string words_of(ui::BackupStatusLine* line) {
    wxString label = line->GetLabel();
    label.Replace("\n", " ");
    return text(label);
}

ui::BackupStatusLine* admin_home(TillWorld& world) {
    REQUIRE(world.frame->log_in("admin", "4444"));
    REQUIRE(world.frame->back_office() != nullptr);
    ui::BackupStatusLine* line = world.frame->back_office()->backup_line();
    REQUIRE(line != nullptr);
    settle(200);
    return line;
}

} // namespace

TEST_CASE("the admin's home says how the automatic backups are doing", "[gui]") {
    TillWorld world;
    ui::BackupStatusLine* line = admin_home(world);
    CHECK(line->alert() == BackupAlert::Off);
    CHECK_THAT(words_of(line), Catch::StartsWith("Sauvegardes automatiques désactivées"));
    screenshot(world.frame, "40_backup_home_off");
    world.frame->log_out();

    // Last backup three days ago: amber, until the daily timer makes today's.
    const std::string folder = world.dir + "/sauvegardes";
    fs::create_directory(folder);
    world.store->settings().set(services::keys::backup_folder, folder);
    world.store->settings().set(services::keys::backup_last_success_at,
                                services::utc_timestamp(std::time(nullptr) - 3 * 24 * 3600 - 600));
    line = admin_home(world);
    CHECK(line->alert() == BackupAlert::Late);
    CHECK_THAT(words_of(line), Catch::StartsWith("Dernière sauvegarde : ") && Catch::Contains("il y a 3 jours"));
    screenshot(world.frame, "41_backup_home_late");
    REQUIRE(wait_for([&] { return line->alert() == BackupAlert::Ok; }, 8000));
    settle(200);
    CHECK(backups_in(folder).size() == 1);
    CHECK_THAT(words_of(line), Catch::StartsWith("Dernière sauvegarde : ") && !Catch::Contains("il y a"));
    screenshot(world.frame, "42_backup_home_ok");
    world.frame->log_out();

    // The USB key pulled out: red, in plain words.
    fs::rename(folder, folder + "-ailleurs");
    line = admin_home(world);
    CHECK(line->alert() == BackupAlert::Failing);
    CHECK_THAT(words_of(line), Catch::Contains("« " + folder + " » n'existe pas"));
    CHECK(line->GetForegroundColour() == ui::palette().ink(ui::Tone::Refused));
    screenshot(world.frame, "43_backup_home_missing");
}

TEST_CASE("the admin chooses the backup folder in the settings", "[gui]") {
    TillWorld world;
    auto* settings = world.open_section<ui::SettingsPanel>("admin", "4444", WXK_F8);
    const std::string folder = world.dir + "/cle";
    settings->set_value(services::keys::backup_folder, ui::to_wx(folder));
    REQUIRE(settings->can_save());
    for (wxWindow* child : settings->GetChildren())
        if (auto* scroll = dynamic_cast<wxScrolledWindow*>(child)) scroll->Scroll(0, 1000);
    settle(200);
    screenshot(world.frame, "44_backup_folder_setting");
    press(settings->GetChildren().front(), WXK_F10);
    CHECK(text(settings->status_text()) == "Paramètres enregistrés (1 modifiés).");
    CHECK(world.store->settings().get(services::keys::backup_folder) == folder);
}

TEST_CASE("closing the session at the till leaves a checked backup in the folder", "[gui]") {
    TillWorld world;
    const std::string folder = world.dir + "/sauvegardes";
    fs::create_directory(folder);
    world.store->settings().set(services::keys::backup_folder, folder);
    ui::TillPanel* till = world.log_in();
    REQUIRE(backups_in(folder).empty());
    bool closed = false;
    wxTEST_DIALOG((wxUIActionSimulator().Char(WXK_F11), wait_for([&] { return closed; })),
                  wxExpectModal<ui::EntryDialog>("50,00"),
                  wxExpectModal<ui::ZReportDialog>([&](ui::ZReportDialog*) {
                      closed = true;
                      return wxID_OK;
                  }));
    (void)till;
    REQUIRE(wait_for([&] { return world.frame->till_panel() == nullptr; }));
    const auto written = backups_in(folder);
    REQUIRE(written.size() == 1);
    CHECK(cabas::testing::mode_of(written.front()) == 0600);
    CHECK(world.store->journal().head()->kind == "closure");

    ui::BackupStatusLine* line = admin_home(world);
    CHECK(line->alert() == BackupAlert::Ok);
    CHECK(line->GetForegroundColour() == ui::palette().ink(ui::Tone::Ok));
    screenshot(world.frame, "45_backup_after_close");
}
