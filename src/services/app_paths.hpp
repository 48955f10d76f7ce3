// Where Cabas keeps its files when the user does not say: the XDG data directory.
#pragma once

#include <string>

namespace cabas::services {

/// $XDG_DATA_HOME/cabas/cabas.db, or ~/.local/share/cabas/cabas.db. Does not create anything.
std::string default_database_path();

/// Creates the parent directory of `path` if needed. Throws cabas::Error when it cannot.
void ensure_parent_directory(const std::string& path);

} // namespace cabas::services
