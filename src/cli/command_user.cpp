// `cabas-cli user add|list|pin|disable|enable`: the accounts that may log in. On a brand-new
// database the first `user add` creates the admin without a login; afterwards every command
// needs `--user LOGIN --pin PIN` of an admin (or, for `user pin`, of the account itself).
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "cli/login_support.hpp"
#include "core/error.hpp"
#include "services/user_service.hpp"
#include "storage/store.hpp"

#include <ostream>

namespace cabas::cli {

namespace {

core::Role role_from(const std::string& text) {
    if (auto role = core::role_from_code(text)) return *role;
    throw ValidationError("--role", "« " + text + " » : attendu volunteer, manager, social_worker ou admin");
}

} // namespace

int run_user(CommandContext& ctx) {
    Arguments args(ctx.words(), {}, {"user", "pin", "name", "role", "new-pin"});
    const std::string& verb = args.require(0, "action (add, list, pin, disable, enable)");
    const auto acting = [&] { return logged_in_user(ctx, args, services::Capability::ManageAccounts); };
    if (verb == "add") {
        args.expect_at_most(2);
        services::NewUser user;
        user.login = args.require(1, "identifiant du nouveau compte");
        user.display_name = args.option("name").value_or("");
        user.role = role_from(args.option("role").value_or(""));
        user.pin = args.option("new-pin").value_or("");
        services::add_user(ctx.store(), optional_login(ctx, args), user);
        ctx.out() << "Compte créé : " << user.login << " (" << services::role_label(user.role) << ")\n";
        return kExitDone;
    }
    if (verb == "list") {
        args.expect_at_most(1);
        for (const storage::User& u : services::list_users(ctx.store(), acting()))
            ctx.out() << u.login << "\t" << u.display_name << "\t" << services::role_label(u.role)
                      << (u.active ? "" : "\tdésactivé") << "\n";
        return kExitDone;
    }
    if (verb == "pin") {
        args.expect_at_most(2);
        const std::string& login = args.require(1, "identifiant du compte");
        services::change_pin(ctx.store(), acting(), login, args.option("new-pin").value_or(""));
        ctx.out() << "Code changé pour " << login << "\n";
        return kExitDone;
    }
    if (verb == "disable" || verb == "enable") {
        args.expect_at_most(2);
        const std::string& login = args.require(1, "identifiant du compte");
        services::set_user_active(ctx.store(), acting(), login, verb == "enable");
        ctx.out() << "Compte " << login << (verb == "enable" ? " activé" : " désactivé") << "\n";
        return kExitDone;
    }
    throw UsageError{"user : action inconnue « " + verb + " » (add, list, pin, disable, enable)"};
}

} // namespace cabas::cli
