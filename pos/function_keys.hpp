// A screen's own function keys: one table from key to action, bound once, so a panel does not
// write its key dispatch by hand (the buttons show the same keys in their labels).
#pragma once

#include <functional>
#include <utility>
#include <vector>

class wxWindow;

namespace cabas::ui {

using FunctionKeys = std::vector<std::pair<int, std::function<void()>>>;

/// Runs the action of a key pressed anywhere in `window` (wxEVT_CHAR_HOOK); any other key goes
/// on as usual.
void bind_function_keys(wxWindow* window, FunctionKeys keys);

} // namespace cabas::ui
