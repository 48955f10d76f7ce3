// The commission session screen (see commission_panel.hpp).

#include "pos/commission_panel.hpp"

#include "core/error.hpp"
#include "pos/function_keys.hpp"
#include "pos/household_choices.hpp"
#include "pos/list_view.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "reports/commission_pdf.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <fstream>

namespace cabas::ui {

namespace hh = services::households;

CommissionPanel::CommissionPanel(wxWindow* parent, storage::Store& store, const services::Clock& clock,
                                 const services::LoggedUser& user)
    : wxPanel(parent), m_service(store, clock, user, m_serials), m_commission(m_service) {
    auto* outer = new wxBoxSizer(wxVERTICAL);
    if (!m_service.may(services::Capability::Decide)) {
        auto* refused = new wxStaticText(this, wxID_ANY, _("The commission screen is for social workers and admins."));
        refused->SetFont(till_font(large_points, true));
        refused->SetForegroundColour(palette().ink(Tone::Refused));
        refused->Wrap(640);
        outer->Add(refused, 0, wxALL, 24);
        SetSizer(outer);
        return;
    }
    auto* title = new wxStaticText(this, wxID_ANY, _("Waiting for a decision (anonymised files)"));
    title->SetFont(till_font(large_points, true));
    outer->Add(title, 0, wxALL, 8);
    m_list = new ListView(this, {{_("File number"), 150}, {_("Referred on"), 115}, {_("Composition"), 230}, {_("RAV band"), 245}, {_("Project"), 190}, {_("Referrer"), 110}});
    // Wider in total than the screen's room: the list scrolls sideways, every heading stays whole.
    outer->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);

    // Two rows: at 1024 px the back office leaves about 720 px beside its menu.
    auto* fields = new wxBoxSizer(wxHORIZONTAL);
    m_decision = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, labels_of(decision_choices()));
    m_decision->SetSelection(0);
    m_reason = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(240, -1));
    m_reason->SetHint(_("Reason"));
    m_override = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(200, -1));
    m_override->SetHint(_("Reason to override the limits"));
    fields->Add(m_decision, 0, wxRIGHT | wxALIGN_CENTER_VERTICAL, 6);
    fields->Add(m_reason, 1, wxRIGHT | wxALIGN_CENTER_VERTICAL, 6);
    fields->Add(m_override, 1, wxALIGN_CENTER_VERTICAL);
    outer->Add(fields, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 8);

    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    m_card = new wxCheckBox(this, wxID_ANY, _("Issue a card"));
    m_card->SetValue(true);
    auto* record = new wxButton(this, wxID_ANY, _("F5  Record the decision"));
    record->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { record_selected(); });
    auto* pdf = new wxButton(this, wxID_ANY, _("F7  Session PDF"));
    pdf->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose_pdf_file(); });
    actions->Add(m_card, 0, wxRIGHT | wxALIGN_CENTER_VERTICAL, 12);
    actions->Add(record, 0, wxRIGHT, 6);
    actions->Add(pdf, 0);
    outer->Add(actions, 0, wxALL, 8);
    bind_function_keys(this, {{WXK_F5, [this] { record_selected(); }}, {WXK_F7, [this] { choose_pdf_file(); }}});
    m_message = new wxStaticText(this, wxID_ANY, wxString());
    m_message->SetFont(till_font(base_points, true));
    outer->Add(m_message, 0, wxALL, 8);
    SetSizer(outer);
    refresh();
}

void CommissionPanel::choose_pdf_file() {
    wxFileDialog dialog(this, _("Save the session's decisions"), wxString(), "commission.pdf", "PDF (*.pdf)|*.pdf",
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK) write_pdf(from_wx(dialog.GetPath()));
}

void CommissionPanel::refresh() {
    if (!m_list) return;
    guarded(
        [&] {
            const auto cases = m_commission.pending();
            m_list->clear();
            m_ids.clear();
            for (const auto& c : cases) {
                m_list->append_row({to_wx(c.file_number), to_wx(c.referred_on.french()), to_wx(c.composition), to_wx(c.rav_band), to_wx(c.project), to_wx(c.referrer_kind)});
                m_ids.push_back(c.household_id);
            }
            if (!cases.empty()) m_list->select_row(0);
        },
        [&](const wxString& error) { m_message->SetLabel(error); });
}

bool CommissionPanel::record_selected() {
    const int selected = m_list ? m_list->selected_row() : -1;
    if (selected < 0) {
        m_message->SetLabel(_("Select a file first."));
        m_message->SetForegroundColour(palette().ink(Tone::Refused));
        return false;
    }
    const std::string number = from_wx(m_list->cell(selected, 0));
    const bool ok = guarded(
        [&] {
            hh::DecisionRequest r;
            r.decision = decision_choices()[static_cast<std::size_t>(m_decision->GetSelection())].first;
            r.reason = from_wx(m_reason->GetValue());
            r.override_reason = from_wx(m_override->GetValue());
            r.issue_card = m_card->GetValue();
            const auto result = m_commission.record(m_ids[static_cast<std::size_t>(selected)], r);
            wxString text = wxString::Format(_("File %s: %s."), to_wx(number), to_wx(hh::decision_label(r.decision)));
            if (!result.card_number.empty()) text += " " + wxString::Format(_("Card %s issued."), to_wx(result.card_number));
            m_message->SetLabel(text);
            m_message->SetForegroundColour(palette().ink(Tone::Ok));
        },
        [&](const wxString& error) {
            m_message->SetLabel(error);
            m_message->SetForegroundColour(palette().ink(Tone::Refused));
        });
    if (ok) {
        m_reason->Clear();
        m_override->Clear();
        refresh();
    }
    return ok;
}

bool CommissionPanel::write_pdf(const std::string& path) {
    return guarded(
        [&] {
            const auto model = m_commission.session(m_service.clock().today());
            std::ofstream out(path, std::ios::binary | std::ios::trunc);
            out << reports::render_commission_pdf(model);
            if (!out.flush()) throw ValidationError("fichier", "impossible d'écrire " + path);
            m_message->SetLabel(to_wx(reports::commission_summary(model) + " → " + path));
            m_message->SetForegroundColour(palette().ink(Tone::Ok));
        },
        [&](const wxString& error) {
            m_message->SetLabel(error);
            m_message->SetForegroundColour(palette().ink(Tone::Refused));
        });
}

} // namespace cabas::ui
