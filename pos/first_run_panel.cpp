// The first-run wizard (see first_run_panel.hpp).
#include "pos/first_run_panel.hpp"

#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "services/clock.hpp"

#include <wx/button.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace cabas::ui {

FirstRunPanel::FirstRunPanel(wxWindow* parent, storage::Store& store, const services::Clock& clock, std::string till_id,
                             std::function<void(const std::string&)> done, std::function<PrintOutcome()> open_demo)
    : wxPanel(parent), m_store(store), m_clock(clock), m_till_id(std::move(till_id)), m_done(std::move(done)),
      m_open_demo(std::move(open_demo)) {
    use_font(this, base_points);
    SetBackgroundColour(palette().window());
    auto* outer = new wxBoxSizer(wxVERTICAL);

    auto* header = new wxPanel(this);
    header->SetBackgroundColour(palette().background(Tone::Header));
    auto* header_sizer = new wxBoxSizer(wxHORIZONTAL);
    auto* name = new wxStaticText(header, wxID_ANY, _("Cabas: first start"));
    name->SetFont(till_font(large_points, true));
    name->SetForegroundColour(palette().text_on(Tone::Header));
    m_step = new wxStaticText(header, wxID_ANY, wxString());
    m_step->SetFont(till_font(large_points, true));
    m_step->SetForegroundColour(palette().text_on(Tone::Header));
    header_sizer->Add(name, 0, wxALL | wxALIGN_CENTER_VERTICAL, 10);
    header_sizer->AddStretchSpacer(1);
    header_sizer->Add(m_step, 0, wxALL | wxALIGN_CENTER_VERTICAL, 10);
    header->SetSizer(header_sizer);
    outer->Add(header, 0, wxEXPAND);

    m_book = new wxSimplebook(this);
    m_book->SetBackgroundColour(palette().window());
    auto* welcome = new WelcomePage(m_book, [this] {
        const PrintOutcome outcome = m_open_demo();
        page<WelcomePage>()->show_demo_outcome(to_wx(outcome.message), outcome.ok);
    });
    const core::Date today = m_clock.today();
    m_pages = {welcome,
               new ShopPage(m_book),
               new AdminPage(m_book),
               new BaremePage(m_book, today),
               new PrinterPage(m_book,
                               [this](const services::first_run::Setup& setup) {
                                   const services::first_run::Setup all = gather();
                                   const reports::ReceiptModel ticket = reports::test_ticket(
                                       all.shop.name.empty() ? std::string("Cabas") : all.shop.name, all.shop.address,
                                       m_till_id, from_wx(local_date_time(m_clock.now_utc())));
                                   return print_test_ticket(services::first_run::printer_settings(setup.printer), ticket);
                               }),
               new BackupPage(m_book),
               new SummaryPage(m_book)};
    for (WizardPage* page : m_pages) {
        m_book->AddPage(page, page->title());
        page->on_next = [this] { CallAfter([this] { next(); }); };
    }
    outer->Add(m_book, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 24);

    m_page_keys = new wxStaticText(this, wxID_ANY, wxString());
    m_page_keys->SetFont(till_font(base_points, true));
    outer->Add(m_page_keys, 0, wxLEFT | wxRIGHT, 24);
    m_message = new wxStaticText(this, wxID_ANY, wxString());
    m_message->SetFont(till_font(base_points, true));
    m_message->SetForegroundColour(palette().ink(Tone::Refused));
    outer->Add(m_message, 0, wxLEFT | wxRIGHT | wxTOP, 24);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    m_back = new wxButton(this, wxID_BACKWARD, _("Esc  Back"), wxDefaultPosition, wxSize(240, 56));
    m_next = new wxButton(this, wxID_FORWARD, _("F12  Next"), wxDefaultPosition, wxSize(320, 56));
    m_back->SetFont(till_font(large_points, true));
    m_next->SetFont(till_font(large_points, true));
    buttons->Add(m_back, 0, wxRIGHT, 16);
    buttons->AddStretchSpacer(1);
    buttons->Add(m_next, 0);
    outer->Add(buttons, 0, wxEXPAND | wxALL, 24);
    SetSizer(outer);

    m_back->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { back(); });
    m_next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { next(); });
    Bind(wxEVT_CHAR_HOOK, &FirstRunPanel::on_char_hook, this);
    show_page(0);
}

void FirstRunPanel::on_char_hook(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    if (event.HasAnyModifiers()) event.Skip();
    else if (key == WXK_F12) next();
    else if (key == WXK_ESCAPE) back();
    else if (m_pages[m_index]->on_key(key)) say(wxString());  // the page's own choice answers the last refusal
    else event.Skip();
}

void FirstRunPanel::show_page(std::size_t index) {
    m_index = index;
    m_book->ChangeSelection(index);
    if (index > 0)
        m_step->SetLabel(wxString::Format(_("Step %zu of %zu: %s"), index, m_pages.size() - 1, m_pages[index]->title()));
    else
        m_step->SetLabel(m_pages[index]->title());
    m_page_keys->SetLabel(m_pages[index]->page_keys());
    m_back->Enable(index > 0);
    m_next->SetLabel(index + 1 == m_pages.size() ? _("F12  Create the grocery") : _("F12  Next"));
    say(wxString());
    if (auto* summary = dynamic_cast<SummaryPage*>(m_pages[index])) summary->show(gather(), m_clock.today());
    Layout();
    m_pages[index]->entered();
}

void FirstRunPanel::next() {
    if (m_index + 1 == m_pages.size()) {
        create();
        return;
    }
    if (!m_pages[m_index]->check(true)) {
        say(_("Please correct the field shown in red."));
        return;
    }
    show_page(m_index + 1);
}

void FirstRunPanel::back() {
    if (m_index > 0) show_page(m_index - 1);
}

services::first_run::Setup FirstRunPanel::gather() const {
    services::first_run::Setup setup;
    for (const WizardPage* page : m_pages) page->fill(setup);
    return setup;
}

void FirstRunPanel::create() {
    const services::first_run::Setup setup = gather();
    // Each page is checked again: a backup disk unplugged since its step is caught here.
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        if (!m_pages[i]->check(true)) {
            show_page(i);
            m_pages[i]->check(true);
            say(_("Please correct the field shown in red."));
            return;
        }
    if (guarded([&] { services::first_run::apply(m_store, setup, m_clock.today()); },
                [this](const wxString& text) { say(text); }))
        m_done(setup.admin.login);
}

void FirstRunPanel::say(const wxString& text) {
    m_message->SetLabel(text);
    m_message->Wrap(900);
    Layout();
}

wxString FirstRunPanel::step_text() const { return m_step->GetLabel(); }
wxString FirstRunPanel::message() const { return m_message->GetLabel(); }

} // namespace cabas::ui
