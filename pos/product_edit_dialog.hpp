// Edits one product: name, category, retail value, unit, barcodes (one per line), always free,
// per-visit and per-month limits, low-stock threshold, net weight. Saved through the stock
// service, which checks every barcode and names the product already holding a code.
#pragma once

#include "services/access_control.hpp"
#include "core/product.hpp"

#include <wx/dialog.h>

#include <cstdint>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace cabas::storage { class Store; }

namespace cabas::ui {

class ProductEditDialog : public wxDialog {
public:
    /// `product.id` 0 creates a product.
    ProductEditDialog(wxWindow* parent, storage::Store& store, services::LoggedUser user, const core::Product& product);

    /// Reads the fields and saves; on a problem shows it beside the buttons and returns false.
    bool save();
    /// The product as saved (its id set) once save() succeeded.
    const core::Product& product() const { return m_product; }

    wxTextCtrl* name_field() const { return m_name; }
    wxTextCtrl* value_field() const { return m_value; }
    wxTextCtrl* barcodes_field() const { return m_barcodes; }
    wxStaticText* problem() const { return m_problem; }

private:
    core::Product read_fields() const;

    storage::Store& m_store;
    services::LoggedUser m_user;
    core::Product m_product;
    std::vector<std::int64_t> m_category_ids;   ///< index in m_category (0 = none)
    wxTextCtrl* m_name = nullptr;
    wxChoice* m_category = nullptr;
    wxTextCtrl* m_value = nullptr;
    wxChoice* m_unit = nullptr;
    wxTextCtrl* m_barcodes = nullptr;
    wxCheckBox* m_free = nullptr;
    wxTextCtrl* m_per_visit = nullptr;
    wxTextCtrl* m_per_month = nullptr;
    wxTextCtrl* m_threshold = nullptr;
    wxTextCtrl* m_net_grams = nullptr;
    wxStaticText* m_problem = nullptr;
};

} // namespace cabas::ui
