// Products list with live filtering (see product_list_dialog.hpp).

#include "pos/product_list_dialog.hpp"

#include "core/error.hpp"
#include "pos/function_keys.hpp"
#include "pos/category_family_dialog.hpp"
#include "pos/list_view.hpp"
#include "pos/product_edit_dialog.hpp"
#include "pos/stock_widgets.hpp"
#include "pos/ui_support.hpp"
#include "services/import_service.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <tuple>

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

ProductListDialog::ProductListDialog(wxWindow* parent, storage::Store& store, services::LoggedUser user)
    : wxDialog(parent, wxID_ANY, _("Products"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_store(store), m_user(std::move(user)) {
    use_font(this, 12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(this, wxID_ANY, _("Search by name or barcode; Enter opens the selected product")), 0,
               wxALL, 12);
    m_search = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, target_height), wxTE_PROCESS_ENTER);
    m_search->SetFont(till_font(base_points));
    sizer->Add(m_search, 0, wxLEFT | wxRIGHT | wxEXPAND, 12);
    m_table = make_table(this, {{_("Product"), 300}, {_("Category"), 170}, {_("Value"), 90}, {_("In stock"), 100},
                                {_("Barcodes"), 260}}, 420);
    sizer->Add(m_table, 1, wxALL | wxEXPAND, 12);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(tall_button(this, _("Esc  Close"), wxID_CANCEL), 1, wxRIGHT, 8);
    auto* add = tall_button(this, _("F2  New product"));
    buttons->Add(add, 1, wxRIGHT, 8);
    auto* import_button = tall_button(this, _("F3  Import a CSV file"));
    buttons->Add(import_button, 1, wxRIGHT, 8);
    auto* families_button = tall_button(this, _("F4  Food-bank families"));
    buttons->Add(families_button, 1);
    sizer->Add(buttons, 0, wxALL | wxEXPAND, 12);
    SetSizerAndFit(sizer);
    CentreOnParent();

    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { filter(m_search->GetValue()); });
    m_search->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        edit(m_table->selected_row());
    });
    m_table->on_activate([this](int row) { edit(row); });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { edit(-1); });
    m_table->on_heading_click([this](int column) { sort_by(column); });
    import_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose_import_file(); });
    families_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { open_families(); });
    bind_function_keys(this, {{WXK_F2, [this] { edit(-1); }},
                              {WXK_F3, [this] { choose_import_file(); }},
                              {WXK_F4, [this] { open_families(); }}});
    filter(wxString());
    m_search->SetFocus();
}

void ProductListDialog::filter(const wxString& text) {
    guarded([&] { m_rows = services::stock::list_products(m_store, m_user, from_wx(text), true); }, [](const wxString&) {});
    sort_by(-1);
}

void ProductListDialog::sort_by(int column) {
    if (column >= 0) {
        m_sort_descending = column == m_sort_column && !m_sort_descending;
        m_sort_column = column;
    }
    const auto key = [this](const services::stock::ProductRow& r) {
        switch (m_sort_column) {
        case 1: return std::tuple(r.category_name, std::int64_t{0}, r.product.name);
        case 2: return std::tuple(std::string(), r.product.retail_value.cents(), r.product.name);
        case 3: return std::tuple(std::string(), r.on_hand, r.product.name);
        case 4: return std::tuple(r.product.barcodes.empty() ? std::string() : r.product.barcodes.front(), std::int64_t{0},
                                  r.product.name);
        default: return std::tuple(r.product.name, std::int64_t{0}, std::string());
        }
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const auto& a, const auto& b) {
        return m_sort_descending ? key(b) < key(a) : key(a) < key(b);
    });
    show_rows();
}

void ProductListDialog::show_rows() {
    m_table->Freeze();
    m_table->clear();
    for (const auto& row : m_rows) {
        wxString codes;
        for (const auto& c : row.product.barcodes) codes += (codes.empty() ? "" : " ") + to_wx(c);
        m_table->append_row({to_wx(row.product.name) + (row.product.active ? wxString() : wxString(_(" (inactive)"))),
                          to_wx(row.category_name),
                          money(row.product.retail_value) + (row.product.unit == core::SaleUnit::Weight ? "/kg" : ""),
                          quantity_wx(row.product.unit, row.on_hand), codes});
    }
    if (!m_rows.empty()) m_table->select_row(0);
    m_table->Thaw();
}

void ProductListDialog::choose_import_file() {
    wxFileDialog choose(this, _("Import products"), wxString(), wxString(), _("CSV files (*.csv)|*.csv"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (choose.ShowModal() != wxID_OK) return;
    wxMessageBox(import_file(from_wx(choose.GetPath())), _("Import products"), wxOK, this);
}

void ProductListDialog::open_families() {
    CategoryFamilyDialog dialog(this, m_store, m_user);
    dialog.ShowModal();
    m_search->SetFocus();
}

wxString ProductListDialog::import_file(const std::string& path) {
    wxString shown;
    guarded(
        [&] {
            std::ifstream in(path, std::ios::binary);
            if (!in) throw ValidationError("", "impossible de lire « " + path + " »");
            std::ostringstream bytes;
            bytes << in.rdbuf();
            const auto report = services::import_products(m_store, m_user, bytes.str(), path, false);
            if (!report.ok())
                shown = wxString::Format(_("Nothing was imported (%zu errors):\n"), report.errors.size()) +
                        to_wx(services::io::to_string(report.errors));
            else
                shown = wxString::Format(_("%d products imported."), report.written);
        },
        [&](const wxString& message) { shown = message; });
    filter(m_search->GetValue());
    return shown;
}

void ProductListDialog::edit(long index) {
    core::Product product;
    if (index >= 0 && index < static_cast<long>(m_rows.size())) product = m_rows[static_cast<std::size_t>(index)].product;
    ProductEditDialog dialog(this, m_store, m_user, product);
    if (dialog.ShowModal() == wxID_OK) filter(m_search->GetValue());
    m_search->SetFocus();
}

} // namespace cabas::ui
