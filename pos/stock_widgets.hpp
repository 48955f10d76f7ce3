// Small building blocks shared by the stock screens: report-style tables, tall buttons, the
// message strip, and quantities as the stock screens show them.
#pragma once

#include "core/product.hpp"

#include <wx/string.h>

#include <utility>
#include <vector>

class wxButton;
class wxListCtrl;
class wxStaticText;
class wxWindow;

namespace cabas::ui {

/// A report-mode list with the given (title, width) columns.
wxListCtrl* make_table(wxWindow* parent, const std::vector<std::pair<wxString, int>>& columns, int height = 260);
/// Appends one row of cells.
void add_row(wxListCtrl* table, const std::vector<wxString>& cells);
/// The cell text at (row, column).
wxString cell_text(wxListCtrl* table, long row, int column);

/// A button at least as tall as a touch target, labelled with its key ("F12 Save").
wxButton* tall_button(wxWindow* parent, const wxString& label, int id = -1);

/// Kind of message shown in a strip: colour and words together (docs/design/ui.md §5).
enum class StripLevel { Info, Success, Warning, Refusal };
void show_in_strip(wxStaticText* strip, const wxString& text, StripLevel level);

/// "12" or "1,250 kg".
wxString quantity_wx(core::SaleUnit unit, std::int64_t quantity);

} // namespace cabas::ui
