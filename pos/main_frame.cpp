// The till's main window (see main_frame.hpp).
#include "pos/main_frame.hpp"

#include "pos/back_office_panel.hpp"
#include "pos/first_run_panel.hpp"
#include "pos/inactivity_watch.hpp"
#include "pos/lock_dialog.hpp"
#include "pos/login_panel.hpp"
#include "pos/login_refusal.hpp"
#include "pos/manager_login_dialog.hpp"
#include "pos/till_panel.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "services/clock.hpp"
#include "services/first_run.hpp"
#include "services/settings_service.hpp"
#include "services/user_service.hpp"
#include "services/login.hpp"

#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/timer.h>

namespace cabas::ui {

MainFrame::MainFrame(storage::Store& store, const services::Clock& clock, std::string till_id)
    : wxFrame(nullptr, wxID_ANY, _("Cabas till")), m_store(store), m_clock(clock), m_till_id(std::move(till_id)) {
    m_shop_name = to_wx(services::shop_identity(store).name);
    SetTitle(_("Cabas till") + to_wx(" — ") + m_shop_name);
    SetBackgroundColour(palette().window());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_login = new LoginPanel(this, m_shop_name,
                             [this](const std::string& login, const std::string& pin) { return attempt_login(login, pin); });
    sizer->Add(m_login, 1, wxEXPAND);
    SetSizer(sizer);
    SetMinSize(wxSize(1024, 768));
    SetSize(wxSize(1024, 768));
    if (services::first_run::needed(store)) {
        m_login->Hide();
        m_first_run = new FirstRunPanel(
            this, store, clock, m_till_id, [this](const std::string& login) { CallAfter([this, login] { finish_first_run(login); }); },
            [this] {
                if (m_launch_demo) return m_launch_demo();
                return PrintOutcome{false, from_wx(_("The demonstration cannot be started from here: run cabas --demo.")), {}};
            });
        sizer->Add(m_first_run, 1, wxEXPAND);
    } else {
        m_login->focus_user();
    }
    m_lock_minutes = std::stoi(services::current_settings(store).at("ui.lock_minutes"));
    m_inactivity = std::make_unique<InactivityWatch>(std::chrono::minutes(m_lock_minutes), [this] { lock_screen(); });
    m_logout_retry = std::make_unique<wxTimer>();
    m_logout_retry->Bind(wxEVT_TIMER, [this](wxTimerEvent&) { log_out_when_dialogs_closed(); });
}

MainFrame::~MainFrame() = default;

void MainFrame::finish_first_run(const std::string& admin_login) {
    GetSizer()->Detach(m_first_run);
    m_first_run->Destroy();
    m_first_run = nullptr;
    m_shop_name = to_wx(services::shop_identity(m_store).name);
    SetTitle(_("Cabas till") + to_wx(" — ") + m_shop_name);
    m_login->set_shop_name(m_shop_name);
    m_login->set_notice(_("The grocery is ready. Log in with the PIN you chose."), true);
    m_login->Show();
    Layout();
    m_login->expect_pin_of(to_wx(admin_login));
}

wxString MainFrame::attempt_login(const std::string& login, const std::string& pin) {
    const auto attempt = services::attempt_login(m_store, m_clock, login, pin, services::LoginPlace::LoginScreen);
    if (!attempt.user) return login_refusal_text(attempt, m_clock);
    m_user = *attempt.user;
    m_login->Hide();
    if (services::may(m_user, services::Capability::OpenBackOffice)) show_back_office(m_user, false);
    else open_till();
    return wxString();
}

void MainFrame::open_till() {
    close_back_office();
    if (!m_till_panel) {
        m_till = std::make_unique<services::till::TillService>(m_store, m_clock, m_till_id, m_user);
        m_till_panel = new TillPanel(this, m_store, *m_till, m_shop_name);
        m_till_panel->on_session_closed = [this] { log_out(); };
        m_till_panel->on_manager_menu = [this] { open_manager_menu(); };
        GetSizer()->Add(m_till_panel, 1, wxEXPAND);
    }
    m_till_panel->Show();
    Layout();
    m_till_panel->check_session();
    m_till_panel->focus_scan();
}

void MainFrame::open_manager_menu() {
    if (services::may(m_user, services::Capability::OpenBackOffice)) {
        show_back_office(m_user, true);
        return;
    }
    ManagerLoginDialog dialog(this, m_store, m_clock);
    if (dialog.ShowModal() == wxID_OK && dialog.user()) {
        m_office_user = dialog.user();
        show_back_office(*dialog.user(), true);
    } else if (m_till_panel) {
        m_till_panel->focus_scan();
    }
}

void MainFrame::show_back_office(const services::LoggedUser& user, bool from_till) {
    close_back_office();
    if (m_till_panel) m_till_panel->Hide();
    // Leaving replaces the panel whose button was pressed: done after the event, never inside it.
    std::function<void()> leave = from_till ? std::function<void()>([this] { CallAfter([this] { return_to_till(); }); })
                                            : std::function<void()>([this] { CallAfter([this] { log_out(); }); });
    std::function<void()> till;
    if (!from_till && services::may(user, services::Capability::Sell)) till = [this] { CallAfter([this] { open_till(); }); };
    m_back_office = new BackOfficePanel(this, BackOfficeContext{m_store, m_clock, user}, m_shop_name,
                                        from_till ? _("Back to the till") : _("Log out"), leave, till);
    GetSizer()->Add(m_back_office, 1, wxEXPAND);
    Layout();
    m_back_office->show_home();
}

void MainFrame::close_back_office() {
    if (!m_back_office) return;
    GetSizer()->Detach(m_back_office);
    m_back_office->Destroy();
    m_back_office = nullptr;
}

void MainFrame::return_to_till() {
    close_back_office();
    m_office_user.reset();
    if (!m_till_panel) return;
    m_till_panel->Show();
    Layout();
    m_till_panel->focus_scan();
}

void MainFrame::log_out() {
    m_office_user.reset();
    close_back_office();
    if (m_till_panel) {
        GetSizer()->Detach(m_till_panel);
        m_till_panel->Destroy();
        m_till_panel = nullptr;
    }
    m_till.reset();
    m_login->Show();
    Layout();
    m_login->focus_user();
}

void MainFrame::lock_screen() {
    if (m_login->IsShown() || m_first_run || m_locked) return;  // nobody logged in, or already locked
    m_locked = true;
    std::vector<services::LoggedUser> owners;
    if (m_office_user) owners.push_back(*m_office_user);
    owners.push_back(m_user);
    LockDialog lock(this, m_store, m_clock, owners, m_lock_minutes);
    const int answer = lock.ShowModal();
    m_locked = false;
    if (answer == wxID_OK) {
        if (m_till_panel && m_till_panel->IsShown()) m_till_panel->focus_scan();
        return;
    }
    // Someone else takes over: whatever dialog was open under the lock is cancelled (nothing
    // half-done is ever written), then the login screen once those dialogs have unwound.
    for (wxWindow* window : wxTopLevelWindows)
        if (auto* dialog = dynamic_cast<wxDialog*>(window); dialog && dialog->IsModal()) dialog->EndModal(wxID_CANCEL);
    log_out_when_dialogs_closed();
}

void MainFrame::log_out_when_dialogs_closed() {
    for (wxWindow* window : wxTopLevelWindows)
        if (auto* dialog = dynamic_cast<wxDialog*>(window); dialog && dialog->IsModal()) {
            m_logout_retry->StartOnce(50);  // its modal loop has not returned yet
            return;
        }
    CallAfter([this] { log_out(); });
}

} // namespace cabas::ui
