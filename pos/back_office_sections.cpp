// The back office's section table (see back_office_sections.hpp).
#include "pos/back_office_sections.hpp"

#include "pos/settings_panel.hpp"

#include <algorithm>

namespace cabas::ui {

namespace {

using storage::Role;

bool allows(const BackOfficeSection& section, Role role) {
    return std::find(section.roles.begin(), section.roles.end(), role) != section.roles.end();
}

} // namespace

// Keys: F2 is the till and F12 leaves (both owned by the back office panel); the sections take
// the keys between, in the order a manager's week goes.
std::vector<BackOfficeSection> back_office_sections() {
    return {
        {WXK_F8, "F8", _("Settings"), {Role::Manager, Role::Admin},
         [](wxWindow* parent, const BackOfficeContext& context) -> wxWindow* { return new SettingsPanel(parent, context); }},
    };
}

std::vector<BackOfficeSection> back_office_sections_for(Role role) {
    std::vector<BackOfficeSection> allowed;
    for (BackOfficeSection& section : back_office_sections())
        if (allows(section, role)) allowed.push_back(std::move(section));
    return allowed;
}

bool may_open_back_office(Role role) { return role != Role::Volunteer; }

bool may_use_till(Role role) { return role != Role::SocialWorker; }

} // namespace cabas::ui
