// Storage of the tamper-evident journal. Hashing and the canonical payload are the services'
// job; storage keeps the records append-only and the sequence gapless (schema triggers).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cabas::storage {

struct JournalRecord {
    std::int64_t sequence = 0;                 ///< 1, 2, 3... without gaps
    std::string kind;                          ///< "sale", "correction", "closure_day", ...
    std::string occurred_at;                   ///< UTC timestamp
    std::string payload;                       ///< canonical serialisation
    std::string previous_hash;
    std::string hash;
};

class JournalRepository {
public:
    virtual ~JournalRepository() = default;
    /// Appends `record`; its sequence must be head + 1 (StorageError otherwise). Call it inside
    /// the same Store transaction as the sale it records.
    virtual void append(const JournalRecord& record) = 0;
    /// The last record, if any.
    virtual std::optional<JournalRecord> head() = 0;
    /// Up to `limit` records from `from_sequence` on, ascending.
    virtual std::vector<JournalRecord> range(std::int64_t from_sequence, int limit) = 0;
};

} // namespace cabas::storage
