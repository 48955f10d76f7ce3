// The French user guide (docs/guide, built by cmake/guide.cmake) opened in the web browser from
// the till's F1 help and the back office. Where it is looked for and how it is opened are
// replaceable, so that the GUI tests check the path handed over without starting a browser.
#pragma once

#include <wx/string.h>

#include <functional>
#include <optional>

namespace cabas::ui {

struct UserGuide {
    /// The guide's index.html, or nothing when it is not on this computer.
    std::function<std::optional<wxString>()> find;
    /// Opens that file; false when no browser could be started.
    std::function<bool(const wxString& index_html)> open;
};

/// The guide in use: the build tree's guide/ (CABAS_GUIDE_BUILD_DIR), guide/ beside the
/// executable or one level up, then the installed docdir (CABAS_GUIDE_INSTALL_DIR); opened
/// with wxLaunchDefaultBrowser. Tests assign their own functions.
UserGuide& user_guide();

/// The default search described above.
std::optional<wxString> find_installed_user_guide();

/// Opens the guide; returns what to tell the user, in the UI language: that it is opening,
/// that it is not installed, or that no browser started (with the file's place).
struct GuideOutcome {
    bool opened = false;
    wxString message;
};
GuideOutcome open_user_guide();

/// The sentence shown where the guide's button is when the guide is not on this computer.
wxString guide_not_installed_text();

} // namespace cabas::ui
