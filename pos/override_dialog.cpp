// Manager override dialog (see override_dialog.hpp).
#include "pos/override_dialog.hpp"

#include "pos/palette.hpp"
#include "pos/ui_support.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

OverrideDialog::OverrideDialog(wxWindow* parent, const wxString& refusal)
    : wxDialog(parent, wxID_ANY, _("Manager override")) {
    use_font(this, base_points);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* what = new wxStaticText(this, wxID_ANY, wxControl::EscapeMnemonics(refusal));
    what->SetFont(till_font(large_points, true));
    what->Wrap(560);
    sizer->Add(what, 0, wxALL, 12);
    auto* grid = new wxFlexGridSizer(2, 10, 10);
    grid->AddGrowableCol(1);
    auto field = [&](const wxString& label, long style) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        auto* text = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(360, target_height),
                                    wxTE_PROCESS_ENTER | style);
        grid->Add(text, 1, wxEXPAND);
        return text;
    };
    m_manager = field(_("Manager"), 0);
    m_pin = field(_("PIN"), wxTE_PASSWORD);
    m_reason = field(_("Reason"), 0);
    sizer->Add(grid, 0, wxLEFT | wxRIGHT | wxEXPAND, 12);
    m_error = new wxStaticText(this, wxID_ANY, wxString());
    m_error->SetForegroundColour(palette().ink(Tone::Refused));
    sizer->Add(m_error, 0, wxALL | wxEXPAND, 12);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(new wxButton(this, wxID_CANCEL, _("Esc  Cancel"), wxDefaultPosition, wxSize(-1, target_height)), 1,
                 wxRIGHT, 8);
    auto* ok = new wxButton(this, wxID_ANY, _("Enter  Override"), wxDefaultPosition, wxSize(-1, target_height));
    buttons->Add(ok, 1);
    sizer->Add(buttons, 0, wxALL | wxEXPAND, 12);
    SetSizerAndFit(sizer);
    CentreOnParent();

    m_manager->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { m_pin->SetFocus(); });
    m_pin->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { m_reason->SetFocus(); });
    m_reason->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { submit(); });
    ok->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { submit(); });
    m_manager->SetFocus();
}

std::string OverrideDialog::manager() const { return from_wx(m_manager->GetValue().Strip(wxString::both)); }
std::string OverrideDialog::pin() const { return from_wx(m_pin->GetValue()); }
std::string OverrideDialog::reason() const { return from_wx(m_reason->GetValue().Strip(wxString::both)); }

void OverrideDialog::submit() {
    if (manager().empty() || pin().empty() || reason().empty()) {
        m_error->SetLabel(_("Manager, PIN and reason are all required."));
        return;
    }
    if (IsModal()) EndModal(wxID_OK);
    else SetReturnCode(wxID_OK);
}

} // namespace cabas::ui
