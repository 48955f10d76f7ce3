// "No French on an English screen": the text a window shows — titles, labels, buttons, fields,
// list and grid headings and cells, choices, notebook tabs — and the French words
// found in it. The word list holds the till's own vocabulary and French grammar words, not the
// épicerie's data (a product called "Pâtes" is data, shown as typed, in any language).
#pragma once

#include <string>
#include <vector>

class wxWindow;

namespace cabas::gui_testing {

/// Every text shown under `root` (shown windows only), one entry per label, cell or choice.
std::vector<std::string> visible_texts(wxWindow* root);

/// One line per French word found, e.g. "'Carte inconnue' holds 'carte'"; empty when none.
/// Each text of `data` (the épicerie's own names: products, categories…) is taken out of the
/// texts before they are read; what people type in an editable field is data too.
std::vector<std::string> french_words(wxWindow* root, const std::vector<std::string>& data = {});

} // namespace cabas::gui_testing
