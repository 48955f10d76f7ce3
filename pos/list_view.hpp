// The one table widget of the till's screens: a native GTK list (wxDataViewCtrl over a
// GtkTreeView, which Orca reads; wxListCtrl and wxGrid are drawn by wx and stay silent), with
// the few operations the screens need by row number, editable text or choice columns for the
// household form's tables, rows tall enough to touch, and a background per row.
#pragma once

#include <wx/arrstr.h>
#include <wx/colour.h>
#include <wx/dataview.h>

#include <functional>
#include <vector>

namespace cabas::ui {

/// One column: its heading, width in pixels, alignment, and how a cell may be edited.
struct ListColumn {
    enum class Edit { None, Text, Choice };
    ListColumn(const wxString& title_, int width_, wxAlignment align_ = wxALIGN_LEFT, Edit edit_ = Edit::None,
               const wxArrayString& choices_ = {})
        : title(title_), width(width_), align(align_), edit(edit_), choices(choices_) {}
    wxString title;
    int width = 100;
    wxAlignment align = wxALIGN_LEFT;
    Edit edit = Edit::None;
    wxArrayString choices;  // the values offered by an Edit::Choice column
};

class ListStore;

/// A single-selection table addressed by row number (0 is the top row). Every cell is text.
/// Activation (double-click, Enter), a heading's click and a cell's edit are offered as
/// callbacks with the row or column number, so screens need no wxDataView event code.
class ListView : public wxDataViewCtrl {
public:
    ListView(wxWindow* parent, const std::vector<ListColumn>& columns, const wxSize& size = wxDefaultSize);

    int row_count() const;
    int column_count() const { return static_cast<int>(GetColumnCount()); }
    void clear();
    /// Appends a row; missing cells are empty. Returns its number.
    int append_row(const std::vector<wxString>& cells);
    wxString cell(int row, int column) const;
    void set_cell(int row, int column, const wxString& text);
    /// A background for a whole row, or one cell (an invalid colour removes it).
    void set_row_background(int row, const wxColour& colour);
    void set_cell_background(int row, int column, const wxColour& colour);
    void set_row_text_colour(int row, const wxColour& colour);
    void clear_backgrounds();
    /// The selected row, or -1.
    int selected_row() const;
    /// Selects, focuses and shows `row` (ignored when out of range).
    void select_row(int row);
    void set_column_width(int column, int width);
    int column_width(int column) const;
    /// The row height: at least a touch target (ui::target_height) by default.
    int row_height() const { return m_row_height; }

    void on_activate(std::function<void(int row)> handler);
    void on_heading_click(std::function<void(int column)> handler);
    /// Called after the user changed a cell of an editable column.
    void on_cell_edited(std::function<void(int row, int column)> handler);

    int row_of(const wxDataViewItem& item) const;
    wxDataViewItem item_at(int row) const;
    /// A new font also resizes the rows, so they stay at least a touch target high.
    bool SetFont(const wxFont& font) override;

private:
    void redraw(int row, int column);
    void fit_rows();

    ListStore* m_store = nullptr;
    int m_row_height = 0;
    bool m_setting = false;
};

} // namespace cabas::ui
