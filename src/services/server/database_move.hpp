// An épicerie moved from its SQLite file to the server (`cabas-cli migrate`): the file says where
// it went, and a till started on the file (its desktop shortcut still names it) opens the server
// database instead, taking this computer's seal along, so that no sale is ever written into the
// file the épicerie left (docs/multi-site.md, step 6).
#pragma once

#include "storage/store.hpp"

#include <memory>
#include <optional>
#include <string>

namespace cabas::storage { class Store; }

namespace cabas::services::server {

/// Where and when the épicerie of a file went.
struct DatabaseMove {
    std::string to;   ///< the server database's URI, as migrate was given it
    std::string at;   ///< UTC timestamp
};

/// The move `cabas-cli migrate` recorded in the file `store`, if any.
std::optional<DatabaseMove> database_move(storage::Store&);

/// Records in the file `source` that its épicerie now lives at `target_uri` (after the copy
/// committed), in the file's access log too, and moves this computer's seal along
/// (till::adopt_seal: the key that signed the file's closures keeps signing; the anchor is the
/// migration's business).
void record_move(storage::Store& source, const std::string& login, const std::string& target_uri,
                 const std::string& now_utc);

struct TillDatabase {
    std::unique_ptr<storage::Store> store;
    std::string location;                       ///< what was opened: `location`, or the server
    std::optional<DatabaseMove> followed;       ///< set when a moved file sent the till to the server
};

/// What the till opens for `location` (services::open_database, with its seal): a file whose
/// épicerie was moved opens the server database it names instead, after this computer adopts
/// the file's seal for it. StorageError when the server cannot be reached: the till then sells
/// nowhere, never in the file.
TillDatabase open_till_database(const std::string& location, storage::OpenMode = storage::OpenMode::CreateIfMissing);

/// What the till says once after following a move, in French.
std::string followed_move_text(const DatabaseMove&, const std::string& file);

} // namespace cabas::services::server
