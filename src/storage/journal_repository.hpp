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

/// An Ed25519 signature of a closure record's hash (hex), by the key whose public half is given.
struct JournalSignature {
    std::int64_t sequence = 0;
    std::string public_key;                    ///< hex, 64 characters
    std::string signature;                     ///< hex, 128 characters
};

/// A segment of the journal moved into an archive file (docs/design/journal.md, "The archive").
struct ArchivedSegment {
    std::int64_t first_sequence = 0;
    std::int64_t last_sequence = 0;            ///< a closure record
    std::string head_hash;                     ///< the hash of record last_sequence
    std::string file_name;                     ///< the archive file's name, without its folder
    std::string file_digest;                   ///< SHA-256 (hex) of the whole archive file
    std::string archived_at;                   ///< UTC timestamp
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

    /// Stores the signature of the closure record `sequence` (one per record; StorageError for
    /// a second one or an unknown record). Call inside the transaction that appends the record.
    virtual void add_signature(const JournalSignature&) = 0;
    /// Every signature, ascending by sequence.
    virtual std::vector<JournalSignature> signatures() = 0;
    /// The journal's head when closures started being signed (schema version 10): closures up
    /// to it were written unsigned by an earlier version of Cabas.
    virtual std::int64_t unsigned_until() = 0;

    /// Every record of `kind`, ascending (the archive records: a handful).
    virtual std::vector<JournalRecord> records_of_kind(const std::string& kind) = 0;
    /// Every archived segment, ascending.
    virtual std::vector<ArchivedSegment> archived_segments() = 0;
    /// Names `segment` archived, then deletes its records and their signatures, and the sessions
    /// `session_ids` with their sales, lines, payments and duplicates (stock movements stay, no
    /// longer linked to a line). Inside the caller's transaction. StorageError when the segment
    /// does not start right after the previous one or a sale outside it still refers to one of
    /// its sales.
    virtual void remove_archived(const ArchivedSegment& segment, const std::vector<std::int64_t>& session_ids) = 0;
};

} // namespace cabas::storage
