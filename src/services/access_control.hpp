// Who may do what in Cabas: the one capability table. Every service entry point that reads or
// changes data takes the acting user and asks this table first; the till and cabas-cli ask the
// same table what to show. No role is compared anywhere else (a CTest test greps for it).
#pragma once

#include "core/error.hpp"
#include "core/role.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services {

/// Who is acting: logged in at the till, in the back office or on the command line. Never
/// carries the PIN.
struct LoggedUser {
    std::int64_t id = 0;
    std::string login;
    std::string display_name;
    core::Role role = core::Role::Volunteer;
};

/// Everything a role may or may not do. The default table (docs/design/architecture.md shows
/// it as a grid) is in access_control.cpp.
enum class Capability {
    // the till
    Sell,                 ///< open a till session, check cards, sell, reprint, close the session
    OverrideAtTill,       ///< let a refused card or line through, with a reason
    CorrectSale,          ///< reverse a validated sale
    OpenDrawer,           ///< open the cash drawer without a sale (logged)
    // stock
    ManageStock,          ///< products, receptions, losses, inventories, lots, stock report
    // households
    ListHouseholds,       ///< the household list and the access view of one file
    ManageAccess,         ///< renew, suspend, lift a suspension
    ManageCards,          ///< issue, revoke, replace, print cards
    SeeSocialFile,        ///< members, resources and charges (incomes), QF, notes, baskets
    EditFile,             ///< file (refer), update and import household files
    Decide,               ///< commission decisions, overriding the window or the waiting period
    RecordExit,           ///< end a household's access (sortie du dispositif), a commission matter
    ExportHouseholdData,  ///< everything held about a household, to hand to it (right of access)
    // reports
    BuildReports,         ///< monthly, annual, FSE+ reports (small cells suppressed)
    MakeReportInternal,   ///< lift the suppression, or set the threshold under 11
    // administration
    EditSettings,         ///< the épicerie's settings (name, till, printing, alerts)
    SetBareme,            ///< import or save a new barème version
    ManageAccounts,       ///< create accounts, set others' PINs, deactivate
    ReadAccessLog,        ///< who opened, changed or exported which file
    BackUp,               ///< copy the whole database, anywhere
    RunAutomaticBackup,   ///< have the automatic backup made now, into the folder an admin chose
    Restore,              ///< replace the database by a backup
    ApplyRetention,       ///< list and anonymise files past their retention period
    ArchiveSales,         ///< move sales and closures past their retention into a signed archive
    OpenBackOffice,       ///< the back office ("Gestion") itself
};

/// Every capability, in the order above (for tables and tests).
const std::vector<Capability>& all_capabilities();
/// Every role, from volunteer to admin.
const std::vector<core::Role>& all_roles();

/// The table: true when `role` has `capability`.
bool may(core::Role role, Capability capability);
inline bool may(const LoggedUser& user, Capability capability) { return may(user.role, capability); }

/// The role's name in the process language ("bénévole", "responsable", "travailleur social"...).
std::string role_label(core::Role);
/// Short words for a capability in the process language ("gérer les comptes"); the access log
/// keeps the French ones.
std::string capability_label(Capability);
/// Stable English code of a capability ("see_social_file"), as written in the access log.
std::string to_code(Capability);

/// A role asked for something it may not see or do. The message is in the process language and names the
/// refused action; it never carries any of the refused data.
class PermissionDenied : public PermissionError {
public:
    PermissionDenied(const std::string& what, Capability capability)
        : PermissionError(what), m_capability(capability) {}
    Capability capability() const noexcept { return m_capability; }

private:
    Capability m_capability;
};

/// Returns when `user` has `capability`. Otherwise writes the refusal to the access log (its
/// own write: call this before opening a transaction, so a rollback cannot erase it) and throws
/// PermissionDenied.
void require(storage::Store&, const LoggedUser& user, Capability capability,
             std::optional<std::int64_t> household_id = std::nullopt);

/// Like require(), but answers false (the refusal logged) instead of throwing: for use cases
/// whose refusals are values shown to the user, such as a manager's PIN at the till.
bool granted(storage::Store&, const LoggedUser& user, Capability capability,
             std::optional<std::int64_t> household_id = std::nullopt);

/// For commands run with no login at all: logs the refusal under `login_tried` (or
/// "(sans connexion)") and throws PermissionDenied.
[[noreturn]] void refuse_without_login(storage::Store&, Capability capability, const std::string& login_tried = {});

} // namespace cabas::services
