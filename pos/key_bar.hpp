// The till's actions and their keys, in one table: the buttons of the key bar, the F1 key map
// and the keyboard dispatch all read it, so a key shown is a key that works.
#pragma once

#include <wx/panel.h>

#include <functional>
#include <map>
#include <optional>
#include <vector>

class wxButton;

namespace cabas::ui {

enum class TillAction {
    Help, Quantity, Search, Weight, ManagerMenu, Override, Reprint, RemoveLine, CancelSale, NewCard, CloseSession, Pay, BackToScan
};

struct KeyBinding {
    TillAction action;
    int key_code;        ///< WXK_F1 ... WXK_ESCAPE
    wxString key_name;   ///< "F1", "Esc"
    wxString label;      ///< translated action name
};

/// Every action in key-bar order.
std::vector<KeyBinding> till_key_bindings();
std::optional<TillAction> action_for_key(int key_code);

class KeyBar : public wxPanel {
public:
    KeyBar(wxWindow* parent, std::function<void(TillAction)> on_action);
    wxButton* button(TillAction action) const;

private:
    std::map<TillAction, wxButton*> m_buttons;
};

} // namespace cabas::ui
