#include "pos/function_keys.hpp"

#include <wx/event.h>
#include <wx/window.h>

namespace cabas::ui {

void bind_function_keys(wxWindow* window, FunctionKeys keys) {
    window->Bind(wxEVT_CHAR_HOOK, [keys = std::move(keys)](wxKeyEvent& event) {
        for (const auto& [key, action] : keys)
            if (event.GetKeyCode() == key) return action();
        event.Skip();
    });
}

} // namespace cabas::ui
