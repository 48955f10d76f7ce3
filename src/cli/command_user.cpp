// `cabas-cli user add|list|pin|disable|enable`: the accounts that may log in. On a brand-new
// database the first `user add` creates the admin without a login; afterwards every command
// needs the login and PIN of an admin (or, for `user pin`, of the account itself). `list` shows
// the logins locked after wrong PINs and `unlock` lifts a lock.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "cli/login_support.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
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
    throw ValidationError("--role", core::tr("« {0} » : attendu volunteer, manager, social_worker ou admin", text));
}

std::string lock_text(const services::LoginLockView& lock, const services::Clock& clock) {
    if (lock.locked)
        return core::tr("verrouillé jusqu'à {0} ({1} codes erronés)",
                        services::local_time_text(lock.locked_until, clock.now_utc()), lock.failures);
    return core::tr("{0} code(s) erroné(s) de suite", lock.failures);
}

} // namespace

int run_user(CommandContext& ctx) {
    Arguments args(ctx.words(), {}, login_options({"name", "role", "new-pin"}));
    const std::string& verb = args.require(0, core::tr("action (add, list, pin, unlock, disable, enable)"));
    const auto acting = [&] { return logged_in_user(ctx, args, services::Capability::ManageAccounts); };
    if (verb == "add") {
        args.expect_at_most(2);
        services::NewUser user;
        user.login = args.require(1, core::tr("identifiant du nouveau compte"));
        user.display_name = args.option("name").value_or("");
        user.role = role_from(args.option("role").value_or(""));
        const auto by = optional_login(ctx, args);
        user.pin = new_pin_for(args, user.login);
        services::add_user(ctx.store(), by, user);
        ctx.out() << core::tr("Compte créé : {0} ({1})", user.login, services::role_label(user.role)) << "\n";
        return kExitDone;
    }
    if (verb == "list") {
        args.expect_at_most(1);
        const auto admin = acting();
        std::map<std::string, services::LoginLockView> locks;
        for (auto& lock : services::login_locks(ctx.store(), admin, ctx.clock())) locks.emplace(lock.login, lock);
        for (const storage::User& u : services::list_users(ctx.store(), admin)) {
            ctx.out() << u.login << "\t" << u.display_name << "\t" << services::role_label(u.role)
                      << (u.active ? "" : "\t" + core::tr("désactivé"));
            if (auto lock = locks.find(u.login); lock != locks.end()) ctx.out() << "\t" << lock_text(lock->second, ctx.clock());
            ctx.out() << "\n";
            locks.erase(u.login);
        }
        // Logins that are no account: someone tried names, which the admin should know.
        for (const auto& [login, lock] : locks) ctx.out() << login << "\t" << core::tr("(pas de compte)") << "\t\t" << lock_text(lock, ctx.clock()) << "\n";
        return kExitDone;
    }
    if (verb == "unlock") {
        args.expect_at_most(2);
        const std::string& login = args.require(1, core::tr("identifiant à déverrouiller"));
        if (services::unlock_login(ctx.store(), acting(), login))
            ctx.out() << core::tr("Déverrouillé : {0}", login) << "\n";
        else
            ctx.out() << core::tr("{0} n'était pas verrouillé et n'avait aucun code erroné compté", login) << "\n";
        return kExitDone;
    }
    if (verb == "pin") {
        args.expect_at_most(2);
        const std::string& login = args.require(1, core::tr("identifiant du compte"));
        const auto by = acting();
        services::change_pin(ctx.store(), by, login, new_pin_for(args, login));
        ctx.out() << core::tr("Code changé pour {0}", login) << "\n";
        return kExitDone;
    }
    if (verb == "disable" || verb == "enable") {
        args.expect_at_most(2);
        const std::string& login = args.require(1, core::tr("identifiant du compte"));
        services::set_user_active(ctx.store(), acting(), login, verb == "enable");
        ctx.out() << (verb == "enable" ? core::tr("Compte {0} activé", login) : core::tr("Compte {0} désactivé", login)) << "\n";
        return kExitDone;
    }
    throw UsageError{core::tr("user : action inconnue « {0} » (add, list, pin, unlock, disable, enable)", verb)};
}

} // namespace cabas::cli
