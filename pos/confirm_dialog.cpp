// The large yes-or-no dialog (see confirm_dialog.hpp).
#include "pos/confirm_dialog.hpp"

#include "pos/ui_support.hpp"

#include <algorithm>

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace cabas::ui {

namespace {

constexpr int kButtonHeight = 64;  // well above the 44 px target: these answers matter

} // namespace

ConfirmDialog::ConfirmDialog(wxWindow* parent, const wxString& title, const wxString& question, int yes_key,
                             const wxString& yes_key_name, const wxString& yes_label, const wxString& no_label)
    : wxDialog(parent, wxID_ANY, title), m_yes_key(yes_key), m_question(question) {
    use_font(this, large_points);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* text = new wxStaticText(this, wxID_ANY, wxControl::EscapeMnemonics(question));
    text->SetFont(till_font(large_points + 4, true));
    sizer->Add(text, 0, wxALL, 24);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* no = new wxButton(this, wxID_NO, _("Esc") + "  " + no_label, wxDefaultPosition, wxSize(280, kButtonHeight));
    auto* yes = new wxButton(this, wxID_YES, yes_key_name + "  " + yes_label, wxDefaultPosition,
                             wxSize(280, kButtonHeight));
    no->SetFont(till_font(large_points, true));
    yes->SetFont(till_font(large_points, true));
    // As wide as the longer label needs (bold 18 pt), both the same: neither answer looks lesser.
    int width = 280;
    for (wxButton* button : {no, yes}) width = std::max(width, button->GetTextExtent(button->GetLabel()).x + 48);
    for (wxButton* button : {no, yes}) button->SetMinSize(wxSize(width, kButtonHeight));
    text->Wrap(2 * width + 16);
    buttons->Add(no, 1, wxRIGHT, 16);
    buttons->Add(yes, 1);
    sizer->Add(buttons, 0, wxLEFT | wxRIGHT | wxBOTTOM | wxEXPAND, 24);
    SetSizerAndFit(sizer);
    CentreOnParent();
    SetEscapeId(wxID_NO);
    no->SetDefault();
    no->SetFocus();

    no->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { answer(wxID_NO); });
    yes->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { answer(wxID_YES); });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == m_yes_key && !event.HasAnyModifiers()) answer(wxID_YES);
        else if (event.GetKeyCode() == WXK_ESCAPE) answer(wxID_NO);
        else event.Skip();
    });
}

void ConfirmDialog::answer(int id) {
    if (IsModal()) EndModal(id);
    else SetReturnCode(id);
}

wxString ConfirmDialog::question() const { return m_question; }

} // namespace cabas::ui
