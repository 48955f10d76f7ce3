#include "pos/screen_fit.hpp"

#include <wx/display.h>
#include <wx/stattext.h>
#include <wx/tokenzr.h>
#include <wx/toplevel.h>

#include <algorithm>

namespace cabas::ui {
namespace {

void move_inside_display(wxTopLevelWindow* window) {
    const int index = wxDisplay::GetFromWindow(window);
    const wxRect area = wxDisplay(static_cast<unsigned>(std::max(0, index))).GetClientArea();
    const wxRect now = window->GetScreenRect();
    wxRect rect = now;
    rect.width = std::min(rect.width, area.width);
    rect.height = std::min(rect.height, area.height);
    rect.x = std::clamp(rect.x, area.x, area.GetRight() + 1 - rect.width);
    rect.y = std::clamp(rect.y, area.y, area.GetBottom() + 1 - rect.height);
    if (rect != now) window->SetSize(rect);
}

} // namespace

WrappedLines wrapped_lines(wxWindow* window, const wxString& text, int width) {
    WrappedLines out;
    wxStringTokenizer paragraphs(text, "\n", wxTOKEN_RET_EMPTY_ALL);
    while (paragraphs.HasMoreTokens()) {
        ++out.count;
        int used = 0;
        wxStringTokenizer words(paragraphs.GetNextToken(), " ", wxTOKEN_STRTOK);
        while (words.HasMoreTokens()) {
            const wxString word = words.GetNextToken();
            const int alone = window->GetTextExtent(word).x;
            out.widest_word = std::max(out.widest_word, alone);
            const int after = used == 0 ? alone : used + window->GetTextExtent(" " + word).x;
            if (after > width && used > 0) {
                ++out.count;
                used = alone;
            } else {
                used = after;
            }
        }
    }
    return out;
}

void wrap_to_width(wxStaticText* label, int width) {
    label->Wrap(width);
    const int line_height = label->GetTextExtent("Ag").y;
    label->SetMinSize(wxSize(-1, wrapped_lines(label, label->GetLabelText(), width).count * line_height + 2));
}

void keep_on_screen(wxTopLevelWindow* window) {
    move_inside_display(window);
    // GTK gives a dialog its final size only once it is shown, and a wrapped message can grow it
    // later: each new size is checked again, after GTK has finished with it.
    window->Bind(wxEVT_SIZE, [window](wxSizeEvent& event) {
        event.Skip();
        window->CallAfter([window] { move_inside_display(window); });
    });
}

} // namespace cabas::ui
