#include "gui/layout_check.hpp"

#include "pos/list_view.hpp"
#include "pos/screen_fit.hpp"
#include "pos/ui_support.hpp"

#include <wx/bookctrl.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/dataview.h>
#include <wx/display.h>
#include <wx/radiobut.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>
#include <wx/tokenzr.h>
#include <wx/toplevel.h>

#include <algorithm>

namespace cabas::gui_testing {
namespace {

// GTK draws a button's label inside a frame and padding of about 8 px a side; a list
// cell keeps a few pixels of margin. Below these the text is clipped or ellipsised.
constexpr int kButtonPadding = 12;
constexpr int kCellMargin = 6;
constexpr int kTolerance = 1;
// A finger needs 44 px (docs/design/ui.md §2): buttons, check boxes and list rows (text fields
// not yet: several forms must be laid out again before they can grow).
constexpr int kTouchTarget = 44;

std::string quoted(const wxString& text) {
    wxString one_line = text;
    one_line.Replace("\n", " / ");
    return "'" + ui::from_wx(one_line) + "'";
}

/// The width of the widest line of `text` in `window`'s font (or `font` when given).
int text_width(wxWindow* window, const wxString& text, const wxFont& font = wxNullFont) {
    int widest = 0;
    wxStringTokenizer lines(text, "\n", wxTOKEN_RET_EMPTY_ALL);
    while (lines.HasMoreTokens()) {
        int width = 0, height = 0;
        window->GetTextExtent(lines.GetNextToken(), &width, &height, nullptr, nullptr, font.IsOk() ? &font : nullptr);
        widest = std::max(widest, width);
    }
    return widest;
}

void check_width(std::vector<std::string>& cut, const std::string& what, const wxString& text, int have, int need) {
    if (!text.empty() && have + kTolerance < need)
        cut.push_back(what + " " + quoted(text) + " is " + std::to_string(have) + " px wide, its text needs " +
                      std::to_string(need) + " px");
}

/// GTK wraps a label that is narrower than its text at word boundaries, unless the label
/// ellipsises: such a label is whole when no word is wider than it and its lines fit its height.
void check_label(std::vector<std::string>& cut, wxStaticText* text) {
    const wxString label = text->GetLabelText();
    if (label.empty()) return;
    const wxSize size = text->GetSize();
    if (text->HasFlag(wxST_ELLIPSIZE_START | wxST_ELLIPSIZE_MIDDLE | wxST_ELLIPSIZE_END)) {
        check_width(cut, "label", label, size.x, text_width(text, label));
        return;
    }
    int line_height = 0;
    text->GetTextExtent("Ag", nullptr, &line_height);
    const ui::WrappedLines wrapped = ui::wrapped_lines(text, label, size.x + kTolerance);
    if (wrapped.widest_word > size.x + kTolerance) {
        check_width(cut, "label", label, size.x, wrapped.widest_word);
        return;
    }
    const int lines = wrapped.count;
    const int need = lines * line_height;
    if (size.y + 2 < need)
        cut.push_back("label " + quoted(label) + " is " + std::to_string(size.y) + " px high, its " +
                      std::to_string(lines) + " lines need " + std::to_string(need) + " px at " +
                      std::to_string(size.x) + " px wide");
}

void check_target(std::vector<std::string>& cut, const std::string& what, const wxString& text, int height) {
    if (height + kTolerance < kTouchTarget)
        cut.push_back(what + " " + quoted(text) + " is " + std::to_string(height) + " px high, a touch target needs " +
                      std::to_string(kTouchTarget) + " px");
}

/// The height of a row as GTK lays it out: the first row's cell area, else the height asked for.
int row_height(wxDataViewCtrl* view) {
    if (auto* list = dynamic_cast<ui::ListView*>(view)) {
        const int drawn = list->row_count() > 0 ? list->GetItemRect(list->item_at(0)).height : 0;
        return drawn > 0 ? drawn : list->row_height();
    }
    return kTouchTarget;
}

void check_data_view(std::vector<std::string>& cut, wxDataViewCtrl* view) {
    wxString headings;
    for (unsigned i = 0; i < view->GetColumnCount(); ++i) {
        wxDataViewColumn* column = view->GetColumn(i);
        if (column->IsHidden()) continue;
        check_width(cut, "column heading", column->GetTitle(), column->GetWidth(),
                    text_width(view, column->GetTitle()) + kCellMargin);
        headings << (headings.empty() ? "" : ", ") << column->GetTitle();
    }
    check_target(cut, "a row of the list", headings, row_height(view));
}

void check_inside_parent(std::vector<std::string>& cut, wxWindow* window) {
    wxWindow* parent = window->GetParent();
    // A notebook's pages sit below its tabs, outside what its client size reports.
    if (!parent || window->IsTopLevel() || dynamic_cast<wxScrollHelperBase*>(parent) ||
        dynamic_cast<wxBookCtrlBase*>(parent))
        return;
    const wxRect rect = window->GetRect();
    const wxSize room = parent->GetClientSize();
    if (rect.GetRight() >= room.x + kTolerance || rect.GetBottom() >= room.y + kTolerance)
        cut.push_back(ui::from_wx(window->GetClassInfo()->GetClassName()) + " " + quoted(window->GetLabel()) +
                      " reaches past its parent (" + std::to_string(rect.GetRight() + 1) + "x" +
                      std::to_string(rect.GetBottom() + 1) + " in " + std::to_string(room.x) + "x" +
                      std::to_string(room.y) + ")");
}

void check_window(std::vector<std::string>& cut, wxWindow* window) {
    const wxSize size = window->GetSize();
    if (auto* text = dynamic_cast<wxStaticText*>(window)) {
        check_label(cut, text);
    } else if (auto* button = dynamic_cast<wxButton*>(window)) {
        int need = text_width(button, button->GetLabelText()) + kButtonPadding;
        if (button->GetBitmap().IsOk()) need += button->GetBitmap().GetWidth();
        check_width(cut, "button", button->GetLabelText(), size.x, need);
        check_target(cut, "button", button->GetLabelText(), size.y);
    } else if (auto* box = dynamic_cast<wxCheckBox*>(window)) {
        check_width(cut, "check box", box->GetLabelText(), size.x, box->GetBestSize().x);
        check_target(cut, "check box", box->GetLabelText(), size.y);

    } else if (auto* radio = dynamic_cast<wxRadioButton*>(window)) {
        check_width(cut, "radio button", radio->GetLabelText(), size.x, radio->GetBestSize().x);
    } else if (auto* view = dynamic_cast<wxDataViewCtrl*>(window)) {
        check_data_view(cut, view);
    }
}

bool has_own_children(wxWindow* window) {
    // A data view draws its cells itself: its inner windows are not labels.
    return !dynamic_cast<wxDataViewCtrl*>(window);
}

void walk(std::vector<std::string>& cut, wxWindow* window) {
    check_window(cut, window);
    check_inside_parent(cut, window);
    if (!has_own_children(window)) return;
    for (wxWindow* child : window->GetChildren())
        if (child->IsShown() && !child->IsTopLevel()) walk(cut, child);
}

} // namespace

std::vector<std::string> cut_texts(wxWindow* root) {
    std::vector<std::string> cut;
    if (auto* top = dynamic_cast<wxTopLevelWindow*>(root)) {
        const wxRect screen = wxDisplay(static_cast<unsigned>(std::max(0, wxDisplay::GetFromWindow(top)))).GetClientArea();
        const wxRect rect = top->GetScreenRect();
        if (!screen.Contains(rect))
            cut.push_back("window " + quoted(top->GetTitle()) + " (" + std::to_string(rect.width) + "x" +
                          std::to_string(rect.height) + " at " + std::to_string(rect.x) + "," + std::to_string(rect.y) +
                          ") does not fit on the " + std::to_string(screen.width) + "x" +
                          std::to_string(screen.height) + " screen");
    }
    walk(cut, root);
    return cut;
}

} // namespace cabas::gui_testing
