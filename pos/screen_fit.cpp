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

int line_count(wxStaticText* label, const wxString& text, int width) {
    int lines = 0;
    wxStringTokenizer paragraphs(text, "\n", wxTOKEN_RET_EMPTY_ALL);
    while (paragraphs.HasMoreTokens()) {
        ++lines;
        int used = 0;
        wxStringTokenizer words(paragraphs.GetNextToken(), " ", wxTOKEN_STRTOK);
        while (words.HasMoreTokens()) {
            const wxString word = words.GetNextToken();
            const int alone = label->GetTextExtent(word).x;
            const int after = used == 0 ? alone : used + label->GetTextExtent(" " + word).x;
            if (after > width && used > 0) {
                ++lines;
                used = alone;
            } else {
                used = after;
            }
        }
    }
    return lines;
}

} // namespace

void wrap_to_width(wxStaticText* label, int width) {
    label->Wrap(width);
    const int line_height = label->GetTextExtent("Ag").y;
    label->SetMinSize(wxSize(-1, line_count(label, label->GetLabelText(), width) * line_height + 2));
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
