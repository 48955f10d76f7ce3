// Logging in on the command line: every command that reads personal data or changes anything
// names its user with --user and proves it with the PIN, so the capability table applies in the
// CLI exactly as at the screens.
#pragma once

#include "services/access_control.hpp"

#include <optional>
#include <set>
#include <string>

namespace cabas::cli {

class Arguments;
class CommandContext;

/// `own` plus the login options (--user, and the PIN's --pin-file and --pin: pin_input.hpp).
std::set<std::string> login_options(std::set<std::string> own);

/// The user named by --user whose PIN was given. Without --user the refusal is written to the
/// access log and PermissionDenied names `needed` (exit 1); a wrong PIN, or a login locked after
/// wrong PINs, is a PermissionError (exit 1) that does not say whether the login or the PIN was
/// wrong (services/login.hpp).
services::LoggedUser logged_in_user(CommandContext&, const Arguments&, services::Capability needed);

/// The same when a login is optional (the first account of a new database): nullopt without --user.
std::optional<services::LoggedUser> optional_login(CommandContext&, const Arguments&);

} // namespace cabas::cli
