// Logging in (see login.hpp).
#include "services/login.hpp"

#include "storage/store.hpp"

namespace cabas::services {

std::optional<LoggedUser> log_in(storage::Store& store, const std::string& login, const std::string& pin) {
    auto user = store.users().verify(login, pin);
    if (!user) return std::nullopt;
    return LoggedUser{user->id, user->login, user->display_name, user->role};
}

} // namespace cabas::services
