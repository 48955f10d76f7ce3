// "Every label whole": walks a window's visible children and names each text that the screen
// cannot show whole — a label, button or check box narrower (or lower) than its text, a list
// column narrower than its heading, a control reaching past its parent's edge, a window larger
// than the screen — and each target a finger cannot hit: a button, check box or list row under
// 44 px high. Every GUI screenshot runs it, so each screen a test visits is checked.
// Cells of lists may be ellipsised (each record's own view shows it whole); headings may not.
#pragma once

#include <string>
#include <vector>

class wxWindow;

namespace cabas::gui_testing {

/// One line per text that is cut, e.g. "button 'F12 Enregistrer' is 120 px wide, its text needs
/// 134 px"; empty when everything under `root` (and `root` itself) is whole.
std::vector<std::string> cut_texts(wxWindow* root);

} // namespace cabas::gui_testing
