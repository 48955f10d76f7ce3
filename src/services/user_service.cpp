// Accounts and PINs (see user_service.hpp).
#include "services/user_service.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "storage/store.hpp"

#include <algorithm>

namespace cabas::services {

namespace {

/// Accounts are only ever managed by someone who may manage them: the first account of a new
/// database must hold that right, and the last active holder cannot be deactivated.
bool manages_accounts(core::Role role) { return may(role, Capability::ManageAccounts); }

std::optional<storage::User> find_user(storage::Store& store, const std::string& login) {
    for (storage::User& user : store.users().list())
        if (user.login == login) return user;
    return std::nullopt;
}

/// `field` is a code the forms match ("identifiant"), kept as it is in every language.
void throw_if(const std::string& field, const std::string& problem) {
    if (!problem.empty()) throw ValidationError(field, problem);
}

} // namespace

std::string login_problem(const std::string& login) {
    if (login.size() < 2 || login.size() > 32) return core::tr("de 2 à 32 caractères");
    const bool allowed = std::all_of(login.begin(), login.end(), [](unsigned char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    });
    return allowed ? std::string() : core::tr("lettres minuscules sans accent, chiffres, . _ et - seulement");
}

std::string display_name_problem(const std::string& name) {
    if (name.find_first_not_of(' ') == std::string::npos) return core::tr("obligatoire");
    if (name.size() > 60) return core::tr("trop long (60 caractères au plus)");
    return {};
}

std::string pin_problem(const std::string& pin) {
    if (pin.size() < 4 || pin.size() > 12) return core::tr("de 4 à 12 chiffres");
    if (!std::all_of(pin.begin(), pin.end(), [](unsigned char c) { return c >= '0' && c <= '9'; }))
        return core::tr("des chiffres seulement");
    return {};
}

bool needs_first_admin(storage::Store& store) { return store.users().list().empty(); }

std::int64_t add_user(storage::Store& store, const std::optional<services::LoggedUser>& by, const NewUser& user) {
    throw_if("identifiant", login_problem(user.login));
    throw_if("nom", display_name_problem(user.display_name));
    throw_if("code", pin_problem(user.pin));
    if (!needs_first_admin(store)) {
        if (!by) refuse_without_login(store, Capability::ManageAccounts);
        require(store, *by, Capability::ManageAccounts);
    }
    return store.transaction([&] {
        if (needs_first_admin(store)) {
            if (!manages_accounts(user.role))
                throw ValidationError(core::tr("rôle"), core::tr("le premier compte d'une base neuve doit être un administrateur"));
        } else if (!by) {
            throw PermissionError(core::tr("seul un administrateur connecté peut créer un compte"));
        }
        if (find_user(store, user.login)) throw ValidationError("identifiant", core::tr("« {0} » existe déjà", user.login));
        return store.users().add(user.login, user.display_name, user.role, user.pin);
    });
}

void change_pin(storage::Store& store, const services::LoggedUser& by, const std::string& login, const std::string& pin) {
    if (by.login != login) require(store, by, Capability::ManageAccounts);
    throw_if("code", pin_problem(pin));
    store.transaction([&] {
        if (!find_user(store, login)) throw ValidationError("identifiant", core::tr("compte inconnu « {0} »", login));
        store.users().set_pin(login, pin);
    });
}

void set_user_active(storage::Store& store, const services::LoggedUser& by, const std::string& login, bool active) {
    require(store, by, Capability::ManageAccounts);
    store.transaction([&] {
        const auto users = store.users().list();
        const auto target = std::find_if(users.begin(), users.end(), [&](const storage::User& u) { return u.login == login; });
        if (target == users.end()) throw ValidationError("identifiant", core::tr("compte inconnu « {0} »", login));
        if (!active && manages_accounts(target->role) && target->active) {
            const auto admins = std::count_if(users.begin(), users.end(), [](const storage::User& u) {
                return manages_accounts(u.role) && u.active;
            });
            if (admins <= 1)
                throw ValidationError("identifiant", core::tr("le dernier administrateur actif ne peut pas être désactivé"));
        }
        store.users().set_active(login, active);
    });
}

std::vector<storage::User> list_users(storage::Store& store, const services::LoggedUser& by) {
    require(store, by, Capability::ManageAccounts);
    return store.users().list();
}

} // namespace cabas::services
