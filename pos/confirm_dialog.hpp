// A yes-or-no question that cannot be missed: large type, two large buttons that show their
// keys. The safe answer (go on, keep the work) has the focus, so Enter alone never throws work
// away; the action's own key (F9 again to cancel a sale) or its button says yes; Escape says no.
#pragma once

#include <wx/dialog.h>

namespace cabas::ui {

class ConfirmDialog : public wxDialog {
public:
    /// `yes_key`: the key that confirms (e.g. WXK_F9), shown as `yes_key_name` on its button.
    ConfirmDialog(wxWindow* parent, const wxString& title, const wxString& question, int yes_key,
                  const wxString& yes_key_name, const wxString& yes_label, const wxString& no_label);

    /// Answers as the keys and buttons do (tests call them): wxID_YES or wxID_NO.
    void answer(int id);
    wxString question() const;

private:
    int m_yes_key;
    wxString m_question;
};

} // namespace cabas::ui
