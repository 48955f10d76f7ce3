// The login screen (see login_panel.hpp).
#include "pos/login_panel.hpp"

#include "pos/palette.hpp"
#include "pos/ui_support.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

LoginPanel::LoginPanel(wxWindow* parent, const wxString& shop_name,
                       std::function<wxString(const std::string&, const std::string&)> attempt)
    : wxPanel(parent), m_attempt(std::move(attempt)) {
    use_font(this, base_points);
    SetBackgroundColour(palette().window());
    auto* outer = new wxBoxSizer(wxVERTICAL);
    m_title = new wxStaticText(this, wxID_ANY, shop_name);
    m_title->SetFont(till_font(total_points, true));
    auto* subtitle = new wxStaticText(this, wxID_ANY, _("Till: please log in"));
    subtitle->SetFont(till_font(large_points));

    auto* grid = new wxFlexGridSizer(2, 16, 16);
    auto* user_label = new wxStaticText(this, wxID_ANY, _("User"));
    user_label->SetFont(till_font(large_points));
    m_user = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(320, target_height),
                            wxTE_PROCESS_ENTER);
    auto* pin_label = new wxStaticText(this, wxID_ANY, _("PIN"));
    pin_label->SetFont(till_font(large_points));
    m_pin = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(320, target_height),
                           wxTE_PROCESS_ENTER | wxTE_PASSWORD);
    m_user->SetFont(till_font(large_points));
    m_pin->SetFont(till_font(large_points));
    grid->Add(user_label, 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(m_user);
    grid->Add(pin_label, 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(m_pin);

    m_error = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(kMessageWidth, -1),
                               wxALIGN_CENTRE_HORIZONTAL | wxST_NO_AUTORESIZE);
    m_error->SetFont(till_font(large_points, true));
    m_error->SetForegroundColour(palette().ink(Tone::Refused));
    auto* go = new wxButton(this, wxID_OK, _("Enter  Log in"), wxDefaultPosition, wxSize(320, target_height));
    go->SetFont(till_font(large_points, true));

    outer->AddStretchSpacer(1);
    outer->Add(m_title, 0, wxALIGN_CENTER | wxBOTTOM, 8);
    outer->Add(subtitle, 0, wxALIGN_CENTER | wxBOTTOM, 32);
    outer->Add(grid, 0, wxALIGN_CENTER);
    outer->Add(m_error, 0, wxALIGN_CENTER | wxTOP | wxBOTTOM, 16);
    outer->Add(go, 0, wxALIGN_CENTER);
    outer->AddStretchSpacer(2);
    SetSizer(outer);

    m_user->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        if (m_pin->GetValue().empty()) m_pin->SetFocus();
        else submit();
    });
    m_pin->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { submit(); });
    go->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { submit(); });
}

wxString LoginPanel::error_text() const { return m_error->GetLabel(); }

void LoginPanel::set_notice(const wxString& text, bool good) {
    show_message(text);
    m_error->SetForegroundColour(palette().ink(good ? Tone::Ok : Tone::Refused));
}

void LoginPanel::expect_pin_of(const wxString& login) {
    m_user->ChangeValue(login);
    m_pin->SetFocus();
}

void LoginPanel::set_shop_name(const wxString& shop_name) {
    m_title->SetLabel(shop_name);
    Layout();
}

void LoginPanel::show_message(const wxString& text) {
    m_error->SetForegroundColour(palette().ink(Tone::Refused));
    // The label does not resize itself (it stays centred): it is given the height of its lines.
    m_error->SetLabel(text);
    m_error->Wrap(kMessageWidth);
    const int lines = 1 + static_cast<int>(m_error->GetLabel().Freq('\n'));
    m_error->SetMinSize(wxSize(kMessageWidth, lines * m_error->GetCharHeight() + 4));
    Layout();
}

void LoginPanel::focus_user() {
    m_user->SetFocus();
    m_user->SelectAll();
}

void LoginPanel::submit() {
    const std::string login = from_wx(m_user->GetValue().Strip(wxString::both));
    const std::string pin = from_wx(m_pin->GetValue());
    m_pin->Clear();
    wxString refusal;
    const bool no_error =
        guarded([&] { refusal = m_attempt(login, pin); }, [this](const wxString& message) { show_message(message); });
    if (no_error && refusal.empty()) {
        show_message(wxString());
        return;
    }
    if (no_error) show_message(refusal);
    focus_user();
}

} // namespace cabas::ui
