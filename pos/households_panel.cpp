// The household list (see households_panel.hpp).

#include "pos/households_panel.hpp"

#include "pos/function_keys.hpp"
#include "pos/household_dialog.hpp"
#include "pos/household_import_dialog.hpp"
#include "pos/list_view.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

namespace hh = services::households;

namespace {

const std::vector<hh::AccessFilter> kFilters{hh::AccessFilter::All,           hh::AccessFilter::Active,
                                             hh::AccessFilter::ExpiringWithin, hh::AccessFilter::Expired,
                                             hh::AccessFilter::WaitingPeriod,  hh::AccessFilter::Suspended,
                                             hh::AccessFilter::Pending};

wxString status_text(const core::AccessStatus& s) {
    if (s.state == core::AccessState::WaitingPeriod && s.waiting_until)
        return wxString::Format(_("Waiting period until %s"), to_wx(s.waiting_until->french()));
    wxString out = to_wx(core::label_of(s.state));
    if (s.valid_until && s.state != core::AccessState::NoAccess) out += " (" + to_wx(s.valid_until->french()) + ")";
    return out;
}

} // namespace

HouseholdsPanel::HouseholdsPanel(wxWindow* parent, storage::Store& store, const services::Clock& clock,
                                 const services::LoggedUser& user)
    : wxPanel(parent), m_service(store, clock, user, m_serials) {
    // The duplicate check with the other épiceries of the CCAS, attached with the database.
    m_service.use_cross_site_check(services::households::attached_cross_site());
    auto* outer = new wxBoxSizer(wxVERTICAL);
    if (!m_service.may(services::Capability::ListHouseholds)) {
        auto* refused = new wxStaticText(this, wxID_ANY,
                                         _("Household files are not open to volunteers: ask a manager or a social worker."));
        refused->SetFont(till_font(large_points, true));
        refused->SetForegroundColour(palette().ink(Tone::Refused));
        refused->Wrap(640);
        outer->Add(refused, 0, wxALL, 24);
        SetSizer(outer);
        return;
    }
    // Three short rows rather than one long one: at 1024 px the back office leaves about 720 px
    // beside its menu. Search and open above the list, the filter under them, the file actions
    // below the list beside the count.
    auto* search_row = new wxBoxSizer(wxHORIZONTAL);
    m_search = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(260, target_height), wxTE_PROCESS_ENTER);
    m_search->SetHint(_("File number, name or card number"));
    auto* open = new wxButton(this, wxID_OPEN, _("Enter  Open"));
    open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { open_selected(); });
    search_row->Add(new wxStaticText(this, wxID_ANY, _("Search")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    search_row->Add(m_search, 1, wxRIGHT, 12);
    search_row->Add(open, 0);
    outer->Add(search_row, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 8);

    auto* filter_row = new wxBoxSizer(wxHORIZONTAL);
    wxArrayString filters;
    for (auto f : kFilters) filters.Add(to_wx(hh::label_of(f)));
    m_filter = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, filters);
    m_filter->SetSelection(0);
    m_days = new wxSpinCtrl(this, wxID_ANY, "30", wxDefaultPosition, wxSize(130, -1), wxSP_ARROW_KEYS, 1, 365, 30);
    filter_row->Add(m_filter, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 12);
    filter_row->Add(new wxStaticText(this, wxID_ANY, _("within (days)")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    filter_row->Add(m_days, 0, wxALIGN_CENTER_VERTICAL);
    outer->Add(filter_row, 0, wxALL, 8);

    m_list = new ListView(this, {{_("File number"), 140}, {_("Name shown"), 160}, {_("Access"), 300}, {_("Card"), 160}, {_("Commission"), 140}});
    outer->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);

    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    m_count = new wxStaticText(this, wxID_ANY, wxString());
    bottom->Add(m_count, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 12);
    if (m_service.may(services::Capability::EditFile)) {
        auto* add = new wxButton(this, wxID_NEW, _("F2  New household"));
        add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { new_household(); });
        auto* import = new wxButton(this, wxID_ANY, _("F3  Import CSV"));
        import->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { import_csv(); });
        bottom->Add(add, 0, wxRIGHT, 6);
        bottom->Add(import, 0);
        bind_function_keys(this, {{WXK_F2, [this] { new_household(); }}, {WXK_F3, [this] { import_csv(); }}});
    }
    outer->Add(bottom, 0, wxEXPAND | wxALL, 8);
    SetSizer(outer);

    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { refresh(); });
    m_search->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { open_selected(); });
    m_filter->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { refresh(); });
    m_days->Bind(wxEVT_SPINCTRL, [this](wxCommandEvent&) { refresh(); });
    m_list->on_activate([this](int) { open_selected(); });
    refresh();
}

void HouseholdsPanel::refresh() {
    if (!m_list) return;
    guarded(
        [&] {
            hh::HouseholdQuery q;
            q.text = from_wx(m_search->GetValue().Strip(wxString::both));
            q.filter = kFilters[static_cast<std::size_t>(m_filter->GetSelection())];
            q.expiring_within_days = m_days->GetValue();
            const auto rows = m_service.list(q);
            m_list->clear();
            m_ids.clear();
            for (const auto& r : rows) {
                m_list->append_row({to_wx(r.file_number), to_wx(r.display_name), status_text(r.status), r.card_number.empty() ? _("no card") : to_wx(r.card_number), r.pending ? _("pending") : wxString()});
                m_ids.push_back(r.id);
            }
            if (!rows.empty()) m_list->select_row(0);
            m_count->SetLabel(rows.empty() ? _("No household")
                                            : wxString::Format(wxPLURAL("%d household", "%d households", rows.size()),
                                                               static_cast<int>(rows.size())));
        },
        [&](const wxString& error) { m_count->SetLabel(error); });
}

void HouseholdsPanel::open_selected() {
    const int selected = m_list ? m_list->selected_row() : -1;
    if (selected < 0 || static_cast<std::size_t>(selected) >= m_ids.size()) return;
    HouseholdDialog dialog(this, m_service, m_ids[static_cast<std::size_t>(selected)]);
    dialog.on_changed([this] { refresh(); });
    dialog.ShowModal();
    refresh();
}

void HouseholdsPanel::new_household() {
    HouseholdDialog dialog(this, m_service, 0);
    dialog.ShowModal();
    refresh();
}

void HouseholdsPanel::import_csv() {
    HouseholdImportDialog dialog(this, m_service);
    dialog.ShowModal();
    refresh();
}

} // namespace cabas::ui
