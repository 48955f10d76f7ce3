// Tables, buttons and the message strip of the stock screens.
#include "pos/stock_widgets.hpp"

#include "pos/list_view.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "services/stock/product_service.hpp"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace cabas::ui {

ListView* make_table(wxWindow* parent, const std::vector<std::pair<wxString, int>>& columns, int height) {
    std::vector<ListColumn> list_columns;
    for (const auto& [title, width] : columns) list_columns.push_back({title, width});
    auto* table = new ListView(parent, list_columns, wxSize(-1, height));
    table->SetFont(till_font(12));
    return table;
}

wxButton* tall_button(wxWindow* parent, const wxString& label, int id) {
    return new wxButton(parent, id, label, wxDefaultPosition, wxSize(-1, target_height));
}

void show_in_strip(wxStaticText* strip, const wxString& text, StripLevel level) {
    Tone tone = Tone::Neutral;
    if (level == StripLevel::Success) tone = Tone::Ok;
    if (level == StripLevel::Warning) tone = Tone::Warning;
    if (level == StripLevel::Refusal) tone = Tone::Refused;
    strip->SetBackgroundColour(palette().background(tone));
    strip->SetForegroundColour(palette().text_on(tone));
    strip->SetLabel(text);
    strip->Wrap(strip->GetParent()->GetClientSize().GetWidth() - 40);
    // Several problems make several lines: the strip grows to show all of them.
    const int lines = 1 + static_cast<int>(strip->GetLabel().Freq('\n'));
    strip->SetMinSize(wxSize(-1, lines * (strip->GetCharHeight() + 2) + 10));
    strip->GetParent()->Layout();
    strip->Refresh();
}

wxString quantity_wx(core::SaleUnit unit, std::int64_t quantity) {
    return to_wx(services::stock::quantity_label(unit, quantity));
}

wxStaticText* finish_form(wxDialog* dialog, wxSizer* fields, std::function<bool()> save) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(fields, 0, wxALL | wxEXPAND, 16);
    auto* problem = new wxStaticText(dialog, wxID_ANY, wxString());
    problem->SetForegroundColour(palette().ink(Tone::Refused));
    sizer->Add(problem, 0, wxLEFT | wxRIGHT | wxEXPAND, 16);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(tall_button(dialog, _("Esc  Cancel"), wxID_CANCEL), 1, wxRIGHT, 8);
    auto* ok = tall_button(dialog, _("F12  Save"));
    buttons->Add(ok, 1);
    sizer->Add(buttons, 0, wxALL | wxEXPAND, 16);
    dialog->SetSizerAndFit(sizer);
    dialog->CentreOnParent();
    ok->Bind(wxEVT_BUTTON, [dialog, save](wxCommandEvent&) {
        if (save()) dialog->EndModal(wxID_OK);
    });
    dialog->Bind(wxEVT_CHAR_HOOK, [dialog, save](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_F12) {
            if (save() && dialog->IsModal()) dialog->EndModal(wxID_OK);
            return;
        }
        event.Skip();
    });
    return problem;
}

void show_form_problem(wxDialog* dialog, wxStaticText* problem, const wxString& message) {
    problem->SetLabel(message);
    problem->Wrap(dialog->GetClientSize().GetWidth() - 32);
    // A message wrapped on two lines makes the form taller: its minimum grows with it, so Fit
    // cannot squeeze the buttons under it.
    dialog->GetSizer()->SetSizeHints(dialog);
    dialog->Layout();
}

} // namespace cabas::ui
