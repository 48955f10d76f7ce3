// The first-run wizard's pages: the common field machinery, welcome, épicerie, administrator
// and summary (see first_run_pages.hpp; barème, printer and backups are in first_run_choices.cpp).
#include "pos/first_run_pages.hpp"

#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "services/settings_keys.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace cabas::ui {

namespace {

constexpr int field_width = 520;
constexpr int text_width = 720;

} // namespace

WizardPage::WizardPage(wxWindow* parent) : wxPanel(parent) { SetBackgroundColour(palette().window()); }

wxStaticText* WizardPage::add_text(wxSizer* sizer, const wxString& text, int points, bool bold) {
    auto* label = new wxStaticText(this, wxID_ANY, text);
    label->SetFont(till_font(points, bold));
    label->Wrap(text_width);
    sizer->Add(label, 0, wxBOTTOM, 10);
    return label;
}

WizardField& WizardPage::add_field(wxSizer* sizer, const std::string& key, const wxString& label, long style,
                                   const wxString& hint) {
    auto* caption = new wxStaticText(this, wxID_ANY, label);
    caption->SetFont(till_font(base_points, true));
    sizer->Add(caption, 0, wxTOP, 6);
    WizardField& field = m_fields[key];
    field.text = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(field_width, target_height),
                                style | wxTE_PROCESS_ENTER);
    field.text->SetFont(till_font(large_points));
    if (!hint.empty()) field.text->SetHint(hint);
    sizer->Add(field.text, 0, wxTOP, 2);
    field.problem = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(text_width, -1));
    field.problem->SetFont(till_font(base_points, true));
    field.problem->SetForegroundColour(palette().ink(Tone::Refused));
    sizer->Add(field.problem, 0, wxTOP, 2);
    m_order.push_back(key);
    // As you go: a field is checked once left, then at every change; never before it was visited.
    field.text->Bind(wxEVT_KILL_FOCUS, [this, key](wxFocusEvent& event) {
        m_fields[key].touched = true;
        check(false);
        event.Skip();
    });
    field.text->Bind(wxEVT_TEXT, [this, key](wxCommandEvent&) {
        if (m_fields[key].touched) check(false);
    });
    field.text->Bind(wxEVT_TEXT_ENTER, [this, key](wxCommandEvent&) {
        const auto at = std::find(m_order.begin(), m_order.end(), key);
        if (at + 1 != m_order.end()) m_fields[*(at + 1)].text->SetFocus();
        else if (on_next) on_next();
    });
    return field;
}

bool WizardPage::check(bool all) {
    if (all)
        for (auto& [key, field] : m_fields) field.touched = true;
    const services::first_run::Problems found = problems();
    for (auto& [key, field] : m_fields) field.problem->SetLabel(wxString());
    wxWindow* first_bad = nullptr;
    for (const auto& problem : found) {
        const auto field = m_fields.find(problem.field);
        if (field == m_fields.end() || !field->second.touched) continue;
        field->second.problem->SetLabel(to_wx(problem.problem));
        field->second.problem->Wrap(text_width);
        if (!first_bad) first_bad = field->second.text;
    }
    Layout();
    if (all && first_bad) first_bad->SetFocus();
    return found.empty();
}

wxString WizardPage::problem_shown(const std::string& key) const { return m_fields.at(key).problem->GetLabel(); }

wxTextCtrl* WizardPage::first_field() const {
    return m_order.empty() ? nullptr : m_fields.at(m_order.front()).text;
}

void WizardPage::entered() {
    if (wxTextCtrl* field = first_field()) field->SetFocus();
}

// --- Welcome ---------------------------------------------------------------------------------

WelcomePage::WelcomePage(wxWindow* parent, std::function<void()> open_demo)
    : WizardPage(parent), m_open_demo(std::move(open_demo)) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    add_text(sizer, _("Welcome to Cabas"), total_points, true);
    add_text(sizer, _("This database is new. In six short steps you will give the grocery's name, create the "
                      "administrator's account, choose the bareme, the ticket printer and the backup folder. "
                      "Nothing is saved before the last step; Esc goes back one step at any time."),
             large_points);
    add_text(sizer, _("F12  Set up my grocery"), large_points, true);
    add_text(sizer, _("F3  Try Cabas first on a separate demonstration database (households, products and sales "
                      "made up; this database stays empty for your grocery)"),
             large_points, true);
    m_demo_outcome = add_text(sizer, wxString(), large_points, true);
    SetSizer(sizer);
}

wxString WelcomePage::title() const { return _("Welcome"); }
wxString WelcomePage::page_keys() const { return _("F3  Demonstration database"); }

bool WelcomePage::on_key(int key_code) {
    if (key_code != WXK_F3) return false;
    m_open_demo();
    return true;
}

void WelcomePage::show_demo_outcome(const wxString& text, bool ok) {
    m_demo_outcome->SetForegroundColour(palette().ink(ok ? Tone::Ok : Tone::Refused));
    m_demo_outcome->SetLabel(text);
    m_demo_outcome->Wrap(text_width);
    Layout();
}

// --- Épicerie --------------------------------------------------------------------------------

ShopPage::ShopPage(wxWindow* parent) : WizardPage(parent) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    add_text(sizer, _("The name and address printed on tickets, cards and reports."), large_points);
    add_field(sizer, services::keys::shop_name, _("Name of the grocery"), 0, to_wx("Épicerie solidaire du Château"));
    add_field(sizer, services::keys::shop_address, _("Address (one line, optional)"), 0,
              to_wx("12 rue des Lilas, 75020 Paris"));
    SetSizer(sizer);
}

wxString ShopPage::title() const { return _("The grocery"); }

void ShopPage::fill(services::first_run::Setup& setup) const {
    setup.shop.name = from_wx(m_fields.at(services::keys::shop_name).text->GetValue().Strip(wxString::both));
    setup.shop.address = from_wx(m_fields.at(services::keys::shop_address).text->GetValue().Strip(wxString::both));
}

services::first_run::Problems ShopPage::problems() const {
    services::first_run::Setup setup;
    fill(setup);
    return services::first_run::check_shop(setup.shop);
}

// --- Administrator ---------------------------------------------------------------------------

AdminPage::AdminPage(wxWindow* parent) : WizardPage(parent) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    add_text(sizer, _("The administrator creates the team's accounts and sets up the grocery. Choose a PIN only "
                      "you know: it opens every household file."),
             large_points);
    add_field(sizer, "identifiant", _("Login (lower case, e.g. claire)"));
    add_field(sizer, "nom", _("Name shown on screen"));
    add_field(sizer, "code", _("PIN (4 to 12 digits)"), wxTE_PASSWORD);
    add_field(sizer, "code_confirmation", _("PIN again"), wxTE_PASSWORD);
    SetSizer(sizer);
}

wxString AdminPage::title() const { return _("The administrator"); }

void AdminPage::fill(services::first_run::Setup& setup) const {
    setup.admin.login = from_wx(m_fields.at("identifiant").text->GetValue().Strip(wxString::both));
    setup.admin.name = from_wx(m_fields.at("nom").text->GetValue().Strip(wxString::both));
    setup.admin.pin = from_wx(m_fields.at("code").text->GetValue());
    setup.admin.pin_again = from_wx(m_fields.at("code_confirmation").text->GetValue());
}

services::first_run::Problems AdminPage::problems() const {
    services::first_run::Setup setup;
    fill(setup);
    return services::first_run::check_admin(setup.admin);
}

// --- Summary ---------------------------------------------------------------------------------

SummaryPage::SummaryPage(wxWindow* parent) : WizardPage(parent) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    add_text(sizer, _("Check, then F12 creates the grocery: everything is saved at once."), large_points, true);
    m_text = add_text(sizer, wxString(), large_points);
    SetSizer(sizer);
}

wxString SummaryPage::title() const { return _("Summary"); }

void SummaryPage::show(const services::first_run::Setup& setup, core::Date today) {
    wxString text;
    text << _("Grocery: ") << to_wx(setup.shop.name);
    if (!setup.shop.address.empty()) text << " — " << to_wx(setup.shop.address);
    text << "\n" << _("Administrator: ") << to_wx(setup.admin.name) << " (" << to_wx(setup.admin.login) << ")";
    text << "\n" << _("Bareme: ");
    if (setup.bareme.file_path.empty())
        text << wxString::Format(_("the default one, in force from 1 January %d"), today.year());
    else
        text << to_wx(setup.bareme.file_path);
    text << "\n" << _("Tickets: ");
    if (setup.printer.mode == "pdf")
        text << _("PDF files in ") << (setup.printer.pdf_dir.empty() ? _("the folder beside the database") : to_wx(setup.printer.pdf_dir));
    else if (setup.printer.mode == "escpos-device")
        text << _("thermal printer on ") << to_wx(setup.printer.device);
    else
        text << _("thermal printer through the CUPS queue ") << to_wx(setup.printer.queue);
    text << "\n" << _("Backups: ")
         << (setup.backup_folder.empty() ? _("none automatic (you can choose a folder later in Settings)")
                                         : to_wx(setup.backup_folder));
    m_text->SetLabel(text);
    m_text->Wrap(720);
    Layout();
}

wxString SummaryPage::text() const { return m_text->GetLabel(); }

} // namespace cabas::ui
