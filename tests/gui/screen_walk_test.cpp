// The walk through every screen in English: each back-office section of the admin, the till with
// a card and a basket, and the dialogs opened from them, at 1024x768. Every screenshot checks
// that nothing is cut (layout_check) and that no French word is shown (visible_text), data
// apart; the French screens are walked by the other GUI tests.
#include "gui_fixture.hpp"
#include "visible_text.hpp"

#include "pos/card_banner.hpp"
#include "pos/help_dialog.hpp"
#include "pos/household_dialog.hpp"
#include "pos/households_panel.hpp"
#include "pos/inventory_dialog.hpp"
#include "pos/loss_dialog.hpp"
#include "pos/product_list_dialog.hpp"
#include "pos/reception_dialog.hpp"
#include "pos/stock_trace_dialog.hpp"

#include <algorithm>

#include <wx/dialog.h>
#include <wx/notebook.h>

namespace {

using namespace cabas;
using namespace cabas::gui_testing;

/// The till in English for the life of the object, French again afterwards.
struct InEnglish {
    InEnglish() { ui::set_up_language("en"); }
    ~InEnglish() { ui::set_up_language("fr"); }
    InEnglish(const InEnglish&) = delete;
    InEnglish& operator=(const InEnglish&) = delete;
};

std::string file_name(wxString title) {
    title.Replace(" ", "_");
    title.Replace("/", "_");
    return ui::from_wx(title);
}

/// The épicerie's own data shown on the screens, in French whatever the language: the shop's
/// name and the till's identifier set by TillWorld, the demo's products, categories, accounts'
/// names and barème versions' labels.
std::vector<std::string> epicerie_data(storage::Store& store) {
    std::vector<std::string> data{"Épicerie du Château", "caisse-1"};
    for (const core::Product& product : store.catalogue().products(true)) data.push_back(product.name);
    for (const core::Category& category : store.catalogue().categories()) data.push_back(category.name);
    for (const storage::User& user : store.users().list()) data.push_back(user.display_name);
    for (const storage::StoredBareme& version : store.baremes().versions()) data.push_back(version.label);
    data.push_back(core::Bareme{}.label);  // the default barème's name, as stored
    // Longest first, so that a name holding another is taken out whole.
    std::sort(data.begin(), data.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return data;
}

/// Saves the screen (checked for cut text) and checks that it shows no French word.
void english_screenshot(wxWindow* window, const std::string& name, const std::vector<std::string>& data) {
    screenshot(window, name);
    for (const std::string& found : french_words(window, data)) {
        INFO(name << ": " << found);
        CHECK(found.empty());
    }
}

/// Shows a modeless copy of a dialog the screens open modally, saves it (checked), closes it.
void walk_dialog(wxDialog* dialog, const std::string& name, const std::vector<std::string>& data) {
    dialog->Show();
    dialog->Raise();
    settle(200);
    english_screenshot(dialog, name, data);
    dialog->Destroy();
    wxYield();
}

} // namespace

TEST_CASE("in English every back-office section of the admin is whole at 1024x768", "[gui][walk]") {
    InEnglish english;
    TillWorld world;
    const auto data = epicerie_data(*world.store);
    english_screenshot(world.frame, "en_login", data);
    REQUIRE(world.frame->log_in("admin", "4444"));
    ui::BackOfficePanel* office = world.frame->back_office();
    REQUIRE(office != nullptr);
    english_screenshot(world.frame, "en_back_office_admin", data);
    int sections = 0;
    for (int key = WXK_F3; key <= WXK_F10; ++key) {
        if (!office->menu_button(key)) continue;
        press(office->menu_button(WXK_ESCAPE), key);
        INFO("section key F" << (key - WXK_F1 + 1));
        REQUIRE(office->current_section() != nullptr);
        CHECK(office->home_error().empty());
        english_screenshot(world.frame, "en_section_" + file_name(office->current_title()), data);
        press(office->menu_button(WXK_ESCAPE), WXK_ESCAPE);
        ++sections;
    }
    CHECK(sections == 8);
}

TEST_CASE("in English the stock and household dialogs are whole at 1024x768", "[gui][walk]") {
    InEnglish english;
    TillWorld world;
    const auto data = epicerie_data(*world.store);
    const services::LoggedUser manager{2, "paul", "Paul", core::Role::Manager};
    walk_dialog(new ui::ProductListDialog(world.frame, *world.store, manager), "en_products", data);
    walk_dialog(new ui::ReceptionDialog(world.frame, *world.store, world.clock, manager), "en_reception", data);
    walk_dialog(new ui::LossDialog(world.frame, *world.store, world.clock, manager), "en_losses", data);
    walk_dialog(new ui::InventoryDialog(world.frame, *world.store, world.clock, manager), "en_inventory", data);
    walk_dialog(new ui::StockTraceDialog(world.frame, *world.store, manager, world.clock), "en_traceability", data);
    walk_dialog(new ui::HelpDialog(world.frame), "en_help", data);

    auto* households = world.open_section<ui::HouseholdsPanel>("sophie", "3333", WXK_F3);
    auto* dialog = new ui::HouseholdDialog(world.frame, households->service(), 1);
    dialog->Show();
    settle(200);
    for (std::size_t page = 0; page < dialog->book()->GetPageCount(); ++page) {
        dialog->book()->SetSelection(page);
        settle(100);
        english_screenshot(dialog, "en_household_page_" + std::to_string(page), data);
    }
    dialog->Destroy();
    wxYield();
}

TEST_CASE("in English the till with a card and a basket is whole at 1024x768", "[gui][walk]") {
    InEnglish english;
    TillWorld world;
    const auto data = epicerie_data(*world.store);
    ui::TillPanel* till = world.log_in();
    english_screenshot(world.frame, "en_till_waiting", data);
    scan_fast(till, world.find_card(true, core::CardRefusal::None, core::Money::from_euros(20)));
    REQUIRE(till->banner()->colour() == ui::palette().background(ui::Tone::Ok));
    for (const auto& [code, product] : world.find_products(3)) scan_fast(till, code);
    CHECK(till->basket()->row_count() == 3);
    english_screenshot(world.frame, "en_till_basket", data);
    scan_fast(till, world.find_card(false, core::CardRefusal::Expired, core::Money()));
    english_screenshot(world.frame, "en_till_refused", data);
}
