// The people who may log in: an admin creates them with a role and a PIN, changes a PIN and
// deactivates an account (never deletes it: sales and logs keep its login). A brand-new
// database has no user, so the very first account, an admin, may be created without a login.
#pragma once

#include "services/access_control.hpp"
#include "storage/user_repository.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services {

struct NewUser {
    std::string login;          ///< 2 to 32 of a-z 0-9 . _ -
    std::string display_name;   ///< shown at the till ("Marie (bénévole)")
    core::Role role = core::Role::Volunteer;
    std::string pin;            ///< 4 to 12 digits
};

/// Why `login`, `name` or `pin` is refused (in the process language, for the field), or empty.
std::string login_problem(const std::string& login);
std::string display_name_problem(const std::string& name);
std::string pin_problem(const std::string& pin);

/// True while the database has no user at all (then only an admin may be created, by anyone).
bool needs_first_admin(storage::Store&);

/// Creates the account. `by` must be an admin, except for the first account of an empty
/// database, which must itself be an admin. ValidationError naming the field; PermissionError.
std::int64_t add_user(storage::Store&, const std::optional<services::LoggedUser>& by, const NewUser&);

/// An admin sets anyone's PIN; anyone may set their own.
void change_pin(storage::Store&, const services::LoggedUser& by, const std::string& login, const std::string& pin);

/// An admin (de)activates an account; the last active admin cannot be deactivated.
void set_user_active(storage::Store&, const services::LoggedUser& by, const std::string& login, bool active);

/// Every account (admin only: the list says who works here).
std::vector<storage::User> list_users(storage::Store&, const services::LoggedUser& by);

} // namespace cabas::services
