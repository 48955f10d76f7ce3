// Tables, buttons and the message strip of the stock screens.
#include "pos/stock_widgets.hpp"

#include "pos/ui_support.hpp"
#include "services/stock/product_service.hpp"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace cabas::ui {

wxListCtrl* make_table(wxWindow* parent, const std::vector<std::pair<wxString, int>>& columns, int height) {
    auto* table = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxSize(-1, height),
                                 wxLC_REPORT | wxLC_SINGLE_SEL | wxBORDER_SUNKEN);
    table->SetFont(till_font(12));
    int index = 0;
    for (const auto& [title, width] : columns) table->InsertColumn(index++, title, wxLIST_FORMAT_LEFT, width);
    return table;
}

void add_row(wxListCtrl* table, const std::vector<wxString>& cells) {
    const long row = table->InsertItem(table->GetItemCount(), cells.empty() ? wxString() : cells[0]);
    for (std::size_t i = 1; i < cells.size(); ++i) table->SetItem(row, static_cast<int>(i), cells[i]);
}

wxString cell_text(wxListCtrl* table, long row, int column) { return table->GetItemText(row, column); }

wxButton* tall_button(wxWindow* parent, const wxString& label, int id) {
    return new wxButton(parent, id, label, wxDefaultPosition, wxSize(-1, target_height));
}

void show_in_strip(wxStaticText* strip, const wxString& text, StripLevel level) {
    wxColour background = colours::neutral;
    if (level == StripLevel::Success) background = colours::ok;
    if (level == StripLevel::Warning) background = colours::warning;
    if (level == StripLevel::Refusal) background = colours::refused;
    strip->SetBackgroundColour(background);
    strip->SetForegroundColour(text_on(background));
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
    problem->SetForegroundColour(colours::refused);
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
