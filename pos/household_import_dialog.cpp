// The CSV import dialog (see household_import_dialog.hpp).
#include "pos/household_import_dialog.hpp"

#include "core/error.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "services/card_service.hpp"
#include "services/import_service.hpp"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace cabas::ui {

namespace hh = services::households;

namespace {

/// The file's first lines, as a preview of what will be imported. The import already knows
/// the encoding; the preview is only for the eye, so bytes that are not UTF-8 show as '?'.
std::string preview_lines(const std::string& bytes) {
    constexpr int kLines = 25;
    std::string out;
    int lines = 0;
    for (char c : bytes) {
        if (c == '\r') continue;
        out += c;
        if (c == '\n' && ++lines == kLines) break;
    }
    if (!wxString::FromUTF8(out.data(), out.size()).empty() || out.empty()) return out;
    for (char& c : out)
        if (static_cast<unsigned char>(c) >= 0x80) c = '?';
    return out;
}

} // namespace

HouseholdImportDialog::HouseholdImportDialog(wxWindow* parent, hh::HouseholdService& service)
    : wxDialog(parent, wxID_ANY, _("Import households (CSV)"), wxDefaultPosition, wxSize(820, 520),
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_service(service) {
    auto* outer = new wxBoxSizer(wxVERTICAL);
    auto* choose = new wxButton(this, wxID_OPEN, _("Choose a CSV file..."));
    choose->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxFileDialog dialog(this, _("Households file"), wxString(), wxString(), "CSV (*.csv)|*.csv|*|*",
                            wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (dialog.ShowModal() == wxID_OK) preview(from_wx(dialog.GetPath()));
    });
    m_summary = new wxStaticText(this, wxID_ANY, _("Nothing is written before you confirm: the file is checked first."));
    m_summary->SetFont(till_font(base_points, true));
    m_report = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                              wxTE_MULTILINE | wxTE_READONLY | wxTE_DONTWRAP);
    m_import = new wxButton(this, wxID_APPLY, _("Import"));
    m_import->Disable();
    m_import->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { import(); });
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(choose, 0, wxRIGHT, 8);
    buttons->Add(m_import, 0, wxRIGHT, 8);
    buttons->Add(new wxButton(this, wxID_CANCEL, _("Close")));
    outer->Add(m_summary, 0, wxALL, 8);
    outer->Add(m_report, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);
    outer->Add(buttons, 0, wxALL, 8);
    SetSizer(outer);
}

bool HouseholdImportDialog::preview(const std::string& path) {
    m_import->Disable();
    bool ready = false;
    guarded(
        [&] {
            m_service.require(services::Capability::EditFile);
            std::ifstream in(path, std::ios::binary);
            if (!in) throw ValidationError("fichier", "impossible de lire " + path);
            std::ostringstream bytes;
            bytes << in.rdbuf();
            m_path = path;
            m_bytes = bytes.str();
            const auto name = std::filesystem::path(path).filename().string();
            const auto report = m_service.import_files(m_bytes, name, true);
            ready = report.ok() && report.rows_ready > 0;
            m_summary->SetLabel(
                report.ok()
                    ? wxString::Format(_("%d household(s) ready to import (%s). Nothing written yet."), report.rows_ready,
                                       to_wx(report.encoding))
                    : wxString::Format(_("%d error(s): nothing can be imported until the file is fixed."),
                                       static_cast<int>(report.errors.size())));
            m_summary->SetForegroundColour(palette().ink(report.ok() ? Tone::Ok : Tone::Refused));
            m_report->ChangeValue(to_wx(report.ok() ? preview_lines(m_bytes) : services::io::to_string(report.errors)));
        },
        [&](const wxString& error) {
            m_summary->SetLabel(error);
            m_summary->SetForegroundColour(palette().ink(Tone::Refused));
        });
    m_import->Enable(ready);
    Layout();
    return ready;
}

bool HouseholdImportDialog::import() {
    bool written = false;
    guarded(
        [&] {
            const auto name = std::filesystem::path(m_path).filename().string();
            const auto report = m_service.import_files(m_bytes, name, false);
            written = report.ok() && report.written > 0;
            m_summary->SetLabel(written ? wxString::Format(_("%d household(s) imported, %d card(s) issued."),
                                                           report.written, report.cards_issued)
                                        : _("Nothing was imported."));
            m_summary->SetForegroundColour(palette().ink(written ? Tone::Ok : Tone::Refused));
            if (!report.ok()) m_report->ChangeValue(to_wx(services::io::to_string(report.errors)));
            else if (!report.cross_site.empty()) m_report->ChangeValue(to_wx(services::cross_site_summary(report)));
        },
        [&](const wxString& error) {
            m_summary->SetLabel(error);
            m_summary->SetForegroundColour(palette().ink(Tone::Refused));
        });
    m_import->Disable();
    Layout();
    return written;
}

} // namespace cabas::ui
