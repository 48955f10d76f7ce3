// What the live journal keeps of an archived segment (docs/design/journal.md, "The archive"): an
// "archive" record, chained and signed like a closure, naming the segment, its head hash, the
// archive file and its digest, and the chain's state at the segment's end, so that the live
// journal verifies alone from the first record after the segment.
#pragma once

#include "services/till/journal.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace cabas::services::till {

/// The content of an archive record's extra field, ';'-separated, in this order:
///   first_sequence;last_sequence;head_hash;file_name;file_digest;first_at;last_at;
///   grand_total_cents;last_closed_month;open_months
/// open_months: ','-joined "YYYY-MM/value_cents/paid_cents/payments", payments '+'-joined
/// "method:cents" (the months whose session closures were archived before their monthly closure).
/// The file name is restricted to letters, digits, '.', '-' and '_', so no separator can enter.
struct ArchiveStatement {
    std::int64_t first_sequence = 0;
    std::int64_t last_sequence = 0;
    std::string head_hash;                 ///< hash of record last_sequence
    std::string file_name;                 ///< without its folder
    std::string file_digest;               ///< SHA-256 (hex) of the whole archive file
    std::string first_at;                  ///< occurred_at of the first archived record
    std::string last_at;                   ///< occurred_at of the last archived record
    ChainState end;                        ///< the chain's state after last_sequence
    bool operator==(const ArchiveStatement&) const = default;
};

std::string archive_extra_text(const ArchiveStatement&);
/// nullopt when `extra` is not an archive record's extra.
std::optional<ArchiveStatement> parse_archive_extra(const std::string& extra);
/// The journal entry of an archive record written at `now_utc`.
JournalEntry archive_entry(const ArchiveStatement&, const std::string& now_utc);
/// True when `name` may be named in a record: 1 to 120 letters, digits, '.', '-', '_', not
/// starting with '.'.
bool is_plain_file_name(const std::string& name);

} // namespace cabas::services::till
