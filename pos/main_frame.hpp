// The till's window: it only wires the screens together. Login first; then the till for a
// volunteer, the back office for managers, social workers and admins. From the till, F5 opens
// the back office (with a manager's PIN when a volunteer is logged in) and F12 there comes back
// to the till with its basket intact; closing the session goes back to the login screen.
// After `ui.lock_minutes` without input the screen locks (see lock_dialog.hpp).
#pragma once

#include "pos/receipt_printing.hpp"
#include "services/till/till_service.hpp"

#include <wx/frame.h>

#include <memory>
#include <optional>
#include <string>

class wxTimer;

namespace cabas::storage { class Store; }
namespace cabas::services { class Clock; }

namespace cabas::ui {

class BackOfficePanel;
class FirstRunPanel;
class InactivityWatch;
class LoginPanel;
class TillPanel;

class MainFrame : public wxFrame {
public:
    MainFrame(storage::Store& store, const services::Clock& clock, std::string till_id);
    ~MainFrame() override;

    /// What the login screen's Enter does; true when the user is in.
    bool log_in(const std::string& login, const std::string& pin) { return attempt_login(login, pin).empty(); }
    /// Logs in, or returns why not (wrong, or locked until when).
    wxString attempt_login(const std::string& login, const std::string& pin);
    void log_out();
    /// The till for the logged-in user (kept, with its basket, while the back office is open).
    void open_till();
    /// F5 at the till.
    void open_manager_menu();
    /// What the inactivity watch does once the limit is passed (nothing when nobody is logged
    /// in): the lock screen; its PIN gives the screen back, F12 logs out.
    void lock_screen();
    bool locked() const { return m_locked; }
    InactivityWatch* inactivity() const { return m_inactivity.get(); }

    LoginPanel* login_panel() const { return m_login; }
    /// The first-run wizard, shown instead of the login while the database has no account;
    /// nullptr otherwise and once the épicerie is created.
    FirstRunPanel* first_run() const { return m_first_run; }
    /// What the wizard's F3 does: starts the demonstration in another window (set by the
    /// application, which knows the database's path; tests put their own).
    void set_demo_launcher(std::function<PrintOutcome()> launch) { m_launch_demo = std::move(launch); }
    /// nullptr before the till is opened.
    TillPanel* till_panel() const { return m_till_panel; }
    /// nullptr unless the back office is showing.
    BackOfficePanel* back_office() const { return m_back_office; }
    services::till::TillService* till() const { return m_till.get(); }

private:
    void show_back_office(const services::LoggedUser& user, bool from_till);
    void close_back_office();
    void return_to_till();
    void log_out_when_dialogs_closed();
    void finish_first_run(const std::string& admin_login);

    storage::Store& m_store;
    const services::Clock& m_clock;
    std::string m_till_id;
    wxString m_shop_name;
    services::LoggedUser m_user;
    std::optional<services::LoggedUser> m_office_user;  ///< a manager over the till (F5)
    bool m_locked = false;
    int m_lock_minutes = 10;
    std::unique_ptr<InactivityWatch> m_inactivity;
    std::unique_ptr<wxTimer> m_logout_retry;
    LoginPanel* m_login = nullptr;
    FirstRunPanel* m_first_run = nullptr;
    std::function<PrintOutcome()> m_launch_demo;
    TillPanel* m_till_panel = nullptr;
    BackOfficePanel* m_back_office = nullptr;
    std::unique_ptr<services::till::TillService> m_till;
};

} // namespace cabas::ui
