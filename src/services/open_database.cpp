// Opening the database with its seal (see open_database.hpp).
#include "services/open_database.hpp"

#include "services/households/cross_site_check.hpp"
#include "services/till/journal_seal.hpp"

#include <filesystem>

namespace cabas::services {

std::unique_ptr<storage::Store> open_database(const std::string& location, storage::OpenMode mode) {
    const bool server = storage::is_server_location(location);
    std::error_code ec;
    const bool is_new = !server && !std::filesystem::exists(location, ec);
    auto store = storage::open_store(location, mode);
    till::attach_seal(till::seal_files_for(location));
    households::attach_cross_site(std::make_unique<households::CrossSiteLink>(location, households::default_ccas_key_path()));
    if (is_new) till::reset_anchor(*store);
    return store;
}

} // namespace cabas::services
