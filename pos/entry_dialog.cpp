// One-value modal dialog (see entry_dialog.hpp).
#include "pos/entry_dialog.hpp"

#include "core/error.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"

#include <algorithm>

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

EntryDialog::EntryDialog(wxWindow* parent, const wxString& title, const wxString& prompt, const wxString& initial,
                         std::function<wxString(const wxString&)> check)
    : wxDialog(parent, wxID_ANY, title), m_check(std::move(check)) {
    use_font(this, base_points);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* label = new wxStaticText(this, wxID_ANY, wxControl::EscapeMnemonics(prompt));  // product names may hold "&"
    label->SetFont(till_font(large_points, true));
    sizer->Add(label, 0, wxALL, 16);
    m_field = new wxTextCtrl(this, wxID_ANY, initial, wxDefaultPosition, wxSize(360, target_height),
                             wxTE_PROCESS_ENTER);
    m_field->SetFont(till_font(large_points + 4));
    sizer->Add(m_field, 0, wxLEFT | wxRIGHT | wxEXPAND, 16);
    m_error = new wxStaticText(this, wxID_ANY, wxString());
    m_error->SetForegroundColour(palette().ink(Tone::Refused));
    sizer->Add(m_error, 0, wxALL | wxEXPAND, 16);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* cancel = new wxButton(this, wxID_CANCEL, _("Esc  Cancel"), wxDefaultPosition, wxSize(-1, target_height));
    auto* ok = new wxButton(this, wxID_OK, _("Enter  Confirm"), wxDefaultPosition, wxSize(-1, target_height));
    // Set as the minimum explicitly: the size given at creation was lost to the sizer's fit
    // (the buttons came out about 24 px high, half the touch target).
    for (wxButton* button : {cancel, ok}) {
        button->SetFont(till_font(large_points, true));
        button->SetMinSize(wxSize(std::max(190, button->GetTextExtent(button->GetLabel()).x + 40), target_height + 8));
    }
    buttons->Add(cancel, 1, wxRIGHT, 8);
    buttons->Add(ok, 1);
    sizer->Add(buttons, 0, wxALL | wxEXPAND, 16);
    SetSizerAndFit(sizer);
    SetMinSize(wxSize(440, -1));
    Fit();
    CentreOnParent();

    m_field->SelectAll();
    m_field->SetFocus();
    m_field->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { submit(); });
    ok->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { submit(); });
}

wxString EntryDialog::value() const { return m_field->GetValue().Strip(wxString::both); }

void EntryDialog::submit() {
    const wxString problem = m_check ? m_check(value()) : wxString();
    if (!problem.empty()) {
        m_error->SetLabel(problem);
        Layout();
        Fit();
        m_field->SetFocus();
        return;
    }
    if (IsModal()) EndModal(wxID_OK);
    else SetReturnCode(wxID_OK);
}

wxString check_amount(const wxString& text) {
    try {
        (void)core::parse_amount(from_wx(text));
        return wxString();
    } catch (const ValidationError& e) {
        return wxString::Format(_("Invalid amount: %s"), to_wx(e.reason()));
    }
}

wxString check_count(const wxString& text) {
    long number = 0;
    if (!text.ToLong(&number) || number <= 0 || number > 100000) return _("Enter a whole number greater than 0.");
    return wxString();
}

} // namespace cabas::ui
