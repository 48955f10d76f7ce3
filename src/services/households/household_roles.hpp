// Who may do what with household files (DOMAIN.md §6). Every household service call checks one
// capability here first, so the rule holds for the screens and cabas-cli alike.
#pragma once

#include "core/error.hpp"
#include "storage/user_repository.hpp"

#include <string>

namespace cabas::services::households {

/// A role asked for something it may not see or do. The message is plain French and names
/// the refused action; it never carries any of the refused data.
class PermissionDenied : public PermissionError {
public:
    using PermissionError::PermissionError;
};

/// What a role may do with households. Volunteers have none of these: they only check cards at
/// the till. Managers see the access status and act on access and cards, never on the social
/// file (resources, charges, notes, baskets). Social workers and admins see everything; only
/// admins read the access log.
enum class Capability {
    ListHouseholds,   ///< the household list and the access view of one file
    ManageAccess,     ///< renew, suspend, lift a suspension, exit
    ManageCards,      ///< issue, revoke, replace, print cards
    SeeSocialFile,    ///< members, resources, charges, QF, notes, eligibility, baskets
    EditFile,         ///< create (referral) and update a household file
    Decide,           ///< record a commission decision, override the window or the carence
    ReadAccessLog,    ///< view and export the access log
};

bool may(core::Role, Capability);

/// French name of the role ("bénévole", "responsable", "travailleur social", "administrateur").
std::string role_label(core::Role);

/// Short French words for a capability ("voir les ressources et charges d'un foyer").
std::string capability_label(Capability);

} // namespace cabas::services::households
