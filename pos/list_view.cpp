// The native table of every list (see list_view.hpp): a wxDataViewListStore that also keeps a
// background per cell, text renderers (or choice renderers for the household form), and the
// row height raised to a touch target.
#include "pos/list_view.hpp"

#include "pos/touch_targets.hpp"
#include "pos/ui_support.hpp"

#include <algorithm>

namespace cabas::ui {

/// wxDataViewListStore with a background colour per cell: GTK asks the model for each cell's
/// attributes as it draws, so the colour follows the row through clearing and refilling.
class ListStore : public wxDataViewListStore {
public:
    struct Colours {
        wxColour background, text;
    };
    void resize(std::size_t rows, std::size_t columns) {
        m_colours.resize(rows);
        for (auto& row : m_colours) row.resize(columns);
    }
    Colours& colours(int row, int column) {
        return m_colours.at(static_cast<std::size_t>(row)).at(static_cast<std::size_t>(column));
    }
    void clear_colours() {
        for (auto& row : m_colours) std::fill(row.begin(), row.end(), Colours{});
    }
    bool GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const override {
        if (row >= m_colours.size() || column >= m_colours[row].size()) return false;
        const Colours& cell = m_colours[row][column];
        if (cell.background.IsOk()) attr.SetBackgroundColour(cell.background);
        if (cell.text.IsOk()) attr.SetColour(cell.text);
        return cell.background.IsOk() || cell.text.IsOk();
    }

private:
    std::vector<std::vector<Colours>> m_colours;
};

namespace {

wxDataViewRenderer* renderer_for(const ListColumn& column) {
    const auto mode = column.edit == ListColumn::Edit::None ? wxDATAVIEW_CELL_INERT : wxDATAVIEW_CELL_EDITABLE;
    // Centred in the row's height: rows are taller than their text (touch targets).
    const int align = column.align | wxALIGN_CENTER_VERTICAL;
    if (column.edit == ListColumn::Edit::Choice) return new wxDataViewChoiceRenderer(column.choices, mode, align);
    return new wxDataViewTextRenderer("string", mode, align);
}

} // namespace

ListView::ListView(wxWindow* parent, const std::vector<ListColumn>& columns, const wxSize& size)
    : wxDataViewCtrl(parent, wxID_ANY, wxDefaultPosition, size, wxDV_SINGLE | wxDV_ROW_LINES | wxBORDER_SUNKEN) {
    m_store = new ListStore;
    AssociateModel(m_store);
    m_store->DecRef();  // the control holds the reference
    unsigned index = 0;
    for (const ListColumn& column : columns) {
        m_store->AppendColumn("string");
        AppendColumn(new wxDataViewColumn(column.title, renderer_for(column), index++, column.width, column.align,
                                          wxDATAVIEW_COL_RESIZABLE));
    }
    fit_rows();
}

bool ListView::SetFont(const wxFont& font) {
    const bool changed = wxDataViewCtrl::SetFont(font);
    fit_rows();
    return changed;
}

void ListView::fit_rows() {
    // Touch needs 44 px (docs/design/ui.md §2); a larger font may need more.
    m_row_height = std::max(target_height, GetCharHeight() + 16);
    SetRowHeight(m_row_height);
    for (unsigned column = 0; column < GetColumnCount(); ++column)
        set_cell_height(GetColumn(column)->GetRenderer(), m_row_height);
}

int ListView::row_count() const { return static_cast<int>(m_store->GetItemCount()); }

void ListView::clear() {
    m_store->DeleteAllItems();
    m_store->resize(0, GetColumnCount());
}

int ListView::append_row(const std::vector<wxString>& cells) {
    wxVector<wxVariant> values;
    for (unsigned column = 0; column < GetColumnCount(); ++column)
        values.push_back(column < cells.size() ? wxVariant(cells[column]) : wxVariant(wxString()));
    m_store->AppendItem(values);
    m_store->resize(m_store->GetItemCount(), GetColumnCount());
    return row_count() - 1;
}

wxString ListView::cell(int row, int column) const {
    if (row < 0 || row >= row_count() || column < 0 || column >= column_count()) return {};
    wxVariant value;
    m_store->GetValueByRow(value, static_cast<unsigned>(row), static_cast<unsigned>(column));
    return value.GetString();
}

void ListView::set_cell(int row, int column, const wxString& text) {
    if (row < 0 || row >= row_count() || column < 0 || column >= column_count()) return;
    m_store->SetValueByRow(wxVariant(text), static_cast<unsigned>(row), static_cast<unsigned>(column));
    redraw(row, column);
}

void ListView::redraw(int row, int column) {
    m_setting = true;  // the model's change notice is the program's own write, not the user's edit
    m_store->RowValueChanged(static_cast<unsigned>(row), static_cast<unsigned>(column));
    m_setting = false;
}

void ListView::set_row_background(int row, const wxColour& colour) {
    for (int column = 0; column < column_count(); ++column) set_cell_background(row, column, colour);
}

void ListView::set_row_text_colour(int row, const wxColour& colour) {
    if (row < 0 || row >= row_count()) return;
    for (int column = 0; column < column_count(); ++column) {
        m_store->colours(row, column).text = colour;
        redraw(row, column);
    }
}

void ListView::set_cell_background(int row, int column, const wxColour& colour) {
    if (row < 0 || row >= row_count() || column < 0 || column >= column_count()) return;
    m_store->colours(row, column).background = colour;
    redraw(row, column);
}

void ListView::clear_backgrounds() {
    m_store->clear_colours();
    Refresh();
}

int ListView::selected_row() const {
    const wxDataViewItem item = GetSelection();
    return item.IsOk() ? row_of(item) : -1;
}

void ListView::select_row(int row) {
    if (row < 0 || row >= row_count()) return;
    const wxDataViewItem item = item_at(row);
    Select(item);
    SetCurrentItem(item);
    EnsureVisible(item);
}

void ListView::set_column_width(int column, int width) {
    if (column >= 0 && column < column_count()) GetColumn(static_cast<unsigned>(column))->SetWidth(width);
}

int ListView::column_width(int column) const {
    if (column < 0 || column >= column_count()) return 0;
    return GetColumn(static_cast<unsigned>(column))->GetWidth();
}

wxDataViewItem ListView::item_at(int row) const {
    if (row < 0 || row >= row_count()) return wxDataViewItem();
    return m_store->GetItem(static_cast<unsigned>(row));
}

int ListView::row_of(const wxDataViewItem& item) const {
    return item.IsOk() ? static_cast<int>(m_store->GetRow(item)) : -1;
}

void ListView::on_activate(std::function<void(int row)> handler) {
    Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this, handler](wxDataViewEvent& event) {
        const int row = row_of(event.GetItem());
        if (row >= 0) handler(row);
    });
}

void ListView::on_heading_click(std::function<void(int column)> handler) {
    // GTK makes only a sortable column's heading clickable; the event is handled here (not
    // skipped), so GTK leaves the order to the screen's own sort.
    for (unsigned column = 0; column < GetColumnCount(); ++column) GetColumn(column)->SetSortable(true);
    Bind(wxEVT_DATAVIEW_COLUMN_HEADER_CLICK, [handler](wxDataViewEvent& event) {
        if (event.GetDataViewColumn()) handler(static_cast<int>(event.GetDataViewColumn()->GetModelColumn()));
    });
}

void ListView::on_cell_edited(std::function<void(int row, int column)> handler) {
    Bind(wxEVT_DATAVIEW_ITEM_VALUE_CHANGED, [this, handler](wxDataViewEvent& event) {
        event.Skip();
        const int row = row_of(event.GetItem());
        if (!m_setting && row >= 0) handler(row, event.GetColumn());
    });
}

} // namespace cabas::ui
