// The categories' families in the food banks' référentiel, in the products screen: a table of
// every category with its family and sub-family, F2 (or Enter, or a double click) to edit the
// selected one in a small form, F8 to clear it, F3 to import the whole table from a CSV (all or
// nothing, every error listed). The FSE+ / food-bank report counts its goods by these families.
#pragma once

#include "services/stock/category_family_service.hpp"

#include <wx/dialog.h>

#include <vector>

class wxStaticText;
class wxTextCtrl;

namespace cabas::storage { class Store; }

namespace cabas::ui {

class ListView;

class CategoryFamilyDialog : public wxDialog {
public:
    CategoryFamilyDialog(wxWindow* parent, storage::Store& store, services::LoggedUser user);

    /// Opens the form on row `index`; true when a family was saved.
    bool edit(long index);
    /// Clears the family of row `index`.
    void clear(long index);
    /// Imports a families CSV; returns the text shown to the user.
    wxString import_file(const std::string& path);

    ListView* table() const { return m_table; }
    wxStaticText* strip() const { return m_strip; }
    const std::vector<services::stock::CategoryFamilyRow>& rows() const { return m_rows; }
    long selected() const;

private:
    void reload();

    storage::Store& m_store;
    services::LoggedUser m_user;
    std::vector<services::stock::CategoryFamilyRow> m_rows;
    ListView* m_table = nullptr;
    wxStaticText* m_strip = nullptr;
};

/// The form for one category's family: four fields, F12 saves through the service (a refusal
/// is shown under the fields and the form stays open), Esc cancels.
class FamilyEditDialog : public wxDialog {
public:
    FamilyEditDialog(wxWindow* parent, storage::Store& store, services::LoggedUser user,
                     const services::stock::CategoryFamilyRow& row);

    /// Saves the fields; false with the reason shown when the service refuses them.
    bool save();

    wxTextCtrl* family_code_field() const { return m_family_code; }
    wxTextCtrl* family_field() const { return m_family; }
    wxTextCtrl* subfamily_code_field() const { return m_subfamily_code; }
    wxTextCtrl* subfamily_field() const { return m_subfamily; }
    wxStaticText* problem() const { return m_problem; }

private:
    storage::Store& m_store;
    services::LoggedUser m_user;
    core::Category m_category;
    wxTextCtrl* m_family_code = nullptr;
    wxTextCtrl* m_family = nullptr;
    wxTextCtrl* m_subfamily_code = nullptr;
    wxTextCtrl* m_subfamily = nullptr;
    wxStaticText* m_problem = nullptr;
};

} // namespace cabas::ui
