// A small modal dialog asking one value (cash float, counted cash, quantity, grams) in large
// type: Enter validates, Escape cancels, and a wrong value is explained under the field.
#pragma once

#include <wx/dialog.h>

#include <functional>

class wxStaticText;
class wxTextCtrl;

namespace cabas::ui {

class EntryDialog : public wxDialog {
public:
    /// `check` returns an empty string when the text is acceptable, or the reason it is not.
    EntryDialog(wxWindow* parent, const wxString& title, const wxString& prompt, const wxString& initial,
                std::function<wxString(const wxString&)> check);

    wxString value() const;
    wxTextCtrl* field() const { return m_field; }
    /// Validates as Enter would (tests call it directly).
    void submit();

private:
    wxTextCtrl* m_field = nullptr;
    wxStaticText* m_error = nullptr;
    std::function<wxString(const wxString&)> m_check;
};

/// Checks for amounts ("12,50"), whole counts and grams.
wxString check_amount(const wxString& text);
wxString check_count(const wxString& text);

} // namespace cabas::ui
