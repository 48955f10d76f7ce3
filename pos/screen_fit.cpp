#include "pos/screen_fit.hpp"

#include <wx/display.h>
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
