// `cabas-cli user add|list|pin|disable|enable`: the accounts that may log in. On a brand-new
// database the first `user add` creates the admin without a login; afterwards every command
// needs the login and PIN of an admin (or, for `user pin`, of the account itself). `list` shows
// the logins locked after wrong PINs and `unlock` lifts a lock.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "cli/login_support.hpp"
#include "core/error.hpp"
#include "cli/pin_input.hpp"
#include "services/login.hpp"
#include "services/login_lock.hpp"
#include "services/user_service.hpp"
#include "storage/store.hpp"

#include <map>
#include <ostream>

namespace cabas::cli {

namespace {

core::Role role_from(const std::string& text) {
    if (auto role = core::role_from_code(text)) return *role;
    throw ValidationError("--role", "« " + text + " » : attendu volunteer, manager, social_worker ou admin");
}

std::string lock_text(const services::LoginLockView& lock, const services::Clock& clock) {
    if (lock.locked)
        return "verrouillé jusqu'à " + services::local_time_text(lock.locked_until, clock.now_utc()) + " (" +
               std::to_string(lock.failures) + " codes erronés)";
    return std::to_string(lock.failures) + " code(s) erroné(s) de suite";
}

} // namespace

int run_user(CommandContext& ctx) {
    Arguments args(ctx.words(), {}, login_options({"name", "role", "new-pin"}));
    const std::string& verb = args.require(0, "action (add, list, pin, unlock, disable, enable)");
    const auto acting = [&] { return logged_in_user(ctx, args, services::Capability::ManageAccounts); };
    if (verb == "add") {
        args.expect_at_most(2);
        services::NewUser user;
        user.login = args.require(1, "identifiant du nouveau compte");
        user.display_name = args.option("name").value_or("");
        user.role = role_from(args.option("role").value_or(""));
        const auto by = optional_login(ctx, args);
        user.pin = new_pin_for(args, user.login);
        services::add_user(ctx.store(), by, user);
        ctx.out() << "Compte créé : " << user.login << " (" << services::role_label(user.role) << ")\n";
        return kExitDone;
    }
    if (verb == "list") {
        args.expect_at_most(1);
        const auto admin = acting();
        std::map<std::string, services::LoginLockView> locks;
        for (auto& lock : services::login_locks(ctx.store(), admin, ctx.clock())) locks.emplace(lock.login, lock);
        for (const storage::User& u : services::list_users(ctx.store(), admin)) {
            ctx.out() << u.login << "\t" << u.display_name << "\t" << services::role_label(u.role)
                      << (u.active ? "" : "\tdésactivé");
            if (auto lock = locks.find(u.login); lock != locks.end()) ctx.out() << "\t" << lock_text(lock->second, ctx.clock());
            ctx.out() << "\n";
            locks.erase(u.login);
        }
        // Logins that are no account: someone tried names, which the admin should know.
        for (const auto& [login, lock] : locks) ctx.out() << login << "\t(pas de compte)\t\t" << lock_text(lock, ctx.clock()) << "\n";
        return kExitDone;
    }
    if (verb == "unlock") {
        args.expect_at_most(2);
        const std::string& login = args.require(1, "identifiant à déverrouiller");
        if (services::unlock_login(ctx.store(), acting(), login)) ctx.out() << "Déverrouillé : " << login << "\n";
        else ctx.out() << login << " n'était pas verrouillé et n'avait aucun code erroné compté\n";
        return kExitDone;
    }
    if (verb == "pin") {
        args.expect_at_most(2);
        const std::string& login = args.require(1, "identifiant du compte");
        const auto by = acting();
        services::change_pin(ctx.store(), by, login, new_pin_for(args, login));
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
    throw UsageError{"user : action inconnue « " + verb + " » (add, list, pin, unlock, disable, enable)"};
}

} // namespace cabas::cli
