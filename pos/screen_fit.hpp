// Keeping a dialog whole on a small screen: a dialog that grows after it was placed (a wrapped
// message, a second section) can reach past the edge of a 1024x768 display.
#pragma once

class wxTopLevelWindow;

namespace cabas::ui {

/// Shrinks `window` to its display's work area if it is larger and moves it the least needed to
/// be wholly inside it; again whenever it changes size. Call once, after placing it.
void keep_on_screen(wxTopLevelWindow* window);

} // namespace cabas::ui
