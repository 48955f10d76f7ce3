// GUI test support for the household screens: a demo database, a wxFrame hosting one panel
// (as the lead's back-office frame will), users by role, and grid edits sent as the grid
// itself sends them.
#pragma once

#include "support/test_login.hpp"
#include "gui_fixture.hpp"

#include "services/households/household_service.hpp"
#include "services/login.hpp"

#include <wx/frame.h>
#include <wx/sizer.h>

namespace cabas::gui_testing {

struct HouseholdScreens {
    std::string dir;
    std::unique_ptr<storage::Store> store;
    services::SystemClock clock;
    wxFrame* frame = nullptr;

    HouseholdScreens() {
        std::string pattern = (std::filesystem::temp_directory_path() / "cabas-gui-hh-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        dir = pattern;
        storage::StoreOptions options;
        options.pin_cost = storage::PinHashCost::minimum();
        store = storage::open_sqlite_store(dir + "/cabas.db", options);
        services::demo::seed_demo(*store, clock.today(), 1);
        store->settings().set("shop.name", "Épicerie du Château");
        frame = new wxFrame(nullptr, wxID_ANY, "Cabas", wxDefaultPosition, wxSize(1024, 768));
        frame->SetSizer(new wxBoxSizer(wxVERTICAL));
    }
    ~HouseholdScreens() {
        frame->Destroy();
        wxYield();
        store.reset();
        std::error_code ignored;
        std::filesystem::remove_all(dir, ignored);
    }
    HouseholdScreens(const HouseholdScreens&) = delete;
    HouseholdScreens& operator=(const HouseholdScreens&) = delete;

    services::LoggedUser user(const std::string& login, const std::string& pin) {
        auto u = cabas::testing::log_in_now(*store, login, pin);
        REQUIRE(u);
        return *u;
    }

    /// Puts `panel` (created with the frame as parent) in the frame and shows it.
    template <class Panel>
    Panel* host(Panel* panel) {
        frame->GetSizer()->Add(panel, 1, wxEXPAND);
        frame->Layout();
        frame->Show();
        frame->Raise();
        wait_for([this] { return frame->IsShown(); });
        settle(300);
        return panel;
    }
};

/// Changes a cell through the model, as GTK does when the user leaves a cell's editor: the
/// model stores the value and tells the view, which sends wxEVT_DATAVIEW_ITEM_VALUE_CHANGED.
inline void edit_cell(ui::ListView* grid, int row, int col, const wxString& value) {
    while (grid->row_count() <= row) grid->append_row({});
    grid->GetModel()->ChangeValue(wxVariant(value), grid->item_at(row), static_cast<unsigned>(col));
}

/// Shows a modeless dialog raised above the frame (tests drive it without ShowModal).
inline void show_dialog(wxDialog* dialog) {
    dialog->Show();
    dialog->Raise();
    wait_for([dialog] { return dialog->IsShown(); });
    settle(300);
}

} // namespace cabas::gui_testing
