// Product search by name (see search_dialog.hpp).
#include "pos/search_dialog.hpp"

#include "pos/ui_support.hpp"

#include <wx/button.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

SearchDialog::SearchDialog(wxWindow* parent, Finder finder)
    : wxDialog(parent, wxID_ANY, _("Search a product")), m_finder(std::move(finder)) {
    use_font(this, base_points);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* prompt = new wxStaticText(this, wxID_ANY, _("Product name, then Enter; arrows to choose, Enter to add"));
    sizer->Add(prompt, 0, wxALL, 12);
    m_text = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(640, target_height),
                            wxTE_PROCESS_ENTER);
    m_text->SetFont(till_font(large_points));
    sizer->Add(m_text, 0, wxLEFT | wxRIGHT | wxEXPAND, 12);
    m_results = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxSize(640, 360));
    m_results->SetFont(till_font(base_points));
    sizer->Add(m_results, 1, wxALL | wxEXPAND, 12);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(new wxButton(this, wxID_CANCEL, _("Esc  Back"), wxDefaultPosition, wxSize(-1, target_height)), 1,
                 wxRIGHT, 8);
    auto* add = new wxButton(this, wxID_ANY, _("Enter  Add"), wxDefaultPosition, wxSize(-1, target_height));
    buttons->Add(add, 1);
    sizer->Add(buttons, 0, wxALL | wxEXPAND, 12);
    SetSizerAndFit(sizer);
    CentreOnParent();

    m_text->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { on_enter(); });
    m_results->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) { choose(m_results->GetSelection()); });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose(m_results->GetSelection()); });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        const int key = event.GetKeyCode();
        const int count = static_cast<int>(m_results->GetCount());
        if ((key == WXK_UP || key == WXK_DOWN) && count > 0) {
            int row = m_results->GetSelection() + (key == WXK_UP ? -1 : 1);
            m_results->SetSelection(std::clamp(row, 0, count - 1));
            m_text->SetFocus();
            return;
        }
        event.Skip();
    });
    m_text->SetFocus();
}

const core::Product* SearchDialog::chosen() const {
    return m_chosen >= 0 && m_chosen < static_cast<int>(m_found.size()) ? &m_found[static_cast<std::size_t>(m_chosen)]
                                                                        : nullptr;
}

void SearchDialog::search(const wxString& text) {
    m_last_search = text;
    m_found = m_finder(from_wx(text));
    m_results->Clear();
    for (const core::Product& product : m_found)
        m_results->Append(to_wx(product.name) + "    " + money(product.retail_value) +
                          (product.unit == core::SaleUnit::Weight ? wxString(_(" /kg")) : wxString()));
    if (!m_found.empty()) m_results->SetSelection(0);
}

void SearchDialog::choose(int index) {
    if (index < 0 || index >= static_cast<int>(m_found.size())) return;
    m_chosen = index;
    if (IsModal()) EndModal(wxID_OK);
    else SetReturnCode(wxID_OK);
}

void SearchDialog::on_enter() {
    const wxString text = m_text->GetValue().Strip(wxString::both);
    if (text != m_last_search || m_found.empty()) search(text);
    else choose(m_results->GetSelection());
}

} // namespace cabas::ui
