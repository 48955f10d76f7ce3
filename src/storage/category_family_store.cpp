// Which engine's families repository a Store gets (category_family_repository.hpp). The Store
// interface is left as it is, so that adding the families did not recompile every file that
// includes store.hpp; the two engines are the only Stores there are.
#include "storage/category_family_engines.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "storage/postgres_store.hpp"
#include "storage/sqlite_repositories.hpp"

namespace cabas::storage {

std::unique_ptr<CategoryFamilyRepository> category_families(Store& store) {
    if (auto* sqlite = dynamic_cast<SqliteStore*>(&store)) return sqlite_category_families(sqlite->database());
    if (auto* server = dynamic_cast<PgStore*>(&store)) return postgres_category_families(server->database());
    throw InternalError(core::tr("familles de la banque alimentaire : moteur de base inconnu"));
}

} // namespace cabas::storage
