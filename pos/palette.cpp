// The brand's colours and their high-contrast replacements (see palette.hpp). The only file of
// pos/ that names a colour: tests/architecture refuses a colour written anywhere else.
#include "pos/palette.hpp"

#include <wx/settings.h>

#include <cstdlib>
#include <optional>

namespace cabas::ui {

namespace {

const wxColour kGreen{0x2E, 0x7D, 0x32};
const wxColour kRed{0xC6, 0x28, 0x28};
const wxColour kAmber{0xF9, 0xA8, 0x25};
// Amber is a fill: as text on white it is too pale to read, so text takes a darker amber.
const wxColour kAmberText{0xA0, 0x5A, 0x00};
const wxColour kGrey{0xE0, 0xE0, 0xE0};
const wxColour kHeader{0x37, 0x47, 0x4F};
const wxColour kText{0x21, 0x21, 0x21};
const wxColour kWhite{0xFF, 0xFF, 0xFF};
const wxColour kBlack{0x00, 0x00, 0x00};
const wxColour kPanel{0xF5, 0xF5, 0xF5};
const wxColour kWarningRow{0xFF, 0xF3, 0xC4};
const wxColour kProblemCell{0xFF, 0xCD, 0xD2};

/// Black on light fills (amber, grey), white on dark ones (green, red, the header).
wxColour readable_on(const wxColour& fill) {
    const int luminance = (fill.Red() * 299 + fill.Green() * 587 + fill.Blue() * 114) / 1000;
    return luminance > 150 ? kBlack : kWhite;
}

bool alarming(Tone tone) { return tone == Tone::Warning || tone == Tone::Refused || tone == Tone::Header; }

std::optional<Palette>& current() {
    static std::optional<Palette> palette;
    return palette;
}

} // namespace

bool wants_high_contrast(const ThemeFacts& facts) {
    for (const wxString& name : {facts.theme_name, facts.gtk_theme_env})
        if (name.Lower().Find("contrast") != wxNOT_FOUND) return true;
    return false;
}

ThemeFacts system_theme() {
    ThemeFacts facts;
    facts.theme_name = wxSystemSettings::GetAppearance().GetName();
    if (const char* env = std::getenv("GTK_THEME")) facts.gtk_theme_env = wxString::FromUTF8(env);
    facts.window = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
    facts.text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    return facts;
}

Palette Palette::branded() {
    Palette p;
    p.m_window = kWhite;
    p.m_text = kText;
    return p;
}

Palette Palette::high_contrast(const wxColour& window, const wxColour& text) {
    Palette p;
    p.m_high_contrast = true;
    // A theme that reports no usable pair still gets the largest contrast there is.
    const bool usable = window.IsOk() && text.IsOk() && window != text;
    p.m_window = usable ? window : kWhite;
    p.m_text = usable ? text : kBlack;
    return p;
}

Palette Palette::for_theme(const ThemeFacts& facts) {
    return wants_high_contrast(facts) ? high_contrast(facts.window, facts.text) : branded();
}

wxColour Palette::background(Tone tone) const {
    if (m_high_contrast) return alarming(tone) ? m_text : m_window;
    switch (tone) {
    case Tone::Ok: return kGreen;
    case Tone::Warning: return kAmber;
    case Tone::Refused: return kRed;
    case Tone::Header: return kHeader;
    case Tone::Neutral: break;
    }
    return kGrey;
}

wxColour Palette::text_on(Tone tone) const {
    if (m_high_contrast) return alarming(tone) ? m_window : m_text;
    return tone == Tone::Neutral ? kText : readable_on(background(tone));
}

wxColour Palette::ink(Tone tone) const {
    if (m_high_contrast) return m_text;
    switch (tone) {
    case Tone::Ok: return kGreen;
    case Tone::Warning: return kAmberText;
    case Tone::Refused: return kRed;
    case Tone::Header: return kHeader;
    case Tone::Neutral: break;
    }
    return kText;
}

wxColour Palette::ink_on_header(Tone tone) const {
    if (m_high_contrast) return text_on(Tone::Header);
    return tone == Tone::Neutral ? text_on(Tone::Header) : background(tone);
}

wxColour Palette::panel() const { return m_high_contrast ? m_window : kPanel; }
wxColour Palette::warning_row() const { return m_high_contrast ? wxColour() : kWarningRow; }
wxColour Palette::problem_cell() const { return m_high_contrast ? wxColour() : kProblemCell; }

const Palette& palette() {
    if (!current()) current() = Palette::for_theme(system_theme());
    return *current();
}

void use_palette(const Palette& palette) { current() = palette; }

} // namespace cabas::ui
