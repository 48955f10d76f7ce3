// The till's F1 help: the key map (from the one key table, key_bar.hpp), what the till does
// about a scanner set for another keyboard, and a large button that opens the user guide in the
// web browser, F1 again doing the same. Where the guide is missing, the button's place says so.
#pragma once

#include <wx/dialog.h>

class wxButton;
class wxStaticText;

namespace cabas::ui {

class HelpDialog : public wxDialog {
public:
    explicit HelpDialog(wxWindow* parent);

    /// Opens the guide (user_guide.hpp) and says how it went under the button.
    void open_guide();
    wxButton* guide_button() const { return m_guide; }
    wxString guide_status() const;

private:
    wxButton* m_guide = nullptr;
    wxStaticText* m_status = nullptr;
};

} // namespace cabas::ui
