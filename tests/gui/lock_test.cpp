// The screen locks after the setting's minutes without input (docs/design/domain.md §6): the PIN of
// the person whose screen it was gives it back as it was; F12 hands over to the login and records
// nothing of a basket left half-done.
#include "gui_fixture.hpp"

#include "pos/login_panel.hpp"
#include "storage/sale_repository.hpp"

using namespace cabas;
using namespace cabas::gui_testing;
using std::chrono::minutes;

namespace {

ui::InactivityWatch::Clock::time_point in(minutes delay) { return ui::InactivityWatch::Clock::now() + delay; }

/// Sales recorded in the till's open session.
std::size_t sales_count(storage::Store& store) {
    const auto session = store.sales().open_session_of("caisse-1");
    return session ? store.sales().sales_of_session(session->id).size() : 0;
}

} // namespace

TEST_CASE("the back office locks after ten idle minutes and the manager's PIN gives it back", "[gui][lock]") {
    TillWorld world;
    REQUIRE(world.frame->log_in("paul", "2222"));
    ui::BackOfficePanel* office = world.frame->back_office();
    REQUIRE(office != nullptr);
    CHECK(world.frame->inactivity()->limit() == minutes(10));

    // Nine minutes: nothing happens (an unexpected dialog would fail the test).
    world.frame->inactivity()->check(in(minutes(9)));
    CHECK_FALSE(world.frame->locked());

    wxString wrong;
    bool locked_while_shown = false;
    wxTEST_DIALOG(world.frame->inactivity()->check(in(minutes(11))),
                  wxExpectModal<ui::LockDialog>([&](ui::LockDialog* lock) {
                      locked_while_shown = world.frame->locked();
                      lock->pin_field()->ChangeValue("1111");  // marie's PIN is not paul's
                      lock->submit();
                      wrong = lock->error_text();
                      screenshot_dialog(lock, "30_lock_screen");
                      lock->pin_field()->ChangeValue("2222");
                      lock->submit();
                      return lock->GetReturnCode();
                  }));
    CHECK(locked_while_shown);
    CHECK(text(wrong) == "Code incorrect");
    CHECK_FALSE(world.frame->locked());
    CHECK(world.frame->back_office() == office);  // the same screen, not a new login
    CHECK_FALSE(world.frame->login_panel()->IsShown());
}

TEST_CASE("at a locked till, F12 hands over to the login and the basket is not recorded", "[gui][lock]") {
    TillWorld world;
    const std::string card = world.find_card(true);
    const auto products = world.find_products(2);
    ui::TillPanel* till = world.log_in();
    scan_fast(till, card);
    scan_fast(till, products[0].first);
    scan_fast(till, products[1].first);
    REQUIRE(till->basket()->row_count() == 2);
    const std::size_t before = sales_count(*world.store);

    wxTEST_DIALOG(world.frame->lock_screen(), wxExpectModal<ui::LockDialog>([&](ui::LockDialog* lock) {
                      press(lock->pin_field(), WXK_ESCAPE);  // Escape does not unlock nor log out
                      CHECK(lock->GetReturnCode() == 0);
                      press(lock->pin_field(), WXK_F12);
                      return lock->GetReturnCode();
                  }));
    REQUIRE(wait_for([&] { return world.frame->login_panel()->IsShown(); }));
    CHECK(world.frame->till_panel() == nullptr);
    CHECK(sales_count(*world.store) == before);
    // Locking with nobody logged in does nothing.
    world.frame->lock_screen();
    CHECK_FALSE(world.frame->locked());
}

TEST_CASE("a volunteer's PIN unlocks the till with the basket as it was", "[gui][lock]") {
    TillWorld world;
    world.store->settings().set("ui.lock_minutes", "3");
    delete world.frame;
    world.frame = new ui::MainFrame(*world.store, world.clock, "caisse-1");
    world.frame->Show();
    CHECK(world.frame->inactivity()->limit() == minutes(3));
    const std::string card = world.find_card(true);
    const auto products = world.find_products(1);
    ui::TillPanel* till = world.log_in();
    scan_fast(till, card);
    scan_fast(till, products[0].first);
    wxTEST_DIALOG(world.frame->inactivity()->check(in(minutes(4))),
                  wxExpectModal<ui::LockDialog>([&](ui::LockDialog* lock) {
                      lock->pin_field()->ChangeValue("1111");
                      lock->submit();
                      return lock->GetReturnCode();
                  }));
    CHECK(world.frame->till_panel() == till);
    CHECK(till->basket()->row_count() == 1);
}
