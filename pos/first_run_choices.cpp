// The first-run wizard's choice pages: barème, ticket printer, backup folder (see
// first_run_pages.hpp).
#include "pos/first_run_pages.hpp"

#include "pos/receipt_printing.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "services/io/print_queues.hpp"
#include "services/bareme_summary.hpp"
#include "services/settings_keys.hpp"

#include <wx/choice.h>
#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <fstream>
#include <sstream>

namespace cabas::ui {

namespace {

constexpr std::size_t max_bareme_bytes = 1 << 20;  // a barème is a few kB; a bigger file is not one

wxRadioButton* add_choice(wxWindow* parent, wxSizer* sizer, const wxString& label, bool first) {
    auto* button = new wxRadioButton(parent, wxID_ANY, label, wxDefaultPosition, wxSize(-1, 44), first ? wxRB_GROUP : 0);
    button->SetFont(till_font(large_points, true));
    sizer->Add(button, 0, wxBOTTOM, 4);
    return button;
}

} // namespace

// --- Barème ----------------------------------------------------------------------------------

BaremePage::BaremePage(wxWindow* parent, core::Date today) : WizardPage(parent), m_today(today) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    add_text(sizer, _("The bareme holds the rules: who is eligible, what households pay, their monthly credit. "
                      "The manager can change it later from the back office."),
             base_points);
    m_default = add_choice(this, sizer, _("F3  The default bareme"), true);
    m_file = add_choice(this, sizer, _("F4  A bareme file from the CCAS (.json)..."), false);
    m_summary = new wxStaticText(this, wxID_ANY, wxString());
    m_summary->SetFont(till_font(base_points));
    sizer->Add(m_summary, 0, wxTOP, 8);
    SetSizer(sizer);
    m_default->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { choose_default(); });
    m_file->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { on_key(WXK_F4); });
    show_summary();
}

wxString BaremePage::title() const { return _("The bareme"); }
wxString BaremePage::page_keys() const { return _("F3  Default   F4  File..."); }

bool BaremePage::on_key(int key_code) {
    if (key_code == WXK_F3) {
        choose_default();
        return true;
    }
    if (key_code != WXK_F4) return false;
    wxFileDialog dialog(this, _("Bareme file"), wxString(), wxString(), _("Bareme (*.json)|*.json|All files|*"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK) choose_file(from_wx(dialog.GetPath()));
    else if (m_step.file_path.empty()) m_default->SetValue(true);
    return true;
}

void BaremePage::choose_default() {
    m_step = {};
    m_default->SetValue(true);
    show_summary();
}

void BaremePage::choose_file(const std::string& path) {
    m_step.file_path = path;
    m_step.document.clear();
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    // An unreadable or huge file becomes a document the parser refuses with the file's name.
    m_step.document = in ? bytes.str().substr(0, max_bareme_bytes + 1) : std::string();
    if (m_step.document.size() > max_bareme_bytes) m_step.document = "(fichier trop gros pour un barème)";
    m_file->SetValue(true);
    show_summary();
}

void BaremePage::show_summary() {
    const auto found = problems();
    wxString text;
    if (!found.empty()) {
        m_summary->SetForegroundColour(palette().ink(Tone::Refused));
        text = to_wx(found.front().problem);
    } else {
        m_summary->SetForegroundColour(palette().ink(Tone::Neutral));
        if (!m_step.file_path.empty()) text << to_wx(m_step.file_path) << "\n";
        for (const std::string& line : services::describe_bareme(services::first_run::chosen_bareme(m_step, m_today)))
            text << to_wx("•  " + line) << "\n";
    }
    m_summary->SetLabel(text);
    m_summary->Wrap(730);
    Layout();
}

wxString BaremePage::summary_text() const { return m_summary->GetLabel(); }

void BaremePage::fill(services::first_run::Setup& setup) const { setup.bareme = m_step; }

services::first_run::Problems BaremePage::problems() const { return services::first_run::check_bareme(m_step); }

// --- Printer ---------------------------------------------------------------------------------

PrinterPage::PrinterPage(wxWindow* parent, std::function<PrintOutcome(const services::first_run::Setup&)> print_test)
    : WizardPage(parent), m_print_test(std::move(print_test)) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_pdf = add_choice(this, sizer, _("F3  No printer yet: tickets as PDF files"), true);
    m_device = add_choice(this, sizer, _("F4  Thermal printer plugged into this computer"), false);
    m_cups = add_choice(this, sizer, _("F5  Thermal printer through CUPS"), false);
    const std::string folder = default_tickets_folder();
    add_field(sizer, services::keys::printer_pdf_dir, _("Folder of the PDF tickets (empty: the default)"), 0,
              to_wx(folder.empty() ? std::string("/home/…/tickets") : folder));
    add_field(sizer, services::keys::printer_device, _("Printer device"), 0, "/dev/usb/lp0");
    auto* queue_caption = new wxStaticText(this, wxID_ANY, _("CUPS queue"));
    queue_caption->SetFont(till_font(base_points, true));
    sizer->Add(queue_caption, 0, wxTOP, 6);
    m_queue = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxSize(520, target_height));
    m_queue->SetFont(till_font(large_points));
    const services::io::PrintQueues queues = services::io::cups_queues();
    for (const std::string& name : queues.names) m_queue->Append(to_wx(name));
    if (!queues.names.empty()) m_queue->SetSelection(0);
    sizer->Add(m_queue, 0, wxTOP, 2);
    m_queue_problem = new wxStaticText(this, wxID_ANY,
                                       queues.names.empty() ? (queues.problem.empty() ? _("CUPS knows no printer on this computer.")
                                                                                      : to_wx(queues.problem))
                                                            : wxString());
    m_queue_problem->SetFont(till_font(base_points, true));
    m_queue_problem->SetForegroundColour(palette().ink(Tone::Refused));
    sizer->Add(m_queue_problem, 0, wxTOP, 2);
    m_test_outcome = new wxStaticText(this, wxID_ANY, wxString());
    m_test_outcome->SetFont(till_font(base_points, true));
    sizer->Add(m_test_outcome, 0, wxTOP, 10);
    SetSizer(sizer);
    m_pdf->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { choose_mode("pdf"); });
    m_device->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { choose_mode("escpos-device"); });
    m_cups->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { choose_mode("escpos-cups"); });
    m_fields[services::keys::printer_device].text->ChangeValue("/dev/usb/lp0");
    show_mode();
}

wxString PrinterPage::title() const { return _("The ticket printer"); }
wxString PrinterPage::page_keys() const { return _("F3 PDF   F4 Plugged in   F5 CUPS   F6 Test ticket"); }

bool PrinterPage::on_key(int key_code) {
    switch (key_code) {
    case WXK_F3: choose_mode("pdf"); return true;
    case WXK_F4: choose_mode("escpos-device"); return true;
    case WXK_F5: choose_mode("escpos-cups"); return true;
    case WXK_F6: print_test(); return true;
    default: return false;
    }
}

void PrinterPage::choose_mode(const std::string& mode) {
    m_mode = mode;
    show_mode();
}

void PrinterPage::show_mode() {
    m_pdf->SetValue(m_mode == "pdf");
    m_device->SetValue(m_mode == "escpos-device");
    m_cups->SetValue(m_mode == "escpos-cups");
    m_fields[services::keys::printer_pdf_dir].text->Enable(m_mode == "pdf");
    m_fields[services::keys::printer_device].text->Enable(m_mode == "escpos-device");
    m_queue->Enable(m_mode == "escpos-cups");
    m_test_outcome->SetLabel(wxString());
    check(false);
    if (m_mode == "pdf") m_fields[services::keys::printer_pdf_dir].text->SetFocus();
    else if (m_mode == "escpos-device") m_fields[services::keys::printer_device].text->SetFocus();
    else m_queue->SetFocus();
}

void PrinterPage::fill(services::first_run::Setup& setup) const {
    setup.printer.mode = m_mode;
    setup.printer.pdf_dir = from_wx(m_fields.at(services::keys::printer_pdf_dir).text->GetValue().Strip(wxString::both));
    setup.printer.device = from_wx(m_fields.at(services::keys::printer_device).text->GetValue().Strip(wxString::both));
    setup.printer.queue = m_queue->GetSelection() == wxNOT_FOUND ? std::string() : from_wx(m_queue->GetStringSelection());
}

services::first_run::Problems PrinterPage::problems() const {
    services::first_run::Setup setup;
    fill(setup);
    return services::first_run::check_printer(setup.printer);
}

wxString PrinterPage::print_test() {
    services::first_run::Setup setup;
    fill(setup);
    PrintOutcome outcome;
    if (check(true)) outcome = m_print_test(setup);
    else outcome.message = problems().front().problem;
    m_test_outcome->SetForegroundColour(palette().ink(outcome.ok ? Tone::Ok : Tone::Refused));
    m_test_outcome->SetLabel(to_wx(outcome.message));
    m_test_outcome->Wrap(730);
    Layout();
    return to_wx(outcome.message);
}

// --- Backups ---------------------------------------------------------------------------------

BackupPage::BackupPage(wxWindow* parent) : WizardPage(parent) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    add_text(sizer, _("Cabas copies the database by itself at each till closing and once a day, and keeps the last "
                      "7 days, 4 weeks and 12 months. Choose a folder on an external disk or a USB key that stays "
                      "plugged in: a copy on the same disk is lost with it."),
             large_points);
    add_field(sizer, services::keys::backup_folder, _("Backup folder (F4 to choose; empty: no automatic backup)"), 0,
              "/media/…/sauvegardes-cabas");
    SetSizer(sizer);
}

wxString BackupPage::title() const { return _("Backups"); }
wxString BackupPage::page_keys() const { return _("F4  Choose the folder..."); }

bool BackupPage::on_key(int key_code) {
    if (key_code != WXK_F4) return false;
    wxDirDialog dialog(this, _("Backup folder"), "/media", wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK) {
        WizardField& field = m_fields[services::keys::backup_folder];
        field.text->ChangeValue(dialog.GetPath());
        field.touched = true;
        check(false);
    }
    return true;
}

void BackupPage::fill(services::first_run::Setup& setup) const {
    setup.backup_folder = from_wx(m_fields.at(services::keys::backup_folder).text->GetValue().Strip(wxString::both));
}

services::first_run::Problems BackupPage::problems() const {
    services::first_run::Setup setup;
    fill(setup);
    return services::first_run::check_backup_folder(setup.backup_folder);
}

} // namespace cabas::ui
