// The role table of household files: one switch per role, so a reader sees each role's rights
// in one place.
#include "services/households/household_roles.hpp"

namespace cabas::services::households {

bool may(core::Role role, Capability capability) {
    switch (role) {
    case core::Role::Volunteer:
        return false;
    case core::Role::Manager:
        return capability == Capability::ListHouseholds || capability == Capability::ManageAccess ||
               capability == Capability::ManageCards;
    case core::Role::SocialWorker:
        return capability != Capability::ReadAccessLog;
    case core::Role::Admin:
        return true;
    }
    return false;
}

std::string role_label(core::Role role) {
    switch (role) {
    case core::Role::Volunteer: return "bénévole";
    case core::Role::Manager: return "responsable";
    case core::Role::SocialWorker: return "travailleur social";
    case core::Role::Admin: return "administrateur";
    }
    return "inconnu";
}

std::string capability_label(Capability capability) {
    switch (capability) {
    case Capability::ListHouseholds: return "consulter les foyers";
    case Capability::ManageAccess: return "modifier les droits d'accès d'un foyer";
    case Capability::ManageCards: return "gérer les cartes";
    case Capability::SeeSocialFile: return "voir le dossier social (ressources, charges, notes, paniers)";
    case Capability::EditFile: return "créer ou modifier un dossier de foyer";
    case Capability::Decide: return "enregistrer une décision de commission";
    case Capability::ReadAccessLog: return "consulter le journal des accès";
    }
    return "?";
}

} // namespace cabas::services::households
