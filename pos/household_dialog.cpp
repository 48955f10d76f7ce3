// The household file dialog (see household_dialog.hpp).
#include "pos/household_dialog.hpp"
#include "pos/screen_fit.hpp"

#include "core/money.hpp"
#include "pos/cross_site_note.hpp"
#include "pos/household_access_page.hpp"
#include "pos/household_form.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "reports/report_pdf.hpp"
#include "services/reports/household_data_document.hpp"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/listbox.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace cabas::ui {

namespace hh = services::households;

HouseholdDialog::HouseholdDialog(wxWindow* parent, hh::HouseholdService& service, std::int64_t household_id)
    : wxDialog(parent, wxID_ANY, _("Household file"), wxDefaultPosition, wxSize(1000, 700),
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_service(service), m_id(household_id) {
    auto* outer = new wxBoxSizer(wxVERTICAL);
    // The window manager's title bar is not always there (kiosk sessions): the file says whose it is.
    m_header = new wxStaticText(this, wxID_ANY, wxString());
    m_header->SetFont(till_font(large_points, true));
    outer->Add(m_header, 0, wxLEFT | wxRIGHT | wxTOP, 10);
    m_book = new wxNotebook(this, wxID_ANY);
    const bool social = m_service.may(services::Capability::SeeSocialFile);
    if (social)
        m_form = std::make_unique<HouseholdForm>(m_book, m_service, [this](bool ok) {
            if (m_save) m_save->Enable(ok);
        });
    m_access = new HouseholdAccessPage(m_book, m_service);
    m_book->AddPage(m_access, _("Access and card"), !social);
    m_access->on_changed([this] {
        if (m_changed) m_changed();
    });
    if (social) {
        m_visits = new wxListBox(m_book, wxID_ANY);
        m_book->AddPage(m_visits, _("Visits"));
    }
    outer->Add(m_book, 1, wxEXPAND | wxALL, 6);

    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    m_message = new wxStaticText(this, wxID_ANY, wxString());
    m_message->SetFont(till_font(base_points, true));
    bottom->Add(m_message, 1, wxALIGN_CENTER_VERTICAL);
    if (social && m_id != 0) {
        // The household's right of access: everything held about it, on paper or by mail.
        auto* data = new wxButton(this, wxID_ANY, _("Its data (PDF)"), wxDefaultPosition, wxSize(-1, target_height));
        data->SetToolTip(_("Everything the grocery holds about this household, to hand to it"));
        data->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
            wxFileDialog dialog(this, _("Save the household's data"), wxString(), "donnees-foyer.pdf",
                                "PDF (*.pdf)|*.pdf", wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
            if (dialog.ShowModal() == wxID_OK) export_data(from_wx(dialog.GetPath()));
        });
        bottom->Add(data, 0, wxLEFT, 8);
    }
    if (social) {
        m_save = new wxButton(this, wxID_SAVE, "F12  " + _("Save"), wxDefaultPosition, wxSize(-1, target_height));
        m_save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
        bottom->Add(m_save, 0, wxLEFT, 8);
    }
    bottom->Add(new wxButton(this, wxID_CLOSE, _("Esc") + "  " + _("Close"), wxDefaultPosition, wxSize(-1, target_height)),
                0, wxLEFT, 8);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); }, wxID_CLOSE);
    SetEscapeId(wxID_CLOSE);
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (!event.HasAnyModifiers() && handle_key(event.GetKeyCode())) return;
        event.Skip();
    });
    outer->Add(bottom, 0, wxEXPAND | wxALL, 8);
    SetSizer(outer);
    refresh_view();
}

HouseholdDialog::~HouseholdDialog() = default;

wxString HouseholdDialog::header_text() const { return m_header->GetLabel(); }

bool HouseholdDialog::handle_key(int key) {
    if (key == WXK_F12 && m_save) {
        if (m_save->IsEnabled()) save();
        return true;
    }
    // The access page's keys work from any page: they act on the file, whichever page shows.
    return m_access->handle_key(key);
}

void HouseholdDialog::refresh_view() {
    guarded(
        [&] {
            if (m_id == 0) {
                core::HouseholdFile empty;
                empty.referral.on = m_service.clock().today();  // most files are typed in on the day
                if (m_form) m_form->load(empty);
                m_access->show(0, {});
                SetTitle(_("New household file"));
                m_header->SetLabel(_("New household file"));
                return;
            }
            const auto view = m_service.open(m_id);
            SetTitle(wxString::Format(_("Household file %s - %s"), to_wx(view.file_number), to_wx(view.display_name)));
            m_header->SetLabelText(wxString::Format(_("Household file %s - %s"), to_wx(view.file_number),
                                                    to_wx(view.display_name)));
            if (m_form && view.file) m_form->load(*view.file);
            m_access->show(m_id, view);
            if (m_visits) {
                m_visits->Clear();
                for (const auto& v : m_service.visits(m_id))
                    m_visits->Append(local_date_time(v.sold_at) + "   " +
                                     to_wx(std::to_string(v.lines) + " lignes, valeur " + core::format_euros(v.value) +
                                           ", payé " + core::format_euros(v.paid)));
            }
        },
        [&](const wxString& error) {
            m_message->SetLabel(error);
            m_message->SetForegroundColour(palette().ink(Tone::Refused));
        });
}

bool HouseholdDialog::export_data(const std::string& path) {
    const bool ok = guarded(
        [&] {
            const auto data = m_service.export_data(m_id);
            reports::render_report_pdf(services::household_data_document(data), path);
            m_message->SetLabel(wxString::Format(_("The household's data is in %s."), to_wx(path)));
            m_message->SetForegroundColour(palette().ink(Tone::Ok));
        },
        [&](const wxString& error) {
            m_message->SetLabel(error);
            m_message->SetForegroundColour(palette().ink(Tone::Refused));
        });
    Layout();
    return ok;
}

bool HouseholdDialog::save() {
    if (!m_form) return false;
    m_form->check_all();
    if (!m_form->problems().empty()) {
        m_message->SetLabel(_("Some fields are not valid: see the reasons beside them."));
        m_message->SetForegroundColour(palette().ink(Tone::Refused));
        return false;
    }
    const bool ok = guarded(
        [&] {
            auto file = m_form->file();
            if (m_id == 0) {
                m_id = m_service.create(file);
            } else {
                file.id = m_id;
                m_service.update(file);
            }
            const CrossSiteNote note = cross_site_note(m_service);
            m_message->SetLabel(_("File saved.") + note.text);
            m_message->SetForegroundColour(palette().ink(note.followed_elsewhere ? Tone::Refused : Tone::Ok));
            // The note's lines are long: wrapped in the room beside the buttons, never cut.
            if (!note.text.empty()) {
                Layout();  // first the label's final width beside the buttons, then its lines
                if (m_message->GetSize().x > 100) wrap_to_width(m_message, m_message->GetSize().x);
                Layout();
            }
        },
        [&](const wxString& error) {
            m_message->SetLabel(error);
            m_message->SetForegroundColour(palette().ink(Tone::Refused));
        });
    if (ok) {
        refresh_view();
        if (m_changed) m_changed();
    }
    Layout();
    return ok;
}

} // namespace cabas::ui
