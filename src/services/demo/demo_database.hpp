// A demonstration database of its own, beside the real one: what the first-run wizard offers
// to someone who wants to try Cabas before setting up their épicerie (the real database stays
// empty). The same seeding as `cabas-cli init --demo`.
#pragma once

#include "core/date.hpp"

#include <string>

namespace cabas::services::demo {

/// `demo.db` in the folder of `database_path`; for a server database (postgresql://…), the
/// per-user data folder ($XDG_DATA_HOME/cabas/demo.db).
std::string demo_database_path(const std::string& database_path);

/// Creates and seeds the file when it does not exist yet (0600, folders 0700); returns false
/// when it was already there (it is then left as it is). Throws cabas::Error on failure and
/// removes a half-created file.
bool ensure_demo_database(const std::string& path, core::Date today);

/// The logins a visitor can try on the demo database, in French.
inline constexpr const char* kDemoLogins =
    "marie (bénévole, code 1111), paul (responsable, 2222), sophie (travailleuse sociale, 3333), admin (4444)";

} // namespace cabas::services::demo
