// Command-line logins (see login_support.hpp).
#include "cli/login_support.hpp"

#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "services/login.hpp"

namespace cabas::cli {

std::set<std::string> login_options(std::set<std::string> own) {
    own.insert({"user", "pin"});
    return own;
}

std::optional<services::LoggedUser> optional_login(CommandContext& ctx, const Arguments& args) {
    const auto login = args.option("user");
    if (!login) return std::nullopt;
    const auto pin = args.option("pin");
    if (!pin) throw UsageError{"--user " + *login + " : indiquez aussi son code avec --pin"};
    auto user = services::log_in(ctx.store(), *login, *pin);
    if (!user) throw PermissionError("identifiant ou code incorrect");
    return user;
}

services::LoggedUser logged_in_user(CommandContext& ctx, const Arguments& args, services::Capability needed) {
    if (auto user = optional_login(ctx, args)) return *user;
    services::refuse_without_login(ctx.store(), needed);
}

} // namespace cabas::cli
