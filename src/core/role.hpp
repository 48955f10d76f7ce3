// The roles of the people who log in to Cabas. What each role may do is decided by one
// capability table in the services (services/access_control.hpp), never here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cabas::core {

/// Volunteer at the till, grocery manager, social worker (or CCAS), administrator.
enum class Role { Volunteer, Manager, SocialWorker, Admin };

/// "volunteer", "manager", "social_worker", "admin": the codes stored and typed on the command line.
std::string to_code(Role);
std::optional<Role> role_from_code(std::string_view);

} // namespace cabas::core
