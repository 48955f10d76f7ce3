// The Cabas icon for the till's windows: the PNGs rendered from assets/icons/cabas.svg at build
// time (cmake/icons.cmake), the same files the package installs in the hicolor theme.
#pragma once

#include <wx/iconbndl.h>

namespace cabas::ui {

/// Every size of the icon that is found (16 to 256 px): from the build tree when the program
/// runs from a build, else from the installed hicolor theme. Empty when neither holds them;
/// the window then keeps the toolkit's default icon, which is no reason to refuse to start.
wxIconBundle app_icons();

} // namespace cabas::ui
