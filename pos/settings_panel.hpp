// The settings screen of the back office: the épicerie's name, this till's name, the language
// and where tickets are printed. Each field says beside it why a value is refused; Save (F10)
// stays off while anything is wrong and writes every change together (services::save_settings).
#pragma once

#include "pos/back_office_sections.hpp"

#include <wx/panel.h>

#include <map>
#include <string>

class wxButton;
class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace cabas::ui {

class SettingsPanel : public wxPanel {
public:
    SettingsPanel(wxWindow* parent, const BackOfficeContext& context);

    /// Sets a field as if typed or chosen (GUI tests), then re-checks the form.
    void set_value(const std::string& key, const wxString& value);
    wxString value(const std::string& key) const;
    wxString problem_text(const std::string& key) const;
    bool can_save() const;
    void save();
    wxString status_text() const;

private:
    struct Field {
        wxTextCtrl* text = nullptr;
        wxChoice* choice = nullptr;
        std::vector<std::string> codes;
        wxStaticText* problem = nullptr;
    };
    void add_field(wxWindow* parent, wxSizer* grid, const std::string& key);
    /// The folder field with its "Choose..." button (wxDirDialog), for backup.folder.
    void add_folder_picker(wxWindow* parent, wxSizer* column, wxTextCtrl* text);
    void check_all();
    std::map<std::string, std::string> changed_values() const;

    BackOfficeContext m_context;
    std::map<std::string, std::string> m_saved;
    std::map<std::string, Field> m_fields;
    wxButton* m_save = nullptr;
    wxStaticText* m_status = nullptr;
};

} // namespace cabas::ui
