// Touch targets for every window at once: a GTK style sheet that makes every button, check
// box, radio button and drop-down at least 44 px high (docs/design/ui.md §2),
// including the dialogs wx and GTK build themselves (file chooser, message boxes).
#pragma once

class wxDataViewRenderer;

namespace cabas::ui {

/// Installs the style sheet on the default screen; false when GTK could not be reached (the
/// widgets then keep the theme's heights). Call once, after wxApp started GTK.
bool install_touch_targets();

/// Makes each cell of `renderer` `height` px high (GTK sizes a list's rows by their cells;
/// wxDataViewCtrl::SetRowHeight does not reach its text cells on GTK).
void set_cell_height(wxDataViewRenderer* renderer, int height);

} // namespace cabas::ui
