// Importing households from CSV (the Foundation import) from the screen: a dry run first shows
// how many rows are ready and every line-numbered error; only a clean file can be imported.
#pragma once

#include "services/households/household_service.hpp"

#include <wx/dialog.h>

#include <string>

class wxButton;
class wxStaticText;
class wxTextCtrl;

namespace cabas::ui {

class HouseholdImportDialog : public wxDialog {
public:
    HouseholdImportDialog(wxWindow* parent, services::households::HouseholdService& service);

    /// Dry run of the file at `path`: fills the report; returns whether it may be imported.
    bool preview(const std::string& path);
    /// Imports the previewed file for real; returns whether it was written.
    bool import();

    wxTextCtrl* report() const { return m_report; }
    wxButton* import_button() const { return m_import; }

private:
    services::households::HouseholdService& m_service;
    std::string m_path;
    std::string m_bytes;
    wxStaticText* m_summary = nullptr;
    wxTextCtrl* m_report = nullptr;
    wxButton* m_import = nullptr;
};

} // namespace cabas::ui
