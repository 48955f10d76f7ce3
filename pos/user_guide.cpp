// The user guide's lookup and opening (see user_guide.hpp).
#include "pos/user_guide.hpp"

#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include <vector>

namespace cabas::ui {

std::optional<wxString> find_installed_user_guide() {
    std::vector<wxString> folders;
#ifdef CABAS_GUIDE_BUILD_DIR
    folders.push_back(CABAS_GUIDE_BUILD_DIR);
#endif
    const wxFileName exe(wxStandardPaths::Get().GetExecutablePath());
    folders.push_back(exe.GetPath() + "/guide");
    folders.push_back(exe.GetPath() + "/../guide");
    folders.push_back(exe.GetPath() + "/../share/doc/cabas/guide");
#ifdef CABAS_GUIDE_INSTALL_DIR
    folders.push_back(CABAS_GUIDE_INSTALL_DIR);
#endif
    for (const wxString& folder : folders) {
        wxFileName index(folder, "index.html");
        if (!index.FileExists()) continue;
        index.Normalize(wxPATH_NORM_DOTS | wxPATH_NORM_ABSOLUTE);
        return index.GetFullPath();
    }
    return std::nullopt;
}

UserGuide& user_guide() {
    static UserGuide guide{find_installed_user_guide, [](const wxString& index_html) {
                               return wxLaunchDefaultBrowser(wxFileName::FileNameToURL(wxFileName(index_html)));
                           }};
    return guide;
}

wxString guide_not_installed_text() {
    return _("The user guide is not on this computer. Ask the administrator to install the cabas package again.");
}

GuideOutcome open_user_guide() {
    const auto index = user_guide().find();
    if (!index) return {false, guide_not_installed_text()};
    if (!user_guide().open(*index))
        return {false, wxString::Format(_("No web browser could be opened. The guide is the file %s"), *index)};
    return {true, _("The user guide opens in the web browser.")};
}

} // namespace cabas::ui
