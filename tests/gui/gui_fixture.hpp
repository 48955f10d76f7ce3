// GUI test support: a demo database (seed_demo, cheap PIN hashing, tickets as PDF in a temp
// directory), the real MainFrame shown and raised, polling with wxYield, scanner typing,
// screenshots, and wxTEST_DIALOG answers for the till's own dialogs.
#pragma once

#include <catch2/catch.hpp>

#include "pos/back_office_panel.hpp"
#include "pos/confirm_dialog.hpp"
#include "pos/entry_dialog.hpp"
#include "pos/inactivity_watch.hpp"
#include "pos/list_view.hpp"
#include "pos/lock_dialog.hpp"
#include "pos/main_frame.hpp"
#include "pos/manager_login_dialog.hpp"
#include "pos/override_dialog.hpp"
#include "pos/palette.hpp"
#include "pos/payment_dialog.hpp"
#include "pos/search_dialog.hpp"
#include "pos/till_panel.hpp"
#include "pos/ui_support.hpp"
#include "pos/z_report_dialog.hpp"
#include "services/card_check_service.hpp"
#include "services/clock.hpp"
#include "services/demo/demo_seeder.hpp"
#include "storage/sqlite_repositories.hpp"
#include "storage/store.hpp"
#include "gui/layout_check.hpp"

#include <wx/button.h>
#include <wx/app.h>
#include <wx/bitmap.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>
#include <wx/utils.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace cabas::gui_testing {
inline void screenshot(wxWindow* window, const std::string& name);
}

/// The entry dialog (float, counted cash, quantity, grams) answered with `value`; with a
/// screenshot name, the dialog is shown and saved first.
template <>
class wxExpectModal<cabas::ui::EntryDialog> : public wxExpectModalBase<cabas::ui::EntryDialog> {
public:
    explicit wxExpectModal(const wxString& value, std::string screenshot = {})
        : m_value(value), m_screenshot(std::move(screenshot)) {}

protected:
    int OnInvoked(cabas::ui::EntryDialog* dialog) const override {
        dialog->field()->ChangeValue(m_value);
        if (!m_screenshot.empty()) {
            dialog->Show();
            dialog->Raise();
            cabas::gui_testing::screenshot(dialog, m_screenshot);
            dialog->Hide();
        }
        dialog->submit();
        return dialog->GetReturnCode();
    }

private:
    wxString m_value;
    std::string m_screenshot;
};

/// A till dialog answered by a test's own code, which returns the dialog's return code.
#define CABAS_EXPECT_MODAL_WITH(Dialog)                                                              \
    template <>                                                                                      \
    class wxExpectModal<Dialog> : public wxExpectModalBase<Dialog> {                                 \
    public:                                                                                          \
        explicit wxExpectModal(std::function<int(Dialog*)> act) : m_act(std::move(act)) {}           \
                                                                                                     \
    protected:                                                                                       \
        int OnInvoked(Dialog* dialog) const override { return m_act(dialog); }                       \
                                                                                                     \
    private:                                                                                         \
        std::function<int(Dialog*)> m_act;                                                           \
    };

CABAS_EXPECT_MODAL_WITH(cabas::ui::PaymentDialog)
CABAS_EXPECT_MODAL_WITH(cabas::ui::OverrideDialog)
CABAS_EXPECT_MODAL_WITH(cabas::ui::SearchDialog)
CABAS_EXPECT_MODAL_WITH(cabas::ui::ZReportDialog)
CABAS_EXPECT_MODAL_WITH(cabas::ui::ManagerLoginDialog)
CABAS_EXPECT_MODAL_WITH(cabas::ui::LockDialog)
CABAS_EXPECT_MODAL_WITH(cabas::ui::ConfirmDialog)

namespace cabas::gui_testing {

/// Polls the event loop until `done` holds (XTest events arrive asynchronously).
inline bool wait_for(const std::function<bool()>& done, int timeout_ms = 4000) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (std::chrono::steady_clock::now() < until) {
        wxYield();
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    wxYield();
    return done();
}

inline void settle(int ms = 150) {
    wait_for([] { return false; }, ms);
}

/// Saves what is on screen over `window` as PNG into the build tree's screenshots/, with
/// ImageMagick's `import` reading the X server's framebuffer (what the user would see).
inline void screenshot(wxWindow* window, const std::string& name) {
    window->Refresh();
    window->Update();
    settle(250);
    std::filesystem::create_directories(CABAS_SCREENSHOT_DIR);
    const wxRect rect = window->GetScreenRect();
    const std::string path = std::string(CABAS_SCREENSHOT_DIR) + "/" + name + ".png";
    const std::string command = "import -window root -crop " + std::to_string(rect.width) + "x" +
                                std::to_string(rect.height) + "+" + std::to_string(rect.x) + "+" +
                                std::to_string(rect.y) + " +repage '" + path + "'";
    CHECK(std::system(command.c_str()) == 0);
    const std::vector<std::string> cut = cut_texts(window);
    std::string listed;
    for (const auto& line : cut) listed += "\n  " + line;
    INFO("screenshot " << name << " shows text cut:" << listed);
    CHECK(cut.empty());
}

/// Shows a modal dialog that a wxTEST_DIALOG answer holds, saves it, hides it again.
inline void screenshot_dialog(wxDialog* dialog, const std::string& name) {
    dialog->Show();
    dialog->Raise();
    screenshot(dialog, name);
    dialog->Hide();
}

/// A function key as the window gets it (wxEVT_CHAR_HOOK from `focused` up to its dialog or
/// frame), without X input: fast and deterministic.
inline void press(wxWindow* focused, int key_code) {
    wxKeyEvent event(wxEVT_CHAR_HOOK);
    event.m_keyCode = key_code;
    event.SetEventObject(focused);
    focused->ProcessWindowEvent(event);
}

/// Enter in a text field (wxTE_PROCESS_ENTER) without X input.
inline void enter_in(wxTextCtrl* field) {
    wxCommandEvent enter(wxEVT_TEXT_ENTER, field->GetId());
    enter.SetEventObject(field);
    field->ProcessWindowEvent(enter);
}

/// Types `code` then Enter as a barcode scanner does (real X key events).
inline void scan_keys(const std::string& code) {
    wxUIActionSimulator sim;
    sim.Text(code.c_str());
    sim.Char(WXK_RETURN);
}

/// The fast path: the code in the field and Enter, without X input.
inline void scan_fast(ui::TillPanel* till, const std::string& code) {
    till->scan_field()->ChangeValue(ui::to_wx(code));
    enter_in(till->scan_field());
}

inline std::string text(const wxString& value) { return ui::from_wx(value); }

/// A demo épicerie and the till window on it.
struct TillWorld {
    std::string dir;
    std::string tickets_dir;
    std::unique_ptr<storage::Store> store;
    services::SystemClock clock;
    core::Date today = clock.today();
    ui::MainFrame* frame = nullptr;

    /// The demo on a SQLite file of its own, or on `server_location` (a PostgreSQL schema's URI).
    explicit TillWorld(const std::string& server_location = {}) {
        std::string pattern = (std::filesystem::temp_directory_path() / "cabas-gui-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        dir = pattern;
        storage::StoreOptions options;
        options.pin_cost = storage::PinHashCost::minimum();
        store = server_location.empty() ? storage::open_sqlite_store(dir + "/cabas.db", options)
                                        : storage::open_store(server_location, options.pin_cost);
        services::demo::seed_demo(*store, today, 1);
        store->settings().set("shop.name", "Épicerie du Château");
        store->settings().set("printer.mode", "pdf");
        tickets_dir = dir + "/tickets";
        store->settings().set("printer.pdf_dir", tickets_dir);
        frame = new ui::MainFrame(*store, clock, "caisse-1");
        frame->Show();
        frame->Raise();
        wait_for([this] { return frame->IsShown(); });
        settle(300);
    }
    ~TillWorld() {
        delete frame;
        wxYield();
        store.reset();
        std::error_code ignored;
        std::filesystem::remove_all(dir, ignored);
    }
    TillWorld(const TillWorld&) = delete;
    TillWorld& operator=(const TillWorld&) = delete;

    /// Logs marie in; the float dialog opens the session with `float_amount`.
    ui::TillPanel* log_in(const wxString& float_amount = "50,00") {
        wxTEST_DIALOG(frame->log_in("marie", "1111"), wxExpectModal<ui::EntryDialog>(float_amount).Optional());
        REQUIRE(frame->till_panel() != nullptr);
        frame->till_panel()->focus_scan();
        settle(200);
        return frame->till_panel();
    }

    /// Logs `login` in, opens the back-office section of `key` and returns it.
    template <class Section>
    Section* open_section(const std::string& login, const std::string& pin, int key) {
        REQUIRE(frame->log_in(login, pin));
        ui::BackOfficePanel* office = frame->back_office();
        REQUIRE(office != nullptr);
        press(office->menu_button(WXK_ESCAPE), key);
        auto* section = dynamic_cast<Section*>(office->current_section());
        REQUIRE(section != nullptr);
        return section;
    }

    /// Names of the PDF tickets printed so far (receipts and Z reports), sorted.
    std::vector<std::string> printed() const {
        std::vector<std::string> names;
        std::error_code ignored;
        if (!std::filesystem::exists(tickets_dir, ignored)) return names;
        for (const auto& entry : std::filesystem::directory_iterator(tickets_dir))
            names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }

    /// The first card whose check gives the wanted colour (and, for red, the wanted refusal).
    std::string find_card(bool green, core::CardRefusal refusal = core::CardRefusal::None, core::Money min_left = {}) {
        for (const auto& household : store->households().list()) {
            const auto card = store->cards().active_card_of(household.id);
            if (!card) continue;
            const auto answer = services::check_card(*store, {0, "gui-test", "gui-test", core::Role::Volunteer}, card->number, today);
            if (green && answer.result.green() && answer.result.month_left >= min_left &&
                (!answer.result.week_left || *answer.result.week_left >= min_left))
                return card->number;
            if (!green && answer.result.refusal == refusal) return card->number;
        }
        FAIL("no demo card in the wanted state");
        return {};
    }

    /// Barcodes of `count` cheap products sold by the piece, in stock, with no per-visit limit
    /// and no expired lot; or, with `limited`, products limited to 1 to 3 per visit.
    std::vector<std::pair<std::string, core::Product>> find_products(std::size_t count, bool limited = false) {
        std::vector<std::pair<std::string, core::Product>> found;
        for (const auto& product : store->catalogue().products()) {
            if (product.unit != core::SaleUnit::Piece || product.barcodes.empty() || product.always_free) continue;
            if (limited != (product.limit.per_visit.has_value() && *product.limit.per_visit <= 3)) continue;
            if (product.retail_value > core::Money::from_euros(limited ? 10 : 4)) continue;
            bool fresh = true;
            std::int64_t stock = 0;
            for (const auto& lot : store->stock().lots_of(product.id)) {
                stock += lot.remaining;
                if (lot.expiry_on && *lot.expiry_on <= today.plus_days(10)) fresh = false;
            }
            if (!fresh || stock < 5) continue;
            found.emplace_back(product.barcodes.front(), product);
            if (found.size() == count) break;
        }
        REQUIRE(found.size() == count);
        return found;
    }
};

} // namespace cabas::gui_testing
