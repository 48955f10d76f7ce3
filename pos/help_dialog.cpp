// The till's F1 help (see help_dialog.hpp).
#include "pos/help_dialog.hpp"
#include "pos/screen_fit.hpp"

#include "pos/key_bar.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "pos/user_guide.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace cabas::ui {

HelpDialog::HelpDialog(wxWindow* parent) : wxDialog(parent, wxID_ANY, _("Keys")) {
    SetFont(till_font(base_points));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* grid = new wxFlexGridSizer(2, 2, 24);  // tight rows: the whole help fits 768 px
    auto key_row = [&](const wxString& key_name, const wxString& label) {
        auto* key = new wxStaticText(this, wxID_ANY, key_name);
        key->SetFont(till_font(base_points, true));
        grid->Add(key);
        grid->Add(new wxStaticText(this, wxID_ANY, label));
    };
    for (const KeyBinding& binding : till_key_bindings()) key_row(binding.key_name, binding.label);
    // The two keys that are not actions of the key bar (tests/guide reads these rows too).
    key_row(to_wx("↑ ↓"), _("Choose a basket line"));
    key_row(_("Enter"), _("Submit the scanned or typed code"));
    sizer->Add(grid, 0, wxLEFT | wxRIGHT | wxTOP, 16);
    // Scanners set for QWERTY on an AZERTY PC are common on site: say what the till does about it.
    // The msgid holds non-ASCII letters: read as UTF-8, not in the C library's locale (under "C",
    // as in the GUI tests, _() made it an empty label).
    auto* scanner = new wxStaticText(this, wxID_ANY,
                                     wxControl::EscapeMnemonics(wxGetTranslation(to_wx(
                                         "Scanner: codes typed as if on a QWERTY keyboard "
                                         "(é&\"'(-è_çà for 2134567890) are read anyway. To set "
                                         "the scanner for a French keyboard, scan the "
                                         "\"AZERTY\" or \"French\" code in its manual."))));
    scanner->Wrap(640);
    sizer->Add(scanner, 0, wxLEFT | wxRIGHT | wxTOP, 16);

    const bool installed = user_guide().find().has_value();
    m_guide = new wxButton(this, wxID_HELP, "F1  " + _("Open the user guide"), wxDefaultPosition,
                           wxSize(-1, target_height + 16));
    m_guide->SetFont(till_font(large_points, true));
    m_guide->Enable(installed);
    m_guide->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { open_guide(); });
    sizer->Add(m_guide, 0, wxLEFT | wxRIGHT | wxTOP | wxEXPAND, 16);
    m_status = new wxStaticText(this, wxID_ANY, installed ? wxString() : guide_not_installed_text());
    m_status->SetFont(till_font(base_points, true));
    m_status->SetForegroundColour(palette().ink(Tone::Refused));
    m_status->Wrap(640);
    m_status->Show(!installed);
    sizer->Add(m_status, 0, wxLEFT | wxRIGHT | wxTOP, 16);

    auto* close = new wxButton(this, wxID_OK, _("Enter  Close"), wxDefaultPosition, wxSize(-1, target_height));
    close->SetDefault();
    sizer->Add(close, 0, wxALL | wxEXPAND, 16);
    SetSizerAndFit(sizer);
    CentreOnParent();
    keep_on_screen(this);
    close->SetFocus();
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_F1 && !event.HasAnyModifiers()) return open_guide();
        event.Skip();
    });
}

void HelpDialog::open_guide() {
    const GuideOutcome outcome = open_user_guide();
    m_status->SetForegroundColour(palette().ink(outcome.opened ? Tone::Ok : Tone::Refused));
    m_status->SetLabel(outcome.message);
    m_status->Wrap(640);
    m_status->Show();
    Fit();
}

wxString HelpDialog::guide_status() const { return m_status->GetLabel(); }

} // namespace cabas::ui
