// Search a product by name (items without a barcode): type words, Enter lists the matches,
// arrows choose, Enter again adds the chosen product.
#pragma once

#include "core/product.hpp"

#include <wx/dialog.h>

#include <functional>
#include <string>
#include <vector>

class wxListBox;
class wxTextCtrl;

namespace cabas::ui {

class SearchDialog : public wxDialog {
public:
    using Finder = std::function<std::vector<core::Product>(const std::string&)>;
    SearchDialog(wxWindow* parent, Finder finder);

    /// The chosen product once the dialog ended with wxID_OK.
    const core::Product* chosen() const;
    void search(const wxString& text);
    void choose(int index);
    wxTextCtrl* text_field() const { return m_text; }
    wxListBox* results() const { return m_results; }

private:
    void on_enter();
    Finder m_finder;
    std::vector<core::Product> m_found;
    int m_chosen = -1;
    wxString m_last_search;
    wxTextCtrl* m_text = nullptr;
    wxListBox* m_results = nullptr;
};

} // namespace cabas::ui
