// The barème screen (see bareme_panel.hpp).

#include "pos/bareme_panel.hpp"

#include "pos/bareme_fields.hpp"
#include "pos/confirm_dialog.hpp"
#include "pos/list_view.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "core/error.hpp"
#include "services/bareme_service.hpp"
#include "services/io/bareme_json.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/filedlg.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <fstream>
#include <sstream>

namespace cabas::ui {

namespace {

constexpr int label_width = 420;
constexpr int field_width = 200;

wxButton* action_button(wxWindow* parent, const wxString& label) {
    // Three side by side within the 720 px beside the menu at 1024x768.
    auto* button = new wxButton(parent, wxID_ANY, label, wxDefaultPosition, wxSize(236, target_height));
    button->SetFont(till_font(base_points, true));
    return button;
}

} // namespace

BaremePanel::BaremePanel(wxWindow* parent, const BackOfficeContext& context)
    : wxPanel(parent), m_context(context), m_base(services::bareme_in_force(context.store, context.clock.today())) {
    use_font(this, base_points);
    SetBackgroundColour(palette().window());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_in_force = new wxStaticText(this, wxID_ANY, wxString());
    m_in_force->SetFont(till_font(base_points, true));
    sizer->Add(m_in_force, 0, wxBOTTOM, 4);
    m_history = new ListView(this, {{_("Version"), 80}, {_("In force from"), 130}, {_("Name"), 300}, {_("State"), 180}}, wxSize(-1, 96));
    sizer->Add(m_history, 0, wxEXPAND | wxBOTTOM, 8);

    m_form = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    m_form->SetScrollRate(0, 20);
    m_form->ShowScrollbars(wxSHOW_SB_NEVER, wxSHOW_SB_ALWAYS);
    sizer->Add(m_form, 1, wxEXPAND | wxBOTTOM, 8);

    m_impact = new wxStaticText(this, wxID_ANY, wxString());
    m_impact->SetFont(till_font(base_points, true));
    sizer->Add(m_impact, 0, wxEXPAND | wxBOTTOM, 4);
    m_status = new wxStaticText(this, wxID_ANY, wxString());
    m_status->SetFont(till_font(base_points, true));
    sizer->Add(m_status, 0, wxEXPAND | wxBOTTOM, 6);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    wxButton* from_file = action_button(this, _("F4  From a file..."));
    wxButton* show_impact = action_button(this, _("F5  Preview changes"));
    wxButton* save_version = action_button(this, _("F10  Save version"));
    buttons->Add(from_file, 0, wxRIGHT, 8);
    buttons->Add(show_impact, 0, wxRIGHT, 8);
    buttons->Add(save_version, 0);
    sizer->Add(buttons, 0);
    SetSizer(sizer);

    from_file->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose_file(); });
    show_impact->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { preview(); });
    save_version->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        const int key = event.GetKeyCode();
        if (event.HasAnyModifiers()) event.Skip();
        else if (key == WXK_F4) choose_file();
        else if (key == WXK_F5) preview();
        else if (key == WXK_F10) save();
        else event.Skip();
    });
    fill_history();
    build_form(true);
}

void BaremePanel::choose_file() {
    wxFileDialog dialog(this, _("Bareme file"), wxString(), wxString(), _("Bareme (*.json)|*.json|All files|*"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK) start_from_file(from_wx(dialog.GetPath()));
}

void BaremePanel::fill_history() {
    m_history->clear();
    const core::Date today = m_context.clock.today();
    const auto versions = services::bareme_history(m_context.store, m_context.user, today);
    for (const auto& v : versions) {
        m_history->append_row({wxString::Format("%d", v.version), to_wx(v.effective_from.french()), to_wx(v.label), v.in_force ? _("in force") : v.effective_from > today ? _("to come") : _("replaced")});
        if (v.in_force) {
            m_in_force->SetLabel(wxString::Format(_("In force today: version %d \" %s \", since %s."), v.version,
                                                  to_wx(v.label), to_wx(v.effective_from.french())));
            m_in_force->Wrap(700);
        }
    }
}

void BaremePanel::build_form(bool rename) {
    m_form->DestroyChildren();
    m_rows.clear();
    auto* form_sizer = new wxBoxSizer(wxVERTICAL);
    wxString group;
    for (const BaremeFieldSpec& spec : bareme_field_specs()) {
        if (!spec.applies(m_base)) continue;
        if (spec.group != group) {
            group = spec.group;
            auto* heading = new wxStaticText(m_form, wxID_ANY, group);
            heading->SetFont(till_font(large_points, true));
            form_sizer->Add(heading, 0, wxTOP | wxBOTTOM, 6);
        }
        Row row;
        auto* line = new wxBoxSizer(wxHORIZONTAL);
        if (spec.kind == BaremeFieldSpec::Kind::Flag) {
            row.box = new wxCheckBox(m_form, wxID_ANY, spec.label, wxDefaultPosition, wxSize(-1, 44));
            row.box->SetFont(till_font(base_points));
            row.box->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { proposed(); });
            line->Add(row.box, 0, wxALIGN_CENTER_VERTICAL);
        } else {
            auto* label = new wxStaticText(m_form, wxID_ANY, spec.label, wxDefaultPosition, wxSize(label_width, -1));
            label->Wrap(label_width);
            const bool wide = spec.kind == BaremeFieldSpec::Kind::Text;
            row.text = new wxTextCtrl(m_form, wxID_ANY, wxString(), wxDefaultPosition,
                                      wxSize(wide ? 2 * field_width : field_width, 44));
            row.text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { proposed(); });
            if (wide) {
                auto* stacked = new wxBoxSizer(wxVERTICAL);
                stacked->Add(label, 0);
                stacked->Add(row.text, 0, wxTOP, 2);
                line->Add(stacked, 0);
            } else {
                line->Add(label, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
                line->Add(row.text, 0, wxALIGN_CENTER_VERTICAL);
            }
        }
        form_sizer->Add(line, 0, wxBOTTOM, 2);
        row.problem = new wxStaticText(m_form, wxID_ANY, wxString());
        row.problem->SetForegroundColour(palette().ink(Tone::Refused));
        row.problem->SetFont(till_font(base_points, true));
        form_sizer->Add(row.problem, 0, wxBOTTOM, 4);
        m_rows[spec.key] = row;
    }
    m_form->SetSizer(form_sizer);
    fill_form(m_base, rename);
    m_form->FitInside();
    Layout();
}

void BaremePanel::fill_form(const core::Bareme& bareme, bool rename) {
    core::Bareme shown = bareme;
    // A new version starts tomorrow at the earliest, under a name that says it is new.
    shown.effective_from = std::max(bareme.effective_from, m_context.clock.today().plus_days(1));
    if (rename) shown.label = bareme.label + " (modifié)";
    for (const BaremeFieldSpec& spec : bareme_field_specs()) {
        const auto row = m_rows.find(spec.key);
        if (row == m_rows.end()) continue;
        if (row->second.box) row->second.box->SetValue(spec.show(shown) == "1");
        else row->second.text->ChangeValue(to_wx(spec.show(shown)));
    }
    proposed();
}

std::optional<core::Bareme> BaremePanel::proposed() {
    core::Bareme bareme = m_base;
    bool ok = true;
    for (auto& [key, row] : m_rows) row.problem->SetLabel(wxString());
    for (const BaremeFieldSpec& spec : bareme_field_specs()) {
        const auto row = m_rows.find(spec.key);
        if (row == m_rows.end()) continue;
        const std::string text = row->second.box ? (row->second.box->GetValue() ? "1" : "0")
                                                 : from_wx(row->second.text->GetValue().Strip(wxString::both));
        try {
            spec.set(bareme, text);
        } catch (const ValidationError& e) {
            row->second.problem->SetLabel(to_wx(e.reason()));
            ok = false;
        }
    }
    if (ok) {
        try {
            core::validate(bareme);
        } catch (const ValidationError& e) {
            // Cross-field rules name a field ("per_person.commission_max"); a field not shown
            // (another mode's) is said in the status line instead.
            const auto row = m_rows.find(e.field());
            if (row != m_rows.end()) row->second.problem->SetLabel(to_wx(e.reason()));
            else say(to_wx(e.what()), false);
            ok = false;
        }
    }
    m_form->Layout();
    m_form->FitInside();
    if (!ok) return std::nullopt;
    return bareme;
}

wxString BaremePanel::describe(const services::BaremeImpact& impact) const {
    wxString text = wxString::Format(_("Of the %d households followed today: %d would change decision, %d band, %d rate, "
                                       "%d monthly credit."),
                                     impact.households, impact.decision_changes, impact.band_changes, impact.rate_changes,
                                     impact.credit_changes);
    for (const auto& [label, count] : impact.new_decisions) text << "\n  " << count << to_wx(" → " + label);
    return text;
}

void BaremePanel::preview() {
    const auto bareme = proposed();
    if (!bareme) {
        say(_("Please correct the field shown in red."), false);
        return;
    }
    guarded([&] {
        m_impact_said = describe(services::preview_bareme(m_context.store, m_context.user, *bareme, m_context.clock.today()));
        m_impact->SetLabel(m_impact_said);
        m_impact->Wrap(GetClientSize().x > 100 ? GetClientSize().x - 10 : 700);
        say(wxString(), true);
    }, [this](const wxString& message) { say(message, false); });
    Layout();
}

void BaremePanel::save() {
    const auto bareme = proposed();
    if (!bareme) {
        say(_("Please correct the field shown in red."), false);
        return;
    }
    preview();
    ConfirmDialog confirm(this, _("New bareme version"),
                          wxString::Format(_("Save \" %s \", in force from %s?"), to_wx(bareme->label),
                                           to_wx(bareme->effective_from.french())) +
                              "\n\n" + m_impact_said,
                          WXK_F10, "F10", _("Save"), _("Go back to the figures"));
    if (confirm.ShowModal() != wxID_YES) return;
    guarded([&] {
        const int version = services::save_bareme_version(m_context.store, m_context.user, *bareme, m_context.clock.today());
        fill_history();
        say(wxString::Format(_("Version %d saved: it applies to decisions taken from %s."), version,
                             to_wx(bareme->effective_from.french())),
            true);
    }, [this](const wxString& message) { say(message, false); });
}

void BaremePanel::start_from_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    guarded([&] {
        core::Bareme from_file = services::io::bareme_from_text(bytes.str(), path);
        m_base = from_file;
        build_form(false);
        say(wxString::Format(_("Figures taken from %s: check them, then F10."), to_wx(path)), true);
    }, [this](const wxString& message) { say(message, false); });
}

void BaremePanel::say(const wxString& text, bool good) {
    m_status->SetForegroundColour(palette().ink(good ? Tone::Ok : Tone::Refused));
    m_status->SetLabel(text);
    m_status->Wrap(GetClientSize().x > 100 ? GetClientSize().x - 10 : 700);
    Layout();
}

wxTextCtrl* BaremePanel::field(const std::string& key) const {
    const auto row = m_rows.find(key);
    return row == m_rows.end() ? nullptr : row->second.text;
}

wxCheckBox* BaremePanel::box(const std::string& key) const {
    const auto row = m_rows.find(key);
    return row == m_rows.end() ? nullptr : row->second.box;
}

wxString BaremePanel::problem_shown(const std::string& key) const {
    const auto row = m_rows.find(key);
    return row == m_rows.end() ? wxString() : row->second.problem->GetLabel();
}

wxString BaremePanel::impact_text() const { return m_impact_said; }
wxString BaremePanel::status_text() const { return m_status->GetLabel(); }

} // namespace cabas::ui
