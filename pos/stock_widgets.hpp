// Small building blocks shared by the stock screens: report-style tables, tall buttons, the
// message strip, and quantities as the stock screens show them.
#pragma once

#include "core/product.hpp"

#include <wx/string.h>

#include <functional>
#include <utility>
#include <vector>

class wxButton;
class wxDialog;
class wxSizer;
class wxStaticText;
class wxWindow;

namespace cabas::ui {

class ListView;

/// A native list (pos/list_view.hpp) with the given (title, width) columns, in the stock font.
ListView* make_table(wxWindow* parent, const std::vector<std::pair<wxString, int>>& columns, int height = 260);

/// A button at least as tall as a touch target, labelled with its key ("F12 Save").
wxButton* tall_button(wxWindow* parent, const wxString& label, int id = -1);

/// Kind of message shown in a strip: colour and words together (docs/design/ui.md §5).
enum class StripLevel { Info, Success, Warning, Refusal };
void show_in_strip(wxStaticText* strip, const wxString& text, StripLevel level);

/// Finishes a form dialog: the red line for a refusal, then "Esc Cancel" and "F12 Save" under
/// `fields`; F12 or the button run `save` and close the dialog with wxID_OK when it succeeds.
/// Returns the refusal line (show_form_problem writes into it).
wxStaticText* finish_form(wxDialog* dialog, wxSizer* fields, std::function<bool()> save);
/// Writes a refusal under the fields and refits the dialog to its length.
void show_form_problem(wxDialog* dialog, wxStaticText* problem, const wxString& message);

/// "12" or "1,250 kg".
wxString quantity_wx(core::SaleUnit unit, std::int64_t quantity);

} // namespace cabas::ui
