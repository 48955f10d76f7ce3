// The till's window: it only wires the screens together. Login first; once a user is in, a
// TillService for this till and the till screen; back to login when the session is closed.
#pragma once

#include "services/till/till_service.hpp"

#include <wx/frame.h>

#include <memory>
#include <string>

namespace cabas::storage { class Store; }
namespace cabas::services { class Clock; }

namespace cabas::ui {

class LoginPanel;
class TillPanel;

class MainFrame : public wxFrame {
public:
    MainFrame(storage::Store& store, const services::Clock& clock, std::string till_id);
    ~MainFrame() override;

    /// What the login screen's Enter does; true when the user is in (the till screen shows).
    bool log_in(const std::string& login, const std::string& pin);
    void log_out();

    LoginPanel* login_panel() const { return m_login; }
    /// nullptr before a login.
    TillPanel* till_panel() const { return m_till_panel; }
    services::till::TillService* till() const { return m_till.get(); }

private:
    storage::Store& m_store;
    const services::Clock& m_clock;
    std::string m_till_id;
    wxString m_shop_name;
    LoginPanel* m_login = nullptr;
    TillPanel* m_till_panel = nullptr;
    std::unique_ptr<services::till::TillService> m_till;
};

} // namespace cabas::ui
