// The products list: a search box that filters as you type (name or barcode), columns sorted
// by a click on their title, the stock on hand, Enter or a double click to edit, F2 for a new
// product, F3 to import a products CSV (all or nothing, every error listed) and F4 for the
// categories' food-bank families (category_family_dialog.hpp).
#pragma once

#include "services/stock/product_service.hpp"

#include <wx/dialog.h>

#include <vector>

class wxTextCtrl;

namespace cabas::storage { class Store; }

namespace cabas::ui {

class ListView;

class ProductListDialog : public wxDialog {
public:
    ProductListDialog(wxWindow* parent, storage::Store& store, services::LoggedUser user);

    void filter(const wxString& text);
    /// Opens the edit dialog on row `index` (or a new product for -1).
    void edit(long index);
    /// Sorts the rows by a column (a second click on the same column reverses the order).
    void sort_by(int column);
    /// Imports a products CSV file; returns the text shown to the user.
    wxString import_file(const std::string& path);

    wxTextCtrl* search_field() const { return m_search; }
    ListView* table() const { return m_table; }
    const std::vector<services::stock::ProductRow>& rows() const { return m_rows; }

private:
    void show_rows();
    void choose_import_file();
    void open_families();

    storage::Store& m_store;
    services::LoggedUser m_user;
    int m_sort_column = 0;
    bool m_sort_descending = false;
    std::vector<services::stock::ProductRow> m_rows;
    wxTextCtrl* m_search = nullptr;
    ListView* m_table = nullptr;
};

} // namespace cabas::ui
