// Command-line logins (see login_support.hpp).
#include "cli/login_support.hpp"

#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/pin_input.hpp"
#include "services/login.hpp"

namespace cabas::cli {

std::set<std::string> login_options(std::set<std::string> own) {
    own.insert({"user", "pin", "pin-file"});
    return own;
}

std::optional<services::LoggedUser> optional_login(CommandContext& ctx, const Arguments& args) {
    const auto login = args.option("user");
    if (!login) return std::nullopt;
    const std::string pin = pin_for(args, *login);
    auto attempt = services::attempt_login(ctx.store(), ctx.clock(), *login, pin, services::LoginPlace::CommandLine);
    if (!attempt.user) throw PermissionError(attempt.refusal);
    return attempt.user;
}

services::LoggedUser logged_in_user(CommandContext& ctx, const Arguments& args, services::Capability needed) {
    if (auto user = optional_login(ctx, args)) return *user;
    services::refuse_without_login(ctx.store(), needed);
}

} // namespace cabas::cli
