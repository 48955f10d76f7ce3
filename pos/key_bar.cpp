// The till's key table and key bar (see key_bar.hpp).
#include "pos/key_bar.hpp"

#include "pos/palette.hpp"
#include "pos/ui_support.hpp"

#include <wx/button.h>
#include <wx/sizer.h>

namespace cabas::ui {

std::vector<KeyBinding> till_key_bindings() {
    return {
        {TillAction::Help, WXK_F1, "F1", _("Help")},
        {TillAction::Quantity, WXK_F2, "F2", _("Quantity")},
        {TillAction::Search, WXK_F3, "F3", _("Search")},
        {TillAction::Weight, WXK_F4, "F4", _("Weight")},
        {TillAction::ManagerMenu, WXK_F5, "F5", _("Manager menu")},
        {TillAction::Override, WXK_F6, "F6", _("Override")},
        {TillAction::Reprint, WXK_F7, "F7", _("Reprint")},
        {TillAction::RemoveLine, WXK_F8, "F8", _("Remove line")},
        {TillAction::CancelSale, WXK_F9, "F9", _("Cancel sale")},
        {TillAction::NewCard, WXK_F10, "F10", _("New card")},
        {TillAction::CloseSession, WXK_F11, "F11", _("Close session")},
        {TillAction::BackToScan, WXK_ESCAPE, _("Esc"), _("Back to scan")},
        {TillAction::Pay, WXK_F12, "F12", _("Pay")},
    };
}

std::optional<TillAction> action_for_key(int key_code) {
    for (const KeyBinding& binding : till_key_bindings())
        if (binding.key_code == key_code) return binding.action;
    return std::nullopt;
}

KeyBar::KeyBar(wxWindow* parent, std::function<void(TillAction)> on_action) : wxPanel(parent) {
    const auto bindings = till_key_bindings();
    auto* grid = new wxGridSizer(3, 5, 4, 4);
    for (const KeyBinding& binding : bindings) {
        auto* button = new wxButton(this, wxID_ANY, binding.key_name + "  " + binding.label, wxDefaultPosition,
                                    wxSize(-1, target_height));
        button->SetFont(till_font(base_points, binding.action == TillAction::Pay));
        button->SetCanFocus(false);
        if (binding.action == TillAction::Pay) {
            button->SetBackgroundColour(palette().background(Tone::Ok));
            button->SetForegroundColour(palette().text_on(Tone::Ok));
        }
        const TillAction action = binding.action;
        button->Bind(wxEVT_BUTTON, [on_action, action](wxCommandEvent&) { on_action(action); });
        grid->Add(button, 1, wxEXPAND);
        m_buttons[action] = button;
    }
    SetSizer(grid);
}

wxButton* KeyBar::button(TillAction action) const {
    const auto found = m_buttons.find(action);
    return found == m_buttons.end() ? nullptr : found->second;
}

} // namespace cabas::ui
