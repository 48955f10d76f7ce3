// The till's main window (see main_frame.hpp).
#include "pos/main_frame.hpp"

#include "pos/login_panel.hpp"
#include "pos/till_panel.hpp"
#include "pos/ui_support.hpp"
#include "services/clock.hpp"
#include "storage/store.hpp"

#include <wx/sizer.h>

namespace cabas::ui {

MainFrame::MainFrame(storage::Store& store, const services::Clock& clock, std::string till_id)
    : wxFrame(nullptr, wxID_ANY, _("Cabas till")), m_store(store), m_clock(clock), m_till_id(std::move(till_id)) {
    m_shop_name = to_wx(store.settings().get("shop.name").value_or("Épicerie solidaire"));
    SetTitle(_("Cabas till") + to_wx(" — ") + m_shop_name);
    SetBackgroundColour(*wxWHITE);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_login = new LoginPanel(this, m_shop_name,
                             [this](const std::string& login, const std::string& pin) { return log_in(login, pin); });
    sizer->Add(m_login, 1, wxEXPAND);
    SetSizer(sizer);
    SetMinSize(wxSize(1024, 768));
    SetSize(wxSize(1024, 768));
    m_login->focus_user();
}

MainFrame::~MainFrame() = default;

bool MainFrame::log_in(const std::string& login, const std::string& pin) {
    std::optional<services::till::LoggedUser> user = services::till::log_in(m_store, login, pin);
    if (!user) return false;
    m_till = std::make_unique<services::till::TillService>(m_store, m_clock, m_till_id, *user);
    m_till_panel = new TillPanel(this, m_store, *m_till, m_shop_name);
    m_till_panel->on_session_closed = [this] { log_out(); };
    m_login->Hide();
    GetSizer()->Add(m_till_panel, 1, wxEXPAND);
    Layout();
    m_till_panel->check_session();
    m_till_panel->focus_scan();
    return true;
}

void MainFrame::log_out() {
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

} // namespace cabas::ui
