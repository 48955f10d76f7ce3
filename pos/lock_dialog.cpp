// The lock screen (see lock_dialog.hpp).
#include "pos/lock_dialog.hpp"

#include "pos/login_refusal.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "services/login.hpp"

#include <wx/button.h>
#include <wx/display.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

LockDialog::LockDialog(wxWindow* parent, storage::Store& store, const services::Clock& clock,
                       std::vector<services::LoggedUser> owners, int minutes)
    : wxDialog(parent, wxID_ANY, _("Screen locked"), wxDefaultPosition, wxDefaultSize,
               wxSTAY_ON_TOP | wxBORDER_NONE),
      m_store(store), m_clock(clock), m_owners(std::move(owners)) {
    use_font(this, base_points);
    SetBackgroundColour(palette().background(Tone::Header));
    SetEscapeId(wxID_NONE);  // Escape must not log anybody out by accident
    auto* outer = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(this, wxID_ANY, _("Screen locked"));
    title->SetFont(till_font(total_points, true));
    title->SetForegroundColour(palette().text_on(Tone::Header));
    auto* why = new wxStaticText(
        this, wxID_ANY, wxString::Format(_("Nobody used the till for %d minutes: what was on screen is hidden."), minutes));
    why->SetForegroundColour(palette().text_on(Tone::Header));
    const wxString name = m_owners.empty() ? wxString() : to_wx(m_owners.front().display_name);
    auto* who = new wxStaticText(this, wxID_ANY, wxString::Format(_("%s, type your PIN to carry on."), name));
    who->SetFont(till_font(large_points, true));
    who->SetForegroundColour(palette().text_on(Tone::Header));
    m_pin = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(320, target_height),
                           wxTE_PROCESS_ENTER | wxTE_PASSWORD);
    m_pin->SetFont(till_font(large_points));
    m_error = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(520, -1),
                               wxALIGN_CENTRE_HORIZONTAL | wxST_NO_AUTORESIZE);
    m_error->SetFont(till_font(large_points, true));
    m_error->SetForegroundColour(palette().ink(Tone::Warning));
    auto* carry_on = new wxButton(this, wxID_ANY, _("Enter  Carry on"), wxDefaultPosition, wxSize(320, target_height));
    carry_on->SetFont(till_font(large_points, true));
    auto* other = new wxButton(this, wxID_ANY, _("F12  Someone else logs in"), wxDefaultPosition,
                               wxSize(320, target_height));
    outer->AddStretchSpacer(1);
    outer->Add(title, 0, wxALIGN_CENTER | wxBOTTOM, 12);
    outer->Add(why, 0, wxALIGN_CENTER | wxBOTTOM, 32);
    outer->Add(who, 0, wxALIGN_CENTER | wxBOTTOM, 12);
    outer->Add(m_pin, 0, wxALIGN_CENTER);
    outer->Add(m_error, 0, wxALIGN_CENTER | wxTOP | wxBOTTOM, 16);
    outer->Add(carry_on, 0, wxALIGN_CENTER | wxBOTTOM, 12);
    outer->Add(other, 0, wxALIGN_CENTER);
    outer->AddStretchSpacer(2);
    SetSizer(outer);
    // Covers the whole display, not only the main window: a dialog open over it is hidden too.
    const int display = wxDisplay::GetFromWindow(parent);
    SetSize(wxDisplay(display == wxNOT_FOUND ? 0u : static_cast<unsigned>(display)).GetGeometry());

    m_pin->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { submit(); });
    carry_on->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { submit(); });
    other->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { switch_user(); });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_F12) switch_user();
        else if (event.GetKeyCode() != WXK_ESCAPE) event.Skip();
    });
    m_pin->SetFocus();
}

wxString LockDialog::error_text() const { return m_error->GetLabel(); }

void LockDialog::submit() {
    const std::string pin = from_wx(m_pin->GetValue());
    m_pin->Clear();
    std::vector<std::string> logins;
    for (const auto& owner : m_owners) logins.push_back(owner.login);
    services::LoginAttempt attempt;
    const bool no_error = guarded([&] { attempt = services::unlock_screen(m_store, m_clock, logins, pin); },
                                  [this](const wxString& message) { m_error->SetLabel(message); });
    if (no_error && attempt.user) {
        finish(wxID_OK);
        return;
    }
    if (no_error) {
        m_error->SetLabel(login_refusal_text(attempt, m_clock, true));
        Layout();
    }
    m_pin->SetFocus();
}

void LockDialog::switch_user() { finish(wxID_CANCEL); }

void LockDialog::finish(int code) {
    if (IsModal()) EndModal(code);
    else SetReturnCode(code);  // driven by a test's wxTEST_DIALOG: not really shown modally
}

} // namespace cabas::ui
