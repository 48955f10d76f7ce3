// The food-bank families of the categories (see category_family_dialog.hpp).

#include "pos/category_family_dialog.hpp"

#include "core/error.hpp"
#include "pos/function_keys.hpp"
#include "pos/list_view.hpp"
#include "pos/stock_widgets.hpp"
#include "pos/ui_support.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

CategoryFamilyDialog::CategoryFamilyDialog(wxWindow* parent, storage::Store& store, services::LoggedUser user)
    : wxDialog(parent, wxID_ANY, _("Food-bank families"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_store(store), m_user(std::move(user)) {
    use_font(this, 12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   _("Each category is filed under a family and a sub-family of the food bank's "
                                     "reference list; the FSE+ and food-bank report gives its goods by family."));
    intro->Wrap(900);
    sizer->Add(intro, 0, wxALL, 12);
    m_table = make_table(this, {{_("Category"), 220}, {_("Family"), 300}, {_("Sub-family"), 380}}, 380);
    sizer->Add(m_table, 1, wxLEFT | wxRIGHT | wxEXPAND, 12);
    m_strip = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, 30), wxST_NO_AUTORESIZE);
    sizer->Add(m_strip, 0, wxALL | wxEXPAND, 12);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(tall_button(this, _("Esc  Close"), wxID_CANCEL), 1, wxRIGHT, 8);
    auto* edit_button = tall_button(this, _("F2  Edit"));
    buttons->Add(edit_button, 1, wxRIGHT, 8);
    auto* import_button = tall_button(this, _("F3  Import a CSV file"));
    buttons->Add(import_button, 1, wxRIGHT, 8);
    auto* clear_button = tall_button(this, _("F8  No family"));
    buttons->Add(clear_button, 1);
    sizer->Add(buttons, 0, wxLEFT | wxRIGHT | wxBOTTOM | wxEXPAND, 12);
    SetSizerAndFit(sizer);
    CentreOnParent();

    const auto choose_and_import = [this] {
        wxFileDialog choose(this, _("Import food-bank families"), wxString(), wxString(), _("CSV files (*.csv)|*.csv"),
                            wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (choose.ShowModal() != wxID_OK) return;
        wxMessageBox(import_file(from_wx(choose.GetPath())), _("Import food-bank families"), wxOK, this);
    };
    m_table->on_activate([this](int row) { edit(row); });
    edit_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { edit(selected()); });
    clear_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { clear(selected()); });
    import_button->Bind(wxEVT_BUTTON, [choose_and_import](wxCommandEvent&) { choose_and_import(); });
    bind_function_keys(this, {{WXK_F2, [this] { edit(selected()); }},
                              {WXK_F3, choose_and_import},
                              {WXK_F8, [this] { clear(selected()); }}});
    reload();
    m_table->SetFocus();
}

long CategoryFamilyDialog::selected() const { return m_table->selected_row(); }

void CategoryFamilyDialog::reload() {
    const long keep = std::max(0L, selected());
    guarded([&] { m_rows = services::stock::list_category_families(m_store, m_user); },
            [&](const wxString& message) { show_in_strip(m_strip, message, StripLevel::Refusal); });
    m_table->Freeze();
    m_table->clear();
    for (const auto& row : m_rows) {
        if (row.family)
            m_table->append_row({to_wx(row.category.name), to_wx(row.family->family_code + " " + row.family->family),
                              to_wx(row.family->subfamily_code + " " + row.family->subfamily)});
        else
            m_table->append_row({to_wx(row.category.name), _("No family"), wxString()});
    }
    if (!m_rows.empty())
        m_table->select_row(static_cast<int>(std::min(keep, static_cast<long>(m_rows.size()) - 1)));
    m_table->Thaw();
}

bool CategoryFamilyDialog::edit(long index) {
    if (index < 0 || index >= static_cast<long>(m_rows.size())) return false;
    FamilyEditDialog form(this, m_store, m_user, m_rows[static_cast<std::size_t>(index)]);
    const bool saved = form.ShowModal() == wxID_OK;
    if (saved) {
        reload();
        show_in_strip(m_strip, wxString::Format(_("Family saved for %s"), to_wx(m_rows[static_cast<std::size_t>(index)].category.name)),
                      StripLevel::Success);
    }
    m_table->SetFocus();
    return saved;
}

void CategoryFamilyDialog::clear(long index) {
    if (index < 0 || index >= static_cast<long>(m_rows.size())) return;
    const auto& category = m_rows[static_cast<std::size_t>(index)].category;
    guarded(
        [&] {
            services::stock::clear_category_family(m_store, m_user, category.code);
            show_in_strip(m_strip, wxString::Format(_("%s has no family now"), to_wx(category.name)), StripLevel::Success);
        },
        [&](const wxString& message) { show_in_strip(m_strip, message, StripLevel::Refusal); });
    reload();
}

wxString CategoryFamilyDialog::import_file(const std::string& path) {
    wxString shown;
    guarded(
        [&] {
            std::ifstream in(path, std::ios::binary);
            if (!in) throw ValidationError("", "impossible de lire « " + path + " »");
            std::ostringstream bytes;
            bytes << in.rdbuf();
            const auto report = services::stock::import_category_families(m_store, m_user, bytes.str(), path, false);
            if (!report.ok())
                shown = wxString::Format(_("Nothing was imported (%zu errors):\n"), report.errors.size()) +
                        to_wx(services::io::to_string(report.errors));
            else
                shown = wxString::Format(_("%d categories filed; the others have no family."), report.written);
        },
        [&](const wxString& message) { shown = message; });
    reload();
    return shown;
}

FamilyEditDialog::FamilyEditDialog(wxWindow* parent, storage::Store& store, services::LoggedUser user,
                                   const services::stock::CategoryFamilyRow& row)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Family of %s"), to_wx(row.category.name))), m_store(store),
      m_user(std::move(user)), m_category(row.category) {
    use_font(this, 12);
    const core::FoodBankFamily f = row.family.value_or(core::FoodBankFamily{});
    auto* grid = new wxFlexGridSizer(2, 8, 12);
    grid->AddGrowableCol(1);
    auto field = [&](const wxString& label, const std::string& value, int width) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        auto* control = new wxTextCtrl(this, wxID_ANY, to_wx(value), wxDefaultPosition, wxSize(width, -1));
        grid->Add(control, 1, wxEXPAND);
        return control;
    };
    m_family_code = field(_("Family code"), f.family_code, 160);
    m_family = field(_("Family"), f.family, 420);
    m_subfamily_code = field(_("Sub-family code"), f.subfamily_code, 160);
    m_subfamily = field(_("Sub-family"), f.subfamily, 420);
    m_problem = finish_form(this, grid, [this] { return save(); });
    m_family_code->SetFocus();
}

bool FamilyEditDialog::save() {
    return guarded(
        [&] {
            services::stock::set_category_family(
                m_store, m_user, m_category.code,
                {from_wx(m_family_code->GetValue()), from_wx(m_family->GetValue()), from_wx(m_subfamily_code->GetValue()),
                 from_wx(m_subfamily->GetValue())});
            m_problem->SetLabel(wxString());
        },
        [&](const wxString& message) { show_form_problem(this, m_problem, message); });
}

} // namespace cabas::ui
