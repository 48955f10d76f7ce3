// Backups (see backup_service.hpp).
#include "services/backup_service.hpp"

#include "storage/store.hpp"

namespace cabas::services {

void back_up(storage::Store& store, const LoggedUser& by, const std::string& destination) {
    require(store, by, Capability::BackUp);
    store.backup_to(destination);
    store.access_log().append(by.login, "backup", std::nullopt, "sauvegarde complète de la base");
}

} // namespace cabas::services
