// The access and card page (see household_access_page.hpp).
#include "pos/household_access_page.hpp"

#include "core/error.hpp"
#include "core/money.hpp"
#include "pos/household_choices.hpp"
#include "pos/cross_site_note.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "reports/card_sheet_pdf.hpp"
#include "services/settings_service.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <fstream>

namespace cabas::ui {

namespace hh = services::households;

namespace {

wxString status_line(const core::AccessStatus& s) {
    wxString out = to_wx(core::label_of(s.state));
    if (s.valid_until && (s.state == core::AccessState::Active || s.state == core::AccessState::Suspended))
        out = wxString::Format(_("%s - valid until %s"), out, to_wx(s.valid_until->french()));
    if (s.state == core::AccessState::WaitingPeriod && s.waiting_until)
        out = wxString::Format(_("%s until %s"), out, to_wx(s.waiting_until->french()));
    if (!s.suspension_reason.empty()) out += " (" + to_wx(s.suspension_reason) + ")";
    return out;
}

} // namespace

wxButton* HouseholdAccessPage::button(wxWindow* parent, wxSizer* sizer, int key, const wxString& key_name,
                                      const wxString& label, std::function<void()> on_click) {
    auto* b = new wxButton(parent, wxID_ANY, key_name + "  " + label, wxDefaultPosition, wxSize(-1, target_height));
    b->Bind(wxEVT_BUTTON, [on_click](wxCommandEvent&) { on_click(); });
    sizer->Add(b, 0, wxRIGHT | wxALIGN_CENTER_VERTICAL, 6);
    m_keys[key] = std::move(on_click);
    return b;
}

bool HouseholdAccessPage::handle_key(int key) {
    const auto found = m_keys.find(key);
    if (found == m_keys.end() || !IsEnabled()) return false;
    found->second();
    return true;
}

HouseholdAccessPage::HouseholdAccessPage(wxWindow* parent, hh::HouseholdService& service)
    : wxPanel(parent), m_service(service) {
    auto* outer = new wxBoxSizer(wxVERTICAL);
    m_status = new wxStaticText(this, wxID_ANY, wxString());
    m_status->SetFont(till_font(large_points, true));
    outer->Add(m_status, 0, wxALL, 8);
    m_periods = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxSize(-1, 80));
    outer->Add(m_periods, 0, wxEXPAND | wxLEFT | wxRIGHT, 8);

    if (m_service.may(services::Capability::Decide)) {
        // Two rows so that every field and the Record button fit at 1024 pixels wide.
        auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("Commission decision"));
        auto* w = box->GetStaticBox();
        auto* what = new wxBoxSizer(wxHORIZONTAL);
        auto* when = new wxBoxSizer(wxHORIZONTAL);
        m_decision = new wxChoice(w, wxID_ANY, wxDefaultPosition, wxDefaultSize, labels_of(decision_choices()));
        m_decision->SetSelection(0);
        m_reason = new wxTextCtrl(w, wxID_ANY, wxString(), wxDefaultPosition, wxSize(300, -1));
        m_reason->SetHint(_("Reason"));
        m_override = new wxTextCtrl(w, wxID_ANY, wxString(), wxDefaultPosition, wxSize(300, -1));
        m_override->SetHint(_("Reason to override the limits"));
        m_start = new wxTextCtrl(w, wxID_ANY, wxString(), wxDefaultPosition, wxSize(240, -1));
        m_start->SetHint(_("From (default today)"));
        m_end = new wxTextCtrl(w, wxID_ANY, wxString(), wxDefaultPosition, wxSize(240, -1));
        m_end->SetHint(_("Until (default: from the scale)"));
        m_with_card = new wxCheckBox(w, wxID_ANY, _("Issue a card"));
        m_with_card->SetValue(true);
        what->Add(m_decision, 0, wxRIGHT | wxALIGN_CENTER_VERTICAL, 6);
        what->Add(m_reason, 0, wxRIGHT | wxALIGN_CENTER_VERTICAL, 6);
        what->Add(m_override, 0, wxRIGHT | wxALIGN_CENTER_VERTICAL, 6);
        when->Add(m_start, 0, wxRIGHT | wxALIGN_CENTER_VERTICAL, 6);
        when->Add(m_end, 0, wxRIGHT | wxALIGN_CENTER_VERTICAL, 6);
        when->Add(m_with_card, 0, wxRIGHT | wxALIGN_CENTER_VERTICAL, 6);
        button(w, when, WXK_F2, "F2", _("Record"), [this] {
            decide(decision_choices()[static_cast<std::size_t>(m_decision->GetSelection())].first,
                   from_wx(m_reason->GetValue()), from_wx(m_override->GetValue()), m_with_card->GetValue(),
                   from_wx(m_start->GetValue().Strip(wxString::both)), from_wx(m_end->GetValue().Strip(wxString::both)));
        });
        box->Add(what, 0, wxBOTTOM, 4);
        box->Add(when);
        outer->Add(box, 0, wxEXPAND | wxALL, 8);
    }
    if (m_service.may(services::Capability::ManageAccess)) {
        auto* box = new wxStaticBoxSizer(wxHORIZONTAL, this, _("Access"));
        auto* w = box->GetStaticBox();
        button(w, box, WXK_F3, "F3", _("Renew"), [this] { renew(m_override ? from_wx(m_override->GetValue()) : std::string()); });
        auto* why = new wxTextCtrl(w, wxID_ANY, wxString(), wxDefaultPosition, wxSize(180, -1));
        why->SetHint(_("Reason or note"));
        box->Add(why, 0, wxRIGHT | wxALIGN_CENTER_VERTICAL, 6);
        button(w, box, WXK_F4, "F4", _("Suspend"), [this, why] { suspend(from_wx(why->GetValue())); });
        button(w, box, WXK_F5, "F5", _("Lift suspension"), [this] {
            act([this] {
                m_service.lift_suspension(m_id, m_service.clock().today());
                return _("Suspension lifted.");
            });
        });
        if (m_service.may(services::Capability::RecordExit)) {  // the commission's, not the manager's
            m_exit_reason =
                new wxChoice(w, wxID_ANY, wxDefaultPosition, wxDefaultSize, labels_of(exit_reason_choices()));
            m_exit_reason->SetSelection(0);
            box->Add(m_exit_reason, 0, wxRIGHT | wxALIGN_CENTER_VERTICAL, 6);
            button(w, box, WXK_F6, "F6", _("Exit"), [this, why] {
                exit_access(exit_reason_choices()[static_cast<std::size_t>(m_exit_reason->GetSelection())].first,
                            from_wx(why->GetValue()));
            });
        }
        outer->Add(box, 0, wxEXPAND | wxALL, 8);
    }
    if (m_service.may(services::Capability::ManageCards)) {
        auto* box = new wxStaticBoxSizer(wxHORIZONTAL, this, _("Card"));
        auto* w = box->GetStaticBox();
        m_card = new wxStaticText(w, wxID_ANY, wxString(), wxDefaultPosition, wxSize(220, -1));
        m_card->SetFont(till_font(base_points, true));
        box->Add(m_card, 0, wxRIGHT | wxALIGN_CENTER_VERTICAL, 6);
        button(w, box, WXK_F7, "F7", _("Issue"), [this] { issue_card(); });
        m_card_reason = new wxTextCtrl(w, wxID_ANY, wxString(), wxDefaultPosition, wxSize(160, -1));
        m_card_reason->SetHint(_("Lost, stolen..."));
        box->Add(m_card_reason, 0, wxRIGHT | wxALIGN_CENTER_VERTICAL, 6);
        button(w, box, WXK_F8, "F8", _("Replace"), [this] { replace_card(from_wx(m_card_reason->GetValue())); });
        button(w, box, WXK_F9, "F9", _("Revoke"), [this] { revoke_card(from_wx(m_card_reason->GetValue())); });
        button(w, box, WXK_F11, "F11", _("Print card (PDF)"), [this] {
            wxFileDialog dialog(this, _("Save the card sheet"), wxString(), "carte.pdf", "PDF (*.pdf)|*.pdf",
                                wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
            if (dialog.ShowModal() == wxID_OK) print_card(from_wx(dialog.GetPath()));
        });
        outer->Add(box, 0, wxEXPAND | wxALL, 8);
    }
    m_savings = new wxStaticText(this, wxID_ANY, wxString());
    outer->Add(m_savings, 0, wxALL, 8);
    m_message = new wxStaticText(this, wxID_ANY, wxString());
    m_message->SetFont(till_font(base_points, true));
    outer->Add(m_message, 0, wxALL, 8);
    SetSizer(outer);
}

void HouseholdAccessPage::show(std::int64_t id, const hh::HouseholdView& v) {
    m_id = id;
    Enable(id != 0);
    m_status->SetLabel(id == 0 ? _("Save the file first: access and card come after.") : status_line(v.status));
    m_status->SetForegroundColour(palette().ink(v.status.state == core::AccessState::Active ? Tone::Ok : Tone::Neutral));
    m_periods->Clear();
    for (const auto& p : v.periods) {
        wxString line = wxString::Format(_("from %s to %s"), to_wx(p.start.french()), to_wx(p.end.french()));
        if (p.renewal) line += " " + _("(renewal)");
        if (p.rule_override) line += " " + _("(rule override)");
        for (const auto& s : p.suspensions)
            line += to_wx(" — ") + (s.until ? wxString::Format(_("suspended from %s to %s: %s"), to_wx(s.from.french()),
                                                                to_wx(s.until->french()), to_wx(s.reason))
                                            : wxString::Format(_("suspended from %s: %s"), to_wx(s.from.french()),
                                                               to_wx(s.reason)));
        if (p.exit)
            line += to_wx(" — ") + wxString::Format(_("left on %s: %s"), to_wx(p.exit->on.french()),
                                                   to_wx(core::label_of(p.exit->reason)));
        m_periods->Append(line);
    }
    if (m_card) m_card->SetLabel(v.active_card.empty() ? _("No active card") : to_wx(v.active_card));
    const auto& s = v.savings;
    // "0 passage", "1 passage", "2 passages": the French plural starts at 2, the English one at 0.
    const auto visits = [](long n) {
        const wxString count = wxString::Format("%ld", n);
        if (n == 0) return _("0 visits");
        return n > 1 ? wxString::Format(_("%s visits"), count) : wxString::Format(_("%s visit"), count);
    };
    const auto euros = [](core::Money m) { return to_wx(core::format_euros(m)); };
    wxString savings = wxString::Format(_("Visits: %ld - value %s, paid %s, savings %s"), static_cast<long>(s.visits),
                                        euros(s.value), euros(s.paid), euros(s.savings));
    if (!s.project_target.is_zero()) savings += " " + wxString::Format(_("for a project of %s"), euros(s.project_target));
    savings += "\n" + wxString::Format(_("Month's credit: %s used of %s (%s this month)"), euros(s.month_used),
                                       euros(s.month_credit), visits(static_cast<long>(s.visits_this_month)));
    m_savings->SetLabel(savings);
    Layout();
}

bool HouseholdAccessPage::act(const std::function<wxString()>& action) {
    bool ok = guarded(
        [&] {
            m_alert = false;
            m_message->SetLabel(action());
            m_message->SetForegroundColour(palette().ink(m_alert ? Tone::Refused : Tone::Ok));
        },
        [&](const wxString& error) {
            m_message->SetLabel(error);
            m_message->SetForegroundColour(palette().ink(Tone::Refused));
        });
    if (GetClientSize().x > 100) m_message->Wrap(GetClientSize().x - 24);  // whole, never cut at the edge
    if (ok) {
        reload();
        if (m_changed) m_changed();
    }
    Layout();
    return ok;
}

void HouseholdAccessPage::reload() {
    guarded([&] { show(m_id, m_service.open(m_id)); }, [](const wxString&) {});
}

bool HouseholdAccessPage::decide(core::Decision decision, const std::string& reason,
                                 const std::string& override_reason, bool with_card, const std::string& start,
                                 const std::string& end) {
    return act([&] {
        hh::DecisionRequest r;
        if (!start.empty()) r.start = core::parse_date(start, "début de la période");
        if (!end.empty()) r.end = core::parse_date(end, "fin de la période");
        r.decision = decision;
        r.reason = reason;
        r.override_reason = override_reason;
        r.issue_card = with_card;
        const auto result = m_service.decide(m_id, r);
        wxString text = wxString::Format(_("Decision recorded: %s."), to_wx(hh::decision_label(decision)));
        if (!result.card_number.empty()) text += " " + wxString::Format(_("Card %s issued."), to_wx(result.card_number));
        const CrossSiteNote note = cross_site_note(m_service);
        m_alert = note.followed_elsewhere;
        return text + note.text;
    });
}

bool HouseholdAccessPage::renew(const std::string& override_reason) {
    return act([&] {
        const auto p = m_service.renew(m_id, {std::nullopt, std::nullopt, override_reason});
        wxString text =
            wxString::Format(_("Access renewed from %s to %s."), to_wx(p.start.french()), to_wx(p.end.french()));
        // The card in the household's hands still shows the old end date.
        if (m_service.may(services::Capability::ManageCards))
            text += " " + _("Print the card again so that it shows the new date.");
        const CrossSiteNote note = cross_site_note(m_service);
        m_alert = note.followed_elsewhere;
        return text + note.text;
    });
}

bool HouseholdAccessPage::suspend(const std::string& reason) {
    return act([&] {
        m_service.suspend(m_id, m_service.clock().today(), std::nullopt, reason);
        return _("Access suspended.");
    });
}

bool HouseholdAccessPage::exit_access(core::ExitReason reason, const std::string& note) {
    return act([&] {
        m_service.exit(m_id, m_service.clock().today(), reason, note);
        return _("Exit recorded.");
    });
}

bool HouseholdAccessPage::issue_card() {
    return act([&] { return wxString::Format(_("Card %s issued."), to_wx(m_service.issue_card(m_id))); });
}

bool HouseholdAccessPage::replace_card(const std::string& reason) {
    return act([&] { return wxString::Format(_("New card %s issued."), to_wx(m_service.replace_card(m_id, reason))); });
}

bool HouseholdAccessPage::revoke_card(const std::string& reason) {
    return act([&] {
        m_service.revoke_card(m_id, reason);
        return _("Card revoked.");
    });
}

bool HouseholdAccessPage::print_card(const std::string& path) {
    return act([&] {
        const std::string bytes = reports::render_card_sheet_pdf(m_service.card_sheet(m_id));
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << bytes;
        if (!out.flush()) throw ValidationError("fichier", "impossible d'écrire " + path);
        return wxString::Format(_("Card printed to %s."), to_wx(path));
    });
}

} // namespace cabas::ui
