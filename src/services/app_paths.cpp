// XDG data directory resolution for the embedded default database.
#include "services/app_paths.hpp"

#include "core/error.hpp"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace cabas::services {

std::string default_database_path() {
    namespace fs = std::filesystem;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && xdg[0] == '/')
        return (fs::path(xdg) / "cabas" / "cabas.db").string();
    const char* home = std::getenv("HOME");
    if (home == nullptr || home[0] == '\0')
        throw Error("ni XDG_DATA_HOME ni HOME ne sont définis : indiquez la base avec --db CHEMIN");
    return (fs::path(home) / ".local" / "share" / "cabas" / "cabas.db").string();
}

void ensure_parent_directory(const std::string& path) {
    namespace fs = std::filesystem;
    fs::path parent = fs::path(path).parent_path();
    if (parent.empty()) return;
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec) throw StorageError("impossible de créer le dossier " + parent.string() + " : " + ec.message());
}

} // namespace cabas::services
