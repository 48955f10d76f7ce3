// The admin's first steps (see setup_checklist_view.hpp).
#include "pos/setup_checklist_view.hpp"

#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "services/setup_checklist.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>

namespace cabas::ui {

namespace {

/// What to do and the key of the back-office screen where it is done.
wxString step_label(services::SetupStep step) {
    switch (step) {
    case services::SetupStep::TeamAccounts: return _("Create the team's accounts (F9)");
    case services::SetupStep::Households: return _("Import the households or file the first one (F3)");
    case services::SetupStep::Products: return _("Import the products (F5, then F2 Products)");
    case services::SetupStep::FirstDelivery: return _("Record the first delivery note (F5, then F3 Reception)");
    case services::SetupStep::Cards: return _("Print the households' cards (F3, a household's file)");
    }
    return {};
}

} // namespace

SetupChecklistView::SetupChecklistView(wxWindow* parent, storage::Store& store, services::LoggedUser user)
    : wxPanel(parent), m_store(store), m_user(std::move(user)) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(this, wxID_ANY, _("First steps of the grocery"));
    title->SetFont(till_font(large_points, true));
    sizer->Add(title, 0, wxBOTTOM, 4);
    for (int i = 0; i < 5; ++i) {
        auto* row = new wxStaticText(this, wxID_ANY, wxString());
        row->SetFont(till_font(base_points, true));
        sizer->Add(row, 0, wxTOP, 2);
        m_rows.push_back(row);
    }
    SetSizer(sizer);
    refresh();
}

void SetupChecklistView::refresh() {
    std::vector<services::SetupItem> items;
    if (!guarded([&] { items = services::setup_checklist(m_store, m_user); }, [](const wxString&) {})) {
        Hide();
        return;
    }
    m_complete = services::setup_complete(items);
    for (std::size_t i = 0; i < m_rows.size() && i < items.size(); ++i) {
        // Words with the colour: "Fait" reads in black and white too.
        m_rows[i]->SetLabel((items[i].done ? _("Step done") : _("Step to do")) + to_wx(" — ") + step_label(items[i].step));
        m_rows[i]->SetForegroundColour(palette().ink(items[i].done ? Tone::Ok : Tone::Neutral));
        m_rows[i]->Wrap(680);
    }
    Show(!m_complete);
    Layout();
}

wxString SetupChecklistView::text() const {
    wxString all;
    for (const wxStaticText* row : m_rows) all << row->GetLabel() << "\n";
    return all;
}

} // namespace cabas::ui
