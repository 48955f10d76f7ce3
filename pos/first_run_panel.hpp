// The first-run wizard: what the till shows instead of the login on a database with no account
// (services::first_run). Six steps after a welcome — the épicerie, the administrator, the
// barème, the ticket printer, the backup folder, a summary — with F12 to go on and Échap to
// go back; each step is checked as it is typed and nothing is written before the last F12,
// which writes it all at once. The welcome page also offers a separate demonstration database
// (F3), opened in another window so that this one stays empty for the épicerie.
#pragma once

#include "pos/first_run_pages.hpp"

#include <wx/panel.h>

#include <functional>
#include <string>
#include <vector>

class wxButton;
class wxSimplebook;
class wxStaticText;

namespace cabas::storage { class Store; }
namespace cabas::services { class Clock; }

namespace cabas::ui {

class FirstRunPanel : public wxPanel {
public:
    /// `done` gets the administrator's login once everything is written; `open_demo` starts
    /// the demonstration and returns what to tell the user (ok or why not).
    FirstRunPanel(wxWindow* parent, storage::Store& store, const services::Clock& clock, std::string till_id,
                  std::function<void(const std::string&)> done, std::function<PrintOutcome()> open_demo);

    /// F12: checks the page and goes on; on the summary, creates the épicerie.
    void next();
    /// Échap: one step back (nothing is lost).
    void back();
    void show_page(std::size_t index);
    std::size_t page_index() const { return m_index; }
    std::size_t page_count() const { return m_pages.size(); }
    template <class Page>
    Page* page() const {
        for (WizardPage* p : m_pages)
            if (auto* wanted = dynamic_cast<Page*>(p)) return wanted;
        return nullptr;
    }
    wxString step_text() const;
    wxString message() const;
    wxButton* next_button() const { return m_next; }

private:
    void on_char_hook(wxKeyEvent& event);
    services::first_run::Setup gather() const;
    void create();
    void say(const wxString& text);

    storage::Store& m_store;
    const services::Clock& m_clock;
    std::string m_till_id;
    std::function<void(const std::string&)> m_done;
    std::function<PrintOutcome()> m_open_demo;
    std::vector<WizardPage*> m_pages;
    std::size_t m_index = 0;
    wxSimplebook* m_book = nullptr;
    wxStaticText* m_step = nullptr;
    wxStaticText* m_page_keys = nullptr;
    wxStaticText* m_message = nullptr;
    wxButton* m_back = nullptr;
    wxButton* m_next = nullptr;
};

} // namespace cabas::ui
