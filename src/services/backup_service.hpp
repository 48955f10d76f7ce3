// Backups of the whole database: who may take one, and taking it while the till sells.
#pragma once

#include "services/access_control.hpp"

#include <string>

namespace cabas::storage { class Store; }

namespace cabas::services {

/// A consistent copy of the whole database at `destination` (the engine's online backup),
/// taken by `by`, who must be allowed to back up. The copy holds every personal datum.
void back_up(storage::Store&, const LoggedUser& by, const std::string& destination);

} // namespace cabas::services
