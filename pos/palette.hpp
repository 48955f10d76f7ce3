// The one palette of the till's screens (docs/design/ui.md §5): every colour the UI forces is
// asked of it by meaning (a Tone), never written where it is used. With the system set to a
// high-contrast theme it gives the theme's own window and text colours instead of the brand's,
// so nothing the user chose for legibility is overridden; the words beside each colour carry
// the meaning in both cases.
#pragma once

#include <wx/colour.h>
#include <wx/string.h>

namespace cabas::ui {

/// What a coloured surface or text means.
enum class Tone { Neutral, Ok, Warning, Refused, Header };

/// What the palette is decided from: the GTK theme's name, the GTK_THEME variable, and the
/// system's window colours.
struct ThemeFacts {
    wxString theme_name;
    wxString gtk_theme_env;
    wxColour window;
    wxColour text;
};

/// True when the theme asks for high contrast: its name (or GTK_THEME) says "contrast", as
/// GTK's HighContrast and HighContrastInverse and GNOME's "High Contrast" do.
bool wants_high_contrast(const ThemeFacts& facts);
/// The facts of the running system (needs the GUI started).
ThemeFacts system_theme();

class Palette {
public:
    /// The brand's colours (green #2E7D32, red #C62828, amber #F9A825, greys).
    static Palette branded();
    /// Only the theme's window and text colours: plain surfaces in them, alarming ones inverted.
    static Palette high_contrast(const wxColour& window, const wxColour& text);
    static Palette for_theme(const ThemeFacts& facts);

    bool is_high_contrast() const { return m_high_contrast; }
    /// A banner, strip or button of that tone: its fill, and the text readable on it.
    wxColour background(Tone tone) const;
    wxColour text_on(Tone tone) const;
    /// Text of that tone on the window's background (Neutral is the ordinary text).
    wxColour ink(Tone tone) const;
    /// A warning drawn on the header's dark fill (the lock screen's refusal).
    wxColour ink_on_header(Tone tone) const;
    wxColour window() const { return m_window; }
    /// The totals' quiet panel beside the basket.
    wxColour panel() const;
    /// The background of a basket line that carries a warning, and of a table cell whose value
    /// is refused; invalid (no tint) in high contrast, where the line's words say it.
    wxColour warning_row() const;
    wxColour problem_cell() const;

private:
    bool m_high_contrast = false;
    wxColour m_window, m_text;
};

/// The palette in use: decided from system_theme() at its first use.
const Palette& palette();
/// Replaces the palette in use (tests; a theme change). Screens built afterwards use it.
void use_palette(const Palette& palette);

} // namespace cabas::ui
