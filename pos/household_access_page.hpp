// The access and card page of a household file: status and periods, the commission decision
// (social workers and admins), renewal, suspension and exit, card issue, replacement,
// revocation and printing, and the savings toward the project. What a role may not do is not
// shown, and the services refuse it anyway.
#pragma once

#include "services/households/household_service.hpp"

#include <wx/panel.h>

#include <cstdint>
#include <functional>
#include <map>
#include <string>

class wxButton;
class wxCheckBox;
class wxChoice;
class wxListBox;
class wxStaticText;
class wxTextCtrl;

namespace cabas::ui {

class HouseholdAccessPage : public wxPanel {
public:
    HouseholdAccessPage(wxWindow* parent, services::households::HouseholdService& service);

    /// Shows the household `id` (0: a file not saved yet, every action disabled).
    void show(std::int64_t id, const services::households::HouseholdView& view);

    // The actions, as the buttons run them; each returns whether it succeeded and says so in
    // message().
    /// `start` empty = today, `end` empty = the barème's initial months after the start; both
    /// typed as 23/11/2026 or 2026-11-23.
    bool decide(core::Decision decision, const std::string& reason, const std::string& override_reason,
                bool issue_card, const std::string& start = {}, const std::string& end = {});
    bool renew(const std::string& override_reason);
    bool suspend(const std::string& reason);
    bool exit_access(core::ExitReason reason, const std::string& note);
    bool issue_card();
    bool replace_card(const std::string& reason);
    bool revoke_card(const std::string& reason);
    /// Writes the card sheet PDF of the household's card to `path`.
    bool print_card(const std::string& path);

    wxStaticText* status() const { return m_status; }
    wxStaticText* card() const { return m_card; }
    wxStaticText* message() const { return m_message; }
    wxStaticText* savings() const { return m_savings; }

    /// Runs the action of an F-key shown on a button (F2 record, F3 renew, F4 suspend, F5 lift,
    /// F6 exit, F7 issue, F8 replace, F9 revoke, F11 print the card); false when none has it.
    bool handle_key(int key);

    /// Called after any action that changed the household (the list refreshes).
    void on_changed(std::function<void()> f) { m_changed = std::move(f); }

private:
    bool act(const std::function<wxString()>& action);
    wxButton* button(wxWindow* parent, wxSizer* sizer, int key, const wxString& key_name, const wxString& label,
                     std::function<void()> on_click);
    void reload();

    services::households::HouseholdService& m_service;
    std::int64_t m_id = 0;
    std::function<void()> m_changed;
    std::map<int, std::function<void()>> m_keys;
    wxStaticText* m_status = nullptr;
    wxListBox* m_periods = nullptr;
    wxStaticText* m_card = nullptr;
    wxStaticText* m_savings = nullptr;
    wxStaticText* m_message = nullptr;
    /// Set by an action whose message says a person is followed by another épicerie of the
    /// CCAS: act() then shows it as an alert.
    bool m_alert = false;
    wxChoice* m_decision = nullptr;
    wxTextCtrl* m_reason = nullptr;
    wxTextCtrl* m_override = nullptr;
    wxTextCtrl* m_start = nullptr;
    wxTextCtrl* m_end = nullptr;
    wxCheckBox* m_with_card = nullptr;
    wxChoice* m_exit_reason = nullptr;
    wxTextCtrl* m_card_reason = nullptr;
};

} // namespace cabas::ui
