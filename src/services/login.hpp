// Logging in: a login and a PIN checked against the stored Argon2id hash.
#pragma once

#include "services/access_control.hpp"

#include <optional>
#include <string>

namespace cabas::storage { class Store; }

namespace cabas::services {

/// The user when the login exists, is active and the PIN matches; nullopt without saying which
/// of the three was wrong.
std::optional<LoggedUser> log_in(storage::Store&, const std::string& login, const std::string& pin);

} // namespace cabas::services
