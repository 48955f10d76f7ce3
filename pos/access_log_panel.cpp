// The access log screen (see access_log_panel.hpp).

#include "pos/access_log_panel.hpp"

#include "core/error.hpp"
#include "pos/function_keys.hpp"
#include "pos/list_view.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "services/households/access_log_service.hpp"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <fstream>

namespace cabas::ui {

namespace hh = services::households;

AccessLogPanel::AccessLogPanel(wxWindow* parent, storage::Store& store, const services::Clock& clock,
                               const services::LoggedUser& user)
    : wxPanel(parent), m_service(store, clock, user, m_serials) {
    auto* outer = new wxBoxSizer(wxVERTICAL);
    if (!m_service.may(services::Capability::ReadAccessLog)) {
        auto* refused = new wxStaticText(this, wxID_ANY, _("The access log is for admins only."));
        refused->SetFont(till_font(large_points, true));
        refused->SetForegroundColour(palette().ink(Tone::Refused));
        refused->Wrap(640);
        outer->Add(refused, 0, wxALL, 24);
        SetSizer(outer);
        return;
    }
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    auto* title = new wxStaticText(this, wxID_ANY, _("Access log (newest first)"));
    title->SetFont(till_font(large_points, true));
    auto* reload = new wxButton(this, wxID_ANY, _("F5  Refresh"));
    reload->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { refresh(); });
    auto* save = new wxButton(this, wxID_ANY, _("F7  Export CSV"));
    const auto choose_csv_file = [this] {
        wxFileDialog dialog(this, _("Export the access log"), wxString(), "journal-des-acces.csv", "CSV (*.csv)|*.csv",
                            wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        if (dialog.ShowModal() == wxID_OK) export_csv(from_wx(dialog.GetPath()));
    };
    save->Bind(wxEVT_BUTTON, [choose_csv_file](wxCommandEvent&) { choose_csv_file(); });
    bind_function_keys(this, {{WXK_F5, [this] { refresh(); }}, {WXK_F7, choose_csv_file}});
    // Title above its buttons: side by side they need more than the ~720 px beside the menu.
    outer->Add(title, 0, wxALL, 8);
    bar->Add(reload, 0, wxRIGHT, 6);
    bar->Add(save);
    outer->Add(bar, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
    m_list = new ListView(this, {{_("When"), 180}, {_("User"), 120}, {_("Action"), 140}, {_("Household"), 120}, {_("Detail"), 480}});
    outer->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);
    m_message = new wxStaticText(this, wxID_ANY, wxString());
    m_message->SetFont(till_font(base_points, true));
    outer->Add(m_message, 0, wxALL, 8);
    SetSizer(outer);
    refresh();
}

void AccessLogPanel::refresh() {
    if (!m_list) return;
    guarded(
        [&] {
            storage::AccessLogFilter filter;
            filter.limit = 500;
            const auto entries = hh::access_log_entries(m_service, filter);
            m_list->clear();
            for (const auto& e : entries) {
                m_list->append_row({local_date_time(e.at), to_wx(e.user_login), to_wx(e.action), e.household_id ? wxString::Format("%lld", static_cast<long long>(*e.household_id)) : wxString("-"), to_wx(e.detail)});
            }
        },
        [&](const wxString& error) { m_message->SetLabel(error); });
}

bool AccessLogPanel::export_csv(const std::string& path) {
    const bool ok = guarded(
        [&] {
            storage::AccessLogFilter all;
            all.limit = -1;
            const std::string csv = hh::export_access_log_csv(m_service, all);
            std::ofstream out(path, std::ios::binary | std::ios::trunc);
            out << csv;
            if (!out.flush()) throw ValidationError("fichier", "impossible d'écrire " + path);
            m_message->SetLabel(wxString::Format(_("Access log exported to %s."), to_wx(path)));
            m_message->SetForegroundColour(palette().ink(Tone::Ok));
        },
        [&](const wxString& error) {
            m_message->SetLabel(error);
            m_message->SetForegroundColour(palette().ink(Tone::Refused));
        });
    if (ok) refresh();
    return ok;
}

} // namespace cabas::ui
