// The back office's login from the till (see manager_login_dialog.hpp).
#include "pos/manager_login_dialog.hpp"

#include "pos/back_office_sections.hpp"
#include "pos/login_refusal.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "services/login.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

ManagerLoginDialog::ManagerLoginDialog(wxWindow* parent, storage::Store& store, const services::Clock& clock)
    : wxDialog(parent, wxID_ANY, _("Manager menu")), m_store(store), m_clock(clock) {
    use_font(this, base_points);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* what = new wxStaticText(this, wxID_ANY, _("A manager or administrator logs in to open the back office."));
    what->SetFont(till_font(large_points, true));
    what->Wrap(520);
    sizer->Add(what, 0, wxALL, 12);
    auto* grid = new wxFlexGridSizer(2, 10, 10);
    grid->AddGrowableCol(1);
    auto field = [&](const wxString& label, long style) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        auto* text = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(320, target_height),
                                    wxTE_PROCESS_ENTER | style);
        grid->Add(text, 1, wxEXPAND);
        return text;
    };
    m_login = field(_("User"), 0);
    m_pin = field(_("PIN"), wxTE_PASSWORD);
    sizer->Add(grid, 0, wxLEFT | wxRIGHT | wxEXPAND, 12);
    m_error = new wxStaticText(this, wxID_ANY, wxString());
    m_error->SetFont(till_font(base_points, true));
    m_error->SetForegroundColour(palette().ink(Tone::Refused));
    sizer->Add(m_error, 0, wxALL | wxEXPAND, 12);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(new wxButton(this, wxID_CANCEL, _("Esc  Cancel"), wxDefaultPosition, wxSize(-1, target_height)), 1,
                 wxRIGHT, 8);
    auto* ok = new wxButton(this, wxID_ANY, _("Enter  Open"), wxDefaultPosition, wxSize(-1, target_height));
    buttons->Add(ok, 1);
    sizer->Add(buttons, 0, wxALL | wxEXPAND, 12);
    SetSizerAndFit(sizer);
    CentreOnParent();

    m_login->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { m_pin->SetFocus(); });
    m_pin->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { submit(); });
    ok->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { submit(); });
    m_login->SetFocus();
}

wxString ManagerLoginDialog::error_text() const { return m_error->GetLabel(); }

void ManagerLoginDialog::submit() {
    const std::string login = from_wx(m_login->GetValue().Strip(wxString::both));
    const std::string pin = from_wx(m_pin->GetValue());
    m_pin->Clear();
    services::LoginAttempt attempt;
    if (!guarded([&] { attempt = services::attempt_login(m_store, m_clock, login, pin, services::LoginPlace::ManagerCode); },
                 [this](const wxString& message) { m_error->SetLabel(message); }))
        return;
    const auto& user = attempt.user;
    if (!user) {
        m_error->SetLabel(login_refusal_text(attempt, m_clock));
        m_error->Wrap(GetClientSize().x - 20);
        Layout();
        m_pin->SetFocus();
        return;
    }
    if (!services::may(*user, services::Capability::OpenBackOffice) || !services::may(*user, services::Capability::Sell)) {
        m_error->SetLabel(_("Only a manager or an administrator may open this menu from the till."));
        m_login->SetFocus();
        return;
    }
    m_user = user;
    if (IsModal()) EndModal(wxID_OK);
    else SetReturnCode(wxID_OK);
}

} // namespace cabas::ui
