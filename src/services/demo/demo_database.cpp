// The separate demonstration database (see demo_database.hpp).
#include "services/demo/demo_database.hpp"

#include "services/app_paths.hpp"
#include "services/demo/demo_seeder.hpp"
#include "services/open_database.hpp"
#include "storage/store.hpp"

#include <filesystem>

namespace cabas::services::demo {

namespace fs = std::filesystem;

std::string demo_database_path(const std::string& database_path) {
    if (storage::is_server_location(database_path))
        return (fs::path(default_database_path()).parent_path() / "demo.db").string();
    return (fs::path(database_path).parent_path() / "demo.db").string();
}

bool ensure_demo_database(const std::string& path, core::Date today) {
    std::error_code ec;
    if (fs::exists(path, ec)) return false;
    ensure_parent_directory(path);
    try {
        auto store = open_database(path);
        seed_demo(*store, today, 1);
    } catch (...) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix, ec);
        throw;
    }
    return true;
}

} // namespace cabas::services::demo
