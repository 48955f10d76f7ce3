// The products list: a search box that filters as you type (name or barcode), the stock on
// hand, Enter or a double click to edit, and a button for a new product.
#pragma once

#include "services/stock/product_service.hpp"

#include <wx/dialog.h>

#include <vector>

class wxListCtrl;
class wxTextCtrl;

namespace cabas::storage { class Store; }

namespace cabas::ui {

class ProductListDialog : public wxDialog {
public:
    ProductListDialog(wxWindow* parent, storage::Store& store);

    void filter(const wxString& text);
    /// Opens the edit dialog on row `index` (or a new product for -1).
    void edit(long index);

    wxTextCtrl* search_field() const { return m_search; }
    wxListCtrl* table() const { return m_table; }
    const std::vector<services::stock::ProductRow>& rows() const { return m_rows; }

private:
    storage::Store& m_store;
    std::vector<services::stock::ProductRow> m_rows;
    wxTextCtrl* m_search = nullptr;
    wxListCtrl* m_table = nullptr;
};

} // namespace cabas::ui
