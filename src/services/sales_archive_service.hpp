// The six-year archive of sales and closures (docs/design/domain.md §6.5, docs/design/journal.md
// "The archive"): sales and till closures are kept `retention.sales_years` years (6 by default,
// the legal minimum for accounting documents, at most 10), counted in whole years: on `today`,
// the sessions closed before 1 January of (today's year − N) may leave the live database. They
// go, whole sessions and a whole journal segment ending at a closure, into a signed archive file
// (journal_archive_file.hpp); the live journal keeps an archive record instead. Admins only.
#pragma once

#include "core/date.hpp"
#include "services/access_control.hpp"
#include "storage/journal_repository.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services {

inline constexpr int kMinSalesRetentionYears = 6;
inline constexpr int kMaxSalesRetentionYears = 10;

/// The retention setting; ValidationError (naming the key) when the stored value is not a whole
/// number of years between 6 and 10 (a damaged setting must not archive too early).
int sales_retention_years(storage::Store&);
/// 1 January of (today's year − years): sessions closed before it (UTC) may be archived.
core::Date latest_archive_date(core::Date today, int years);

/// ValidationError ("--until") when `until` is later than the retention allows on `today`.
void check_archive_date(storage::Store&, core::Date today, core::Date until);

/// What archiving up to `until` would take.
struct ArchivePlan {
    std::int64_t first_sequence = 0;           ///< the first live record
    std::int64_t last_sequence = 0;            ///< the segment's last record, a closure; 0: nothing to archive
    std::vector<std::int64_t> session_ids;     ///< the sessions whose closure is in the segment
    std::int64_t sales = 0;
    std::string first_at, last_at;
    /// Why the segment ends where it does, in French ("" when it reaches the date).
    std::string stopped_because;
    bool empty() const { return last_sequence == 0; }
};

/// The segment that archiving up to `until` (exclusive, 00:00 UTC) would move: the longest run
/// of records from the first live one that ends at a session closure, whose sessions all closed
/// before `until`, that leaves no sale of a session half in it, and that no later correction
/// reaches into. Archive records stay live, but for one opening the live journal (after an
/// archive of every record), which goes with the next segment. Admins only.
ArchivePlan plan_archive(storage::Store&, const LoggedUser& by, core::Date until);

struct ArchiveRequest {
    core::Date until;                          ///< at most latest_archive_date(today, setting)
    core::Date today;
    std::string now_utc;
    std::string out_path;                      ///< the archive file, which must not exist yet
    /// Called inside the transaction, before anything is deleted (tests inject a failure here).
    std::function<void()> before_delete;
};

struct ArchiveOutcome {
    ArchivePlan plan;                          ///< empty: nothing was archived, no file written
    std::string digest;                        ///< of the archive file
    storage::JournalRecord record;             ///< the live archive record
    /// `out_path` held an archive left unfinished by an earlier run (killed between its file and
    /// its commit: it removed nothing), which this one replaced.
    bool replaced_unfinished = false;
};

/// Writes the archive of plan_archive(until) to `out_path` (0600, flushed, renamed into place),
/// reads it back and verifies it, then in one transaction deletes the segment, its sessions and
/// sales from the live database and appends the signed archive record; logged as
/// "archive_sales". On any failure the live database is unchanged and no archive file is left.
/// A kill between the file's rename and the commit leaves a complete file that no record names
/// and whose records are all still live: verify --with-archive says so, and the next run with
/// the same `out_path` replaces it (any other existing file is refused).
/// ValidationError for a date later than the retention allows, a file name with other
/// characters than letters, digits, '.', '-', '_', or no signing key attached.
ArchiveOutcome archive_sales(storage::Store&, const LoggedUser& by, const ArchiveRequest&);

} // namespace cabas::services
