// XDG data directory resolution for the embedded default database, private folders, and the
// warning about a database others can read.
#include "services/app_paths.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "storage/private_file.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace cabas::services {

std::string default_database_path() {
    namespace fs = std::filesystem;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && xdg[0] == '/')
        return (fs::path(xdg) / "cabas" / "cabas.db").string();
    const char* home = std::getenv("HOME");
    if (home == nullptr || home[0] == '\0')
        throw Error(core::tr("ni XDG_DATA_HOME ni HOME ne sont définis : indiquez la base avec --db CHEMIN"));
    return (fs::path(home) / ".local" / "share" / "cabas" / "cabas.db").string();
}

std::string tickets_directory_beside(const std::string& database_path) {
    namespace fs = std::filesystem;
    const fs::path folder = fs::absolute(fs::path(database_path)).parent_path();
    return (folder / "tickets").string();
}

void ensure_parent_directory(const std::string& path) {
    storage::create_private_directories(std::filesystem::path(path).parent_path().string());
}

void make_new_files_private() { storage::restrict_new_files_to_owner(); }

std::optional<std::string> database_exposure_warning(const std::string& database_path) {
    for (const std::string& path : {database_path, database_path + "-wal", database_path + "-shm"}) {
        const auto mode = storage::exposed_permissions(path);
        if (!mode) continue;
        char octal[8];
        std::snprintf(octal, sizeof octal, "%03o", *mode);
        return core::tr("Attention : « {0} » est lisible par d'autres comptes de ce poste (droits {1}) alors qu'il contient "
                        "des données sociales. Réservez-le à son propriétaire : chmod 600 « {0} ».",
                        path, octal);
    }
    return std::nullopt;
}

} // namespace cabas::services
