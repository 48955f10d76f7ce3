// The reports screen on the demo épicerie: a manager builds last month's CCAS report and the
// PDF and CSV files land in the chosen folder with the gauge at its end; a volunteer is told
// the screen is not for them; a bad period is refused with the reason.
#include "gui_fixture.hpp"

#include "pos/reports_panel.hpp"

#include <wx/frame.h>

using namespace cabas;
using namespace cabas::gui_testing;

namespace {

struct ReportsWorld {
    std::string dir;
    std::unique_ptr<storage::Store> store;
    services::SystemClock clock;
    wxFrame* frame = nullptr;
    ui::ReportsPanel* panel = nullptr;

    explicit ReportsWorld(core::Role role) {
        std::string pattern = (std::filesystem::temp_directory_path() / "cabas-gui-reports-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        dir = pattern;
        storage::StoreOptions options;
        options.pin_cost = storage::PinHashCost::minimum();
        store = storage::open_sqlite_store(dir + "/cabas.db", options);
        services::demo::seed_demo(*store, clock.today(), 1);
        frame = new wxFrame(nullptr, wxID_ANY, "Cabas", wxDefaultPosition, wxSize(1024, 768));
        services::LoggedUser user{1, role == core::Role::Volunteer ? "marie" : "paul", "Paul", role};
        panel = new ui::ReportsPanel(frame, *store, clock, user);
        frame->Show();
        frame->Raise();
        wait_for([this] { return frame->IsShown(); });
        settle(300);
    }
    ~ReportsWorld() {
        delete frame;
        wxYield();
        store.reset();
        std::error_code ignored;
        std::filesystem::remove_all(dir, ignored);
    }
};

} // namespace

TEST_CASE("a manager builds last month's CCAS report and finds the PDF and CSV files", "[gui][report]") {
    ReportsWorld world(core::Role::Manager);
    REQUIRE(world.panel->allowed());
    const auto month = reports::Month::of(world.clock.today()).previous();
    world.panel->set_month(month);
    world.panel->set_folder(world.dir);
    screenshot(world.frame, "reports_panel_before");
    const std::string pdf = world.panel->generate();
    INFO(text(world.panel->status()));
    REQUIRE_FALSE(pdf.empty());
    CHECK(pdf == world.dir + "/rapport-mensuel-" + month.iso() + ".pdf");
    CHECK(std::filesystem::file_size(pdf) > 10000);
    CHECK(std::filesystem::exists(world.dir + "/rapport-mensuel-" + month.iso() + "-tableaux/activite.csv"));
    CHECK(world.panel->progress() == 6);
    CHECK(text(world.panel->status()).find(pdf) != std::string::npos);
    screenshot(world.frame, "reports_panel_done");
}

TEST_CASE("a manager builds the FSE+ report for a period and a reversed period is refused", "[gui][report]") {
    ReportsWorld world(core::Role::Manager);
    world.panel->choose(ui::ReportsPanel::Fse);
    world.panel->set_folder(world.dir);
    world.panel->set_csv(false);
    CHECK_FALSE(world.panel->generate().empty());
    bool found = false;
    for (const auto& entry : std::filesystem::directory_iterator(world.dir))
        found = found || entry.path().filename().string().rfind("rapport-fse-", 0) == 0;
    CHECK(found);
    world.panel->set_folder(world.dir + "/nowhere");
    CHECK(world.panel->generate().empty());
    CHECK(text(world.panel->status()).find("dossier existant") != std::string::npos);
    screenshot(world.frame, "reports_panel_error");
}

TEST_CASE("a volunteer is told the reports are not for them", "[gui][report]") {
    ReportsWorld world(core::Role::Volunteer);
    CHECK_FALSE(world.panel->allowed());
    CHECK(world.panel->generate().empty());
    screenshot(world.frame, "reports_panel_volunteer");
}
