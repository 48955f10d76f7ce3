// How the till and cabas-cli open their database: the store, and the journal's seal (key and
// anchor, journal_seal.hpp) attached to it, so that closures are signed and the anchor moves.
#pragma once

#include "storage/store.hpp"

#include <memory>
#include <string>

namespace cabas::services {

/// storage::open_store, then attaches the seal of `location` and its link to the CCAS register
/// (households/cross_site_check.hpp: connected only when a household is filed or renewed). A database file that did not
/// exist starts a new journal: an anchor left by a database deleted there is reset.
std::unique_ptr<storage::Store> open_database(const std::string& location,
                                              storage::OpenMode mode = storage::OpenMode::CreateIfMissing);

} // namespace cabas::services
