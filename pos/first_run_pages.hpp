// The pages of the first-run wizard (first_run_panel.hpp drives them). Each page shows its
// fields' problems beside them as they are typed, says which keys it answers, and fills its
// part of the set-up; none of them writes anything.
#pragma once

#include "pos/receipt_printing.hpp"
#include "services/first_run.hpp"

#include <wx/panel.h>

#include <functional>
#include <map>
#include <string>

class wxRadioButton;
class wxStaticText;
class wxTextCtrl;
class wxChoice;
class wxSizer;

namespace cabas::ui {

/// A labelled field with its problem line under it.
struct WizardField {
    wxTextCtrl* text = nullptr;
    wxStaticText* problem = nullptr;
    bool touched = false;
};

class WizardPage : public wxPanel {
public:
    explicit WizardPage(wxWindow* parent);
    virtual wxString title() const = 0;
    /// The keys of the page itself ("F3 …  F4 …"), shown above the navigation buttons.
    virtual wxString page_keys() const { return wxString(); }
    virtual bool on_key(int /*key_code*/) { return false; }
    virtual void fill(services::first_run::Setup&) const = 0;
    virtual services::first_run::Problems problems() const { return {}; }
    /// Shows the problems at their fields (every field when `all`, else the touched ones);
    /// returns true when the page may be left, else focuses the first bad field.
    bool check(bool all);
    virtual void entered();
    /// Enter in the page's last field asks for the next page.
    std::function<void()> on_next;
    /// The field of `key` ("identifiant", "shop.name"…) and what its problem line says.
    wxTextCtrl* field(const std::string& key) const { return m_fields.at(key).text; }
    wxString problem_shown(const std::string& key) const;

protected:
    WizardField& add_field(wxSizer* sizer, const std::string& key, const wxString& label, long style = 0,
                           const wxString& hint = wxString());
    wxStaticText* add_text(wxSizer* sizer, const wxString& text, int points, bool bold = false);
    wxTextCtrl* first_field() const;
    std::map<std::string, WizardField> m_fields;
    std::vector<std::string> m_order;  ///< field keys in screen order
};

class WelcomePage : public WizardPage {
public:
    WelcomePage(wxWindow* parent, std::function<void()> open_demo);
    wxString title() const override;
    wxString page_keys() const override;
    bool on_key(int key_code) override;
    void fill(services::first_run::Setup&) const override {}
    void show_demo_outcome(const wxString& text, bool ok);

private:
    std::function<void()> m_open_demo;
    wxStaticText* m_demo_outcome = nullptr;
};

class ShopPage : public WizardPage {
public:
    explicit ShopPage(wxWindow* parent);
    wxString title() const override;
    void fill(services::first_run::Setup&) const override;
    services::first_run::Problems problems() const override;
};

class AdminPage : public WizardPage {
public:
    explicit AdminPage(wxWindow* parent);
    wxString title() const override;
    void fill(services::first_run::Setup&) const override;
    services::first_run::Problems problems() const override;
};

class BaremePage : public WizardPage {
public:
    BaremePage(wxWindow* parent, core::Date today);
    wxString title() const override;
    wxString page_keys() const override;
    bool on_key(int key_code) override;
    void fill(services::first_run::Setup&) const override;
    services::first_run::Problems problems() const override;
    /// F4's file, without the file dialog (tests).
    void choose_file(const std::string& path);
    void choose_default();
    wxString summary_text() const;

private:
    void show_summary();
    core::Date m_today;
    services::first_run::BaremeStep m_step;
    wxRadioButton* m_default = nullptr;
    wxRadioButton* m_file = nullptr;
    wxStaticText* m_summary = nullptr;
};

class PrinterPage : public WizardPage {
public:
    PrinterPage(wxWindow* parent, std::function<PrintOutcome(const services::first_run::Setup&)> print_test);
    wxString title() const override;
    wxString page_keys() const override;
    bool on_key(int key_code) override;
    void fill(services::first_run::Setup&) const override;
    services::first_run::Problems problems() const override;
    void choose_mode(const std::string& mode);
    /// F6: prints the test ticket with what the page holds; returns what happened.
    wxString print_test();
    wxChoice* queue_choice() const { return m_queue; }

private:
    void show_mode();
    std::string m_mode = "pdf";
    std::function<PrintOutcome(const services::first_run::Setup&)> m_print_test;
    wxRadioButton* m_pdf = nullptr;
    wxRadioButton* m_device = nullptr;
    wxRadioButton* m_cups = nullptr;
    wxChoice* m_queue = nullptr;
    wxStaticText* m_queue_problem = nullptr;
    wxStaticText* m_test_outcome = nullptr;
};

class BackupPage : public WizardPage {
public:
    explicit BackupPage(wxWindow* parent);
    wxString title() const override;
    wxString page_keys() const override;
    bool on_key(int key_code) override;
    void fill(services::first_run::Setup&) const override;
    services::first_run::Problems problems() const override;
};

class SummaryPage : public WizardPage {
public:
    explicit SummaryPage(wxWindow* parent);
    wxString title() const override;
    void fill(services::first_run::Setup&) const override {}
    void show(const services::first_run::Setup&, core::Date today);
    wxString text() const;

private:
    wxStaticText* m_text = nullptr;
};

} // namespace cabas::ui
