// What the household, card, commission and access-log commands share: logging in with
// --user/--pin (so roles apply in the CLI as at the screens), the --on date, and turning a
// role refusal into exit code 1.
#pragma once

#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "services/card_service.hpp"
#include "services/households/household_service.hpp"

#include <functional>
#include <memory>
#include <set>
#include <string>

namespace cabas::cli {

/// Options every household command accepts, to add to its own.
std::set<std::string> with_login_options(std::set<std::string> options);

/// A logged-in household service for the command, its clock fixed by --on when given.
class HouseholdSession {
public:
    /// Logs in (cli/login_support.hpp): without --user the refusal is logged and
    /// PermissionDenied names `needed`; a wrong PIN is a PermissionError.
    HouseholdSession(CommandContext&, const Arguments&, services::Capability needed = services::Capability::ListHouseholds);
    services::households::HouseholdService& service() { return *m_service; }
    core::Date today() const { return m_clock->today(); }
    /// What the cross-épicerie check of the last change found, as lines to print: the adults
    /// followed elsewhere, and, when `say_unavailable` (the filing: said once, not at every
    /// step), why the check could not be made. Nothing when it found nobody.
    std::string cross_site_text(bool say_unavailable) const;

private:
    std::unique_ptr<services::Clock> m_clock;
    services::RandomSerialSource m_serials;
    std::unique_ptr<services::households::HouseholdService> m_service;
};

/// Runs `body` with a logged-in session: exit 1 for a wrong PIN or a role refusal (printed on
/// stderr), otherwise body's exit code. `needed` is what the refusal names when no user is given.
int with_household_session(CommandContext&, const Arguments&, const std::function<int(HouseholdSession&)>& body,
                           services::Capability needed = services::Capability::ListHouseholds);

/// The "Droits ouverts jusqu'au 22/02/2027" line of an access status.
std::string status_text(const core::AccessStatus&);

/// Writes bytes to a file, refusing to overwrite one unless `force`; ValidationError naming it.
void write_output_file(const std::string& path, const std::string& bytes, bool force);

// The commands of this area, dispatched from main.cpp (and `card` for the card actions).
int run_household(CommandContext&);
int run_commission(CommandContext&);
int run_access_log(CommandContext&);
int run_card_action(CommandContext&, const std::string& verb);

} // namespace cabas::cli
