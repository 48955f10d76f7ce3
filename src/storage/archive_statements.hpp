// The deletions that move an archived segment out of the live database, as plain SQL both engines
// run unchanged (numbers only, no parameters): one list, so SQLite and PostgreSQL delete the same
// rows in the same order.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cabas::storage {

/// In order: remember each archived till's last sale number and session id (archived_tills),
/// unlink the stock movements from the archived lines (the movements stay: stock
/// levels are their sum), then delete duplicates, payments, lines, sales and sessions of
/// `session_ids`, then the signatures and records up to `last_sequence`. Each statement
/// deletes a whole set at once, so a correction and the sale it corrects go together.
std::vector<std::string> archive_deletions(std::int64_t last_sequence, const std::vector<std::int64_t>& session_ids);

} // namespace cabas::storage
