// What the tests of `cabas-cli migrate` share: running it, a private copy of the demo file to
// alter or sell on, and a count read on the server.
#pragma once

#include "cli/cli_runner.hpp"
#include "storage/postgres_store.hpp"

#include <string>

namespace cabas::testing::migrate_support {

inline CliResult migrate(const CliSandbox& box, const std::string& from, const std::string& to) {
    return box.run({"migrate", from, to, "--user", "admin", "--pin", "4444"}, false);
}

/// A copy of the demo file, to alter or to sell on without touching the shared one.
inline std::string demo_copy(const CliSandbox& box, const std::string& name) {
    const std::string path = box.path(name);
    sqlite_write(demo().db(), "VACUUM INTO '" + path + "'");
    return path;
}

inline long long server_count(const std::string& uri, const std::string& sql) {
    auto store = storage::open_store(uri, storage::PinHashCost::minimum(), storage::OpenMode::ExistingOnly);
    return dynamic_cast<storage::PgStore&>(*store).database().query_int(sql);
}

} // namespace cabas::testing::migrate_support
