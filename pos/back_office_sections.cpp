// The back office's section table (see back_office_sections.hpp).
#include "pos/back_office_sections.hpp"

#include <algorithm>

namespace cabas::ui {

namespace {

using storage::Role;

bool allows(const BackOfficeSection& section, Role role) {
    return std::find(section.roles.begin(), section.roles.end(), role) != section.roles.end();
}

} // namespace

std::vector<BackOfficeSection> back_office_sections() {
    return {};
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
