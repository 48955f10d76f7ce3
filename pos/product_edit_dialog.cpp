// The product form (see product_edit_dialog.hpp).
#include "pos/product_edit_dialog.hpp"

#include "core/error.hpp"
#include "pos/stock_widgets.hpp"
#include "pos/ui_support.hpp"
#include "services/stock/product_service.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/tokenzr.h>

namespace cabas::ui {

namespace {

wxString optional_text(const std::optional<std::int64_t>& n) { return n ? wxString::Format("%lld", static_cast<long long>(*n)) : wxString(); }

/// A whole number from a field; empty gives `empty`. ValidationError naming the field.
std::optional<std::int64_t> read_count(wxTextCtrl* field, const std::string& name, std::optional<std::int64_t> empty) {
    const std::string text = from_wx(field->GetValue().Strip(wxString::both));
    if (text.empty()) return empty;
    if (text.find_first_not_of("0123456789") != std::string::npos || text.size() > 9)
        throw ValidationError("", name + " : nombre entier attendu, pas « " + text + " »");
    return std::stoll(text);
}

} // namespace

ProductEditDialog::ProductEditDialog(wxWindow* parent, storage::Store& store, services::LoggedUser user, const core::Product& product)
    : wxDialog(parent, wxID_ANY, product.id == 0 ? _("New product") : _("Edit product")), m_store(store), m_user(std::move(user)), m_product(product) {
    use_font(this, 12);
    auto* grid = new wxFlexGridSizer(2, 8, 12);
    grid->AddGrowableCol(1);
    auto field = [&](const wxString& label, wxWindow* control) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        grid->Add(control, 1, wxEXPAND);
    };
    m_name = new wxTextCtrl(this, wxID_ANY, to_wx(product.name), wxDefaultPosition, wxSize(420, -1));
    field(_("Name"), m_name);
    m_category = new wxChoice(this, wxID_ANY);
    m_category->Append(_("(no category)"));
    m_category_ids.push_back(0);
    for (const auto& c : services::stock::categories(store, m_user)) {
        m_category->Append(to_wx(c.name));
        m_category_ids.push_back(c.id);
        if (c.id == product.category_id) m_category->SetSelection(static_cast<int>(m_category_ids.size() - 1));
    }
    if (m_category->GetSelection() == wxNOT_FOUND) m_category->SetSelection(0);
    field(_("Category"), m_category);
    m_value = new wxTextCtrl(this, wxID_ANY, to_wx(core::format_decimal(product.retail_value)));
    field(_("Retail value (euros, per kg if weighed)"), m_value);
    m_unit = new wxChoice(this, wxID_ANY);
    m_unit->Append(_("Piece"));
    m_unit->Append(_("Weight (kg)"));
    m_unit->SetSelection(product.unit == core::SaleUnit::Weight ? 1 : 0);
    field(_("Sold by"), m_unit);
    wxString codes;
    for (const auto& c : product.barcodes) codes += to_wx(c) + "\n";
    m_barcodes = new wxTextCtrl(this, wxID_ANY, codes, wxDefaultPosition, wxSize(-1, 90), wxTE_MULTILINE);
    field(_("Barcodes (one per line)"), m_barcodes);
    m_free = new wxCheckBox(this, wxID_ANY, _("Always free"));
    m_free->SetValue(product.always_free);
    field(wxString(), m_free);
    m_per_visit = new wxTextCtrl(this, wxID_ANY, optional_text(product.limit.per_visit));
    field(_("Limit per visit"), m_per_visit);
    m_per_month = new wxTextCtrl(this, wxID_ANY, optional_text(product.limit.per_month));
    field(_("Limit per month"), m_per_month);
    m_threshold = new wxTextCtrl(this, wxID_ANY, wxString::Format("%lld", static_cast<long long>(product.low_stock_threshold)));
    field(_("Low-stock threshold"), m_threshold);
    m_net_grams = new wxTextCtrl(this, wxID_ANY, wxString::Format("%lld", static_cast<long long>(product.net_grams)));
    field(_("Net weight of a piece (g)"), m_net_grams);

    m_problem = finish_form(this, grid, [this] { return save(); });
    m_name->SetFocus();
}

core::Product ProductEditDialog::read_fields() const {
    core::Product p = m_product;
    p.name = from_wx(m_name->GetValue());
    p.category_id = m_category_ids[static_cast<std::size_t>(std::max(0, m_category->GetSelection()))];
    p.retail_value = core::parse_amount(from_wx(m_value->GetValue()));
    p.unit = m_unit->GetSelection() == 1 ? core::SaleUnit::Weight : core::SaleUnit::Piece;
    p.barcodes.clear();
    wxStringTokenizer codes(m_barcodes->GetValue(), " \n\r\t;,|", wxTOKEN_STRTOK);
    while (codes.HasMoreTokens()) p.barcodes.push_back(from_wx(codes.GetNextToken()));
    p.always_free = m_free->GetValue();
    p.limit.per_visit = read_count(m_per_visit, "limite par passage", std::nullopt);
    p.limit.per_month = read_count(m_per_month, "limite par mois", std::nullopt);
    p.low_stock_threshold = *read_count(m_threshold, "seuil d'alerte", 0);
    p.net_grams = *read_count(m_net_grams, "poids net", 0);
    return p;
}

bool ProductEditDialog::save() {
    return guarded(
        [&] {
            core::Product p = read_fields();
            p.id = services::stock::save_product(m_store, m_user, p);
            m_product = *services::stock::product(m_store, m_user, p.id);
            m_problem->SetLabel(wxString());
        },
        [&](const wxString& message) { show_form_problem(this, m_problem, message); });
}

} // namespace cabas::ui
