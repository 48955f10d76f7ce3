// Keeping a dialog whole on a small screen: a dialog that grows after it was placed (a wrapped
// message, a second section) can reach past the edge of a 1024x768 display.
#pragma once

#include <wx/string.h>

class wxStaticText;
class wxTopLevelWindow;
class wxWindow;

namespace cabas::ui {

/// Shrinks `window` to its display's work area if it is larger and moves it the least needed to
/// be wholly inside it; again whenever it changes size. Call once, after placing it.
void keep_on_screen(wxTopLevelWindow* window);

/// How GTK lays `text` out at `width` in `window`'s font: word by word, a new line when the next
/// word does not fit (a word wider than the width stays alone on its line and is cut).
struct WrappedLines {
    int count = 0;
    int widest_word = 0;
};
WrappedLines wrapped_lines(wxWindow* window, const wxString& text, int width);

/// Wraps `label` at `width` and gives it the height of the lines GTK will draw, word by word
/// (GTK's own estimate of a wrapped label's height can be a line short, which cuts the last).
void wrap_to_width(wxStaticText* label, int width);

} // namespace cabas::ui
