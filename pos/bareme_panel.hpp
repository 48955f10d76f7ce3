// The barème screen of the back office (admin, F10): the version in force and the history,
// the editable figures of a new version checked as they are typed (pos/bareme_fields.hpp),
// F5 the impact on the households followed today, F10 saving it as a new dated version
// after a confirmation that repeats that impact, F4 starting from a barème file.
#pragma once

#include "pos/back_office_sections.hpp"
#include "services/bareme_editor.hpp"

#include <wx/panel.h>

#include <map>
#include <optional>
#include <string>

class wxCheckBox;
class wxScrolledWindow;
class wxSizer;
class wxStaticText;
class wxTextCtrl;

namespace cabas::ui {

class ListView;

class BaremePanel : public wxPanel {
public:
    BaremePanel(wxWindow* parent, const BackOfficeContext& context);

    /// The text field of `key` (tests type into it); nullptr for a box or a field not shown.
    wxTextCtrl* field(const std::string& key) const;
    wxCheckBox* box(const std::string& key) const;
    wxString problem_shown(const std::string& key) const;
    /// The barème the fields describe, or nullopt with every problem shown at its field.
    std::optional<core::Bareme> proposed();
    /// F5.
    void preview();
    /// F10: preview, confirmation, then the new version.
    void save();
    /// F4's file, without the file dialog (tests).
    void start_from_file(const std::string& path);
    wxString impact_text() const;
    wxString status_text() const;
    ListView* history() const { return m_history; }

private:
    void choose_file();
    /// The fields of `m_base`; `rename` marks the name as a modified copy of the one in force.
    void build_form(bool rename);
    void fill_form(const core::Bareme& bareme, bool rename);
    void fill_history();
    void say(const wxString& text, bool good);
    wxString describe(const services::BaremeImpact& impact) const;

    struct Row {
        wxTextCtrl* text = nullptr;
        wxCheckBox* box = nullptr;
        wxStaticText* problem = nullptr;
    };

    BackOfficeContext m_context;
    core::Bareme m_base;  ///< in force today, or the file F4 started from
    wxStaticText* m_in_force = nullptr;
    ListView* m_history = nullptr;
    wxScrolledWindow* m_form = nullptr;
    std::map<std::string, Row> m_rows;
    wxStaticText* m_impact = nullptr;
    wxString m_impact_said;  ///< the last preview, before wrapping
    wxStaticText* m_status = nullptr;
};

} // namespace cabas::ui
