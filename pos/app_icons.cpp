// Loads the Cabas icon sizes (see app_icons.hpp).
#include "pos/app_icons.hpp"

#include <wx/filename.h>
#include <wx/image.h>
#include <wx/stdpaths.h>

namespace cabas::ui {

wxIconBundle app_icons() {
    // The sizes cmake/icons.cmake renders; the toolkit picks the one each place needs.
    constexpr int sizes[] = {16, 24, 32, 48, 64, 128, 256};
    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
    // As set_up_language looks for the catalogue: the build tree, then beside the executable
    // (/usr/bin/cabas finds /usr/share whatever CMAKE_INSTALL_PREFIX was), then the prefix.
    const wxFileName exe(wxStandardPaths::Get().GetExecutablePath());
    const wxString themes[] = {CABAS_ICON_BUILD_DIR, exe.GetPath() + "/../share/icons/hicolor",
                               CABAS_ICON_INSTALL_DIR};
    wxIconBundle bundle;
    for (const wxString& theme : themes) {
        for (int size : sizes) {
            const wxString path = wxString::Format("%s/%dx%d/apps/cabas.png", theme, size, size);
            if (wxFileName::FileExists(path)) bundle.AddIcon(path, wxBITMAP_TYPE_PNG);
        }
        if (!bundle.IsEmpty()) break;
    }
    return bundle;
}

} // namespace cabas::ui
