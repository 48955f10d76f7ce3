// The settings screen (see settings_panel.hpp).
#include "pos/settings_panel.hpp"

#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "services/settings_service.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dirdlg.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

namespace {

wxString label_of(const std::string& key) {
    if (key == "shop.name") return _("Name of the grocery");
    if (key == "shop.address") return _("Address on the tickets");
    if (key == "till.id") return _("Name of this till");
    if (key == "ui.language") return _("Language (at the next start)");
    if (key == "ui.lock_minutes") return _("Lock the screen after (minutes without use)");
    if (key == "printer.mode") return _("Tickets are printed to");
    if (key == "printer.device") return _("Printer device");
    if (key == "printer.queue") return _("CUPS raw queue");
    if (key == "printer.pdf_dir") return _("Folder of the PDF tickets");
    if (key == "printer.columns") return _("Characters per line (80 mm: 42)");
    if (key == "drawer.mode") return _("Cash drawer");
    if (key == "stock.expiry_alert_days") return _("Expiry alert (days ahead)");
    if (key == "report.threshold") return _("Reports: smallest count published");
    if (key == "report.internal") return _("Reports: small counts");
    if (key == "retention.sales_years") return _("Sales and closures kept (years, 6 at least)");
    if (key == "backup.folder") return _("Backups folder (empty: none)");
    return to_wx(key);
}

wxString choice_label(const std::string& code) {
    if (code == "fr") return to_wx("Français");
    if (code == "en") return "English";
    if (code == "pdf") return _("PDF files");
    if (code == "escpos-device") return _("Thermal printer plugged in (ESC/POS)");
    if (code == "escpos-cups") return _("Thermal printer through CUPS (raw queue)");
    if (code == "none") return _("None");
    if (code == "pin2") return _("On the thermal printer (pin 2, most drawers)");
    if (code == "pin5") return _("On the thermal printer (pin 5)");
    if (code == "0") return _("Hidden (\"< N\"), for publication");
    if (code == "1") return _("Shown: internal use only (admin)");
    return to_wx(code);
}

} // namespace

SettingsPanel::SettingsPanel(wxWindow* parent, const BackOfficeContext& context)
    : wxPanel(parent), m_context(context), m_saved(services::current_settings(context.store)) {
    use_font(this, base_points);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    // The form scrolls so that it fits a 1024x768 screen whatever the number of settings.
    auto* scroll = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    scroll->SetScrollRate(0, 20);
    scroll->ShowScrollbars(wxSHOW_SB_NEVER, wxSHOW_SB_ALWAYS);
    auto* grid = new wxFlexGridSizer(2, 0, 12);
    grid->AddGrowableCol(1);
    for (const services::SettingSpec& spec : services::setting_specs()) add_field(scroll, grid, spec.key);
    auto* scroll_sizer = new wxBoxSizer(wxVERTICAL);
    scroll_sizer->Add(grid, 0, wxEXPAND | wxRIGHT, 16);
    scroll->SetSizer(scroll_sizer);
    sizer->Add(scroll, 1, wxEXPAND | wxBOTTOM, 12);
    m_status = new wxStaticText(this, wxID_ANY, wxString());
    m_status->SetFont(till_font(base_points, true));
    sizer->Add(m_status, 0, wxEXPAND | wxBOTTOM, 12);
    m_save = new wxButton(this, wxID_SAVE, _("F10  Save"), wxDefaultPosition, wxSize(260, target_height));
    m_save->SetFont(till_font(base_points, true));
    sizer->Add(m_save, 0);
    SetSizer(sizer);

    m_save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_F10 && !event.HasAnyModifiers()) save();
        else event.Skip();
    });
    // The reasons are wrapped to their field's width, which is known only once laid out.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { check_all(); });
    });
    check_all();
}

void SettingsPanel::add_field(wxWindow* parent, wxSizer* grid, const std::string& key) {
    const services::SettingSpec* spec = nullptr;
    for (const services::SettingSpec& candidate : services::setting_specs())
        if (candidate.key == key) spec = &candidate;
    Field field;
    grid->Add(new wxStaticText(parent, wxID_ANY, label_of(key)), 0, wxTOP, 12);
    // The reason a value is refused goes under its field, so the form fits 1024 px wide.
    auto* column = new wxBoxSizer(wxVERTICAL);
    const std::string current = m_saved.at(key);
    if (!spec->choices.empty()) {
        field.choice = new wxChoice(parent, wxID_ANY, wxDefaultPosition, wxSize(360, target_height));
        field.codes = spec->choices;
        for (const std::string& code : spec->choices) field.choice->Append(choice_label(code));
        const auto at = std::find(spec->choices.begin(), spec->choices.end(), current);
        field.choice->SetSelection(at == spec->choices.end() ? 0 : static_cast<int>(at - spec->choices.begin()));
        field.choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { check_all(); });
        column->Add(field.choice, 0, wxEXPAND);
    } else {
        field.text = new wxTextCtrl(parent, wxID_ANY, to_wx(current), wxDefaultPosition, wxSize(360, target_height));
        field.text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { check_all(); });
        if (key == services::keys::backup_folder) add_folder_picker(parent, column, field.text);
        else column->Add(field.text, 0, wxEXPAND);
    }
    field.problem = new wxStaticText(parent, wxID_ANY, wxString());
    field.problem->SetForegroundColour(palette().ink(Tone::Refused));
    column->Add(field.problem, 0, wxTOP, 2);
    grid->Add(column, 1, wxEXPAND);
    m_fields[key] = field;
}

void SettingsPanel::add_folder_picker(wxWindow* parent, wxSizer* column, wxTextCtrl* text) {
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(text, 1, wxEXPAND | wxRIGHT, 8);
    auto* choose = new wxButton(parent, wxID_ANY, _("Choose..."), wxDefaultPosition, wxSize(-1, target_height));
    row->Add(choose, 0);
    column->Add(row, 0, wxEXPAND);
    // Choosing where every evening's copy of all personal data goes is an admin's decision
    // (services::save_settings asks BackUp too); others see the folder, greyed.
    if (!services::may(m_context.user, services::Capability::BackUp)) {
        text->Disable();
        choose->Disable();
        return;
    }
    choose->Bind(wxEVT_BUTTON, [this, text](wxCommandEvent&) {
        wxDirDialog dialog(this, _("Folder of the automatic backups"), text->GetValue(), wxDD_DEFAULT_STYLE);
        if (dialog.ShowModal() == wxID_OK) text->SetValue(dialog.GetPath());
    });
}

wxString SettingsPanel::value(const std::string& key) const {
    const Field& field = m_fields.at(key);
    if (field.text) return field.text->GetValue();
    const int at = field.choice->GetSelection();
    return at < 0 ? wxString() : to_wx(field.codes[static_cast<std::size_t>(at)]);
}

void SettingsPanel::set_value(const std::string& key, const wxString& value) {
    Field& field = m_fields.at(key);
    if (field.text) {
        field.text->ChangeValue(value);
    } else {
        const auto at = std::find(field.codes.begin(), field.codes.end(), from_wx(value));
        if (at != field.codes.end()) field.choice->SetSelection(static_cast<int>(at - field.codes.begin()));
    }
    check_all();
}

wxString SettingsPanel::problem_text(const std::string& key) const {
    wxString text = m_fields.at(key).problem->GetLabel();
    text.Replace("\n", " ");  // without the line breaks Wrap() put in
    return text;
}
bool SettingsPanel::can_save() const { return m_save->IsEnabled(); }
wxString SettingsPanel::status_text() const { return m_status->GetLabel(); }

void SettingsPanel::check_all() {
    bool all_good = true;
    for (const services::SettingSpec& spec : services::setting_specs()) {
        Field& field = m_fields.at(spec.key);
        const std::string problem = services::setting_problem(spec.key, from_wx(value(spec.key).Strip(wxString::both)));
        field.problem->SetLabel(to_wx(problem));
        const wxWindow* input = field.text ? static_cast<wxWindow*>(field.text) : field.choice;
        if (input && input->GetSize().x > 100) field.problem->Wrap(input->GetSize().x);
        // The first problem is also said beside Save: its field may be scrolled out of sight.
        if (!problem.empty() && all_good) {
            m_status->SetForegroundColour(palette().ink(Tone::Refused));
            m_status->SetLabel(wxString::Format(_("To correct: %s: %s"), label_of(spec.key), to_wx(problem)));
        }
        if (!problem.empty()) all_good = false;
    }
    if (all_good && m_status->GetForegroundColour() == palette().ink(Tone::Refused)) m_status->SetLabel(wxString());
    if (GetClientSize().x > 100) m_status->Wrap(GetClientSize().x - 20);
    m_save->Enable(all_good && !changed_values().empty());
    Layout();
    for (wxWindow* child : GetChildren())
        if (auto* scroll = dynamic_cast<wxScrolledWindow*>(child)) {
            scroll->Layout();  // a reason wrapped on two lines needs its height
            scroll->FitInside();
        }
}

std::map<std::string, std::string> SettingsPanel::changed_values() const {
    std::map<std::string, std::string> changed;
    for (const auto& [key, field] : m_fields) {
        const std::string now = from_wx(value(key).Strip(wxString::both));
        if (now != m_saved.at(key)) changed[key] = now;
    }
    return changed;
}

void SettingsPanel::save() {
    if (!m_save->IsEnabled()) return;
    const std::map<std::string, std::string> changed = changed_values();
    const bool saved = guarded([&] { services::save_settings(m_context.store, m_context.user, changed); },
                               [this](const wxString& message) {
                                   m_status->SetForegroundColour(palette().ink(Tone::Refused));
                                   m_status->SetLabel(_("Not saved: ") + message);
                               });
    if (!saved) return;
    for (const auto& [key, value] : changed) m_saved[key] = value;
    m_status->SetForegroundColour(palette().ink(Tone::Ok));
    m_status->SetLabel(wxString::Format(_("Settings saved (%zu changed)."), changed.size()));
    check_all();
}

} // namespace cabas::ui
