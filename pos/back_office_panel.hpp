// The back office: a column of large menu buttons (one key each) beside the screen of the
// section in use. Managers reach it from the till (F5, with their PIN); managers, social
// workers and admins land on it after logging in. Keys: a section's own screen sees a key
// first; the keys it leaves alone open the menu's sections, Esc comes back to the home page,
// F1 opens the user guide.
#pragma once

#include "pos/back_office_sections.hpp"

#include <wx/panel.h>

#include <functional>
#include <map>
#include <memory>

class wxButton;
class wxStaticText;

namespace cabas::ui { class SetupChecklistView; }

namespace cabas::ui {

class BackupStatusLine;
class DailyBackupTimer;

class BackOfficePanel : public wxPanel {
public:
    /// `leave_label` names where the leave key (F12) goes: the login screen or back to the till.
    /// `open_till` is empty when this role may not sell or the till is already open underneath.
    BackOfficePanel(wxWindow* parent, const BackOfficeContext& context, const wxString& shop_name,
                    const wxString& leave_label, std::function<void()> leave, std::function<void()> open_till);
    ~BackOfficePanel() override;

    /// Shows the section opened by `key_code`; false when no section of this role has that key.
    bool open_section(int key_code);
    void show_home();
    /// F11 (managers, admins): opens the cash drawer without a sale; the home page says how it went.
    void open_drawer();
    /// F1, everywhere in the back office: the user guide in the web browser (user_guide.hpp);
    /// when it cannot open, the home page says why.
    void open_guide();
    /// nullptr on the home page.
    wxWindow* current_section() const { return m_current; }
    wxString current_title() const;
    wxButton* menu_button(int key_code) const;
    wxString home_text() const;
    /// Why the last section could not open (empty when it did).
    wxString home_error() const;
    /// The stock alerts line of a manager's home page (empty for other roles).
    wxString alerts_text() const;
    /// The admin's line about files due for anonymisation; empty for other roles.
    wxString retention_text() const;
    /// The admin's first steps; nullptr for other roles.
    SetupChecklistView* checklist() const { return m_checklist; }
    /// The admin's line about automatic backups (backup_status_line.hpp); nullptr for other roles.
    BackupStatusLine* backup_line() const { return m_backup_line; }

private:
    void on_char_hook(wxKeyEvent& event);
    void show_content(wxWindow* content, const wxString& title);
    wxPanel* build_home();
    void show_menu_keys(bool on_home);

    BackOfficeContext m_context;
    std::vector<BackOfficeSection> m_sections;
    std::function<void()> m_leave;
    std::function<void()> m_open_till;
    std::map<int, wxButton*> m_buttons;
    std::map<int, std::pair<wxString, wxString>> m_labels;  ///< key name and label of each menu button
    wxStaticText* m_title = nullptr;
    wxStaticText* m_home_text = nullptr;
    wxStaticText* m_home_error = nullptr;
    wxStaticText* m_alerts_text = nullptr;
    wxStaticText* m_retention_text = nullptr;
    SetupChecklistView* m_checklist = nullptr;
    BackupStatusLine* m_backup_line = nullptr;
    std::unique_ptr<DailyBackupTimer> m_daily_backup;
    wxPanel* m_home = nullptr;
    wxWindow* m_current = nullptr;
    wxSizer* m_content_sizer = nullptr;
};

} // namespace cabas::ui
