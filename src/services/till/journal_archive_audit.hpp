// Verifying an archive file (docs/design/journal.md, "The archive"): by itself — its seal, its
// header against its records, its chain from where the previous segment ended, every archived
// sale and session against the record that certifies it, the closures' signatures — and joined
// with the live journal: the live archive record that names the segment must name this very
// file (its digest), the same head and the same chain state at the segment's end.
#pragma once

#include "services/till/journal_archive_file.hpp"
#include "services/till/journal_audit.hpp"

#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services::till {

struct ArchiveVerification {
    ArchiveFile file;
    JournalAudit audit;                        ///< the segment's chain, sales, sessions, signatures
    std::vector<std::string> problems;         ///< seal, header, start of the segment
    std::string sealed_by;                     ///< fingerprint of the sealing key

    bool ok() const { return audit.ok() && problems.empty(); }
};

/// Checks an archive already read.
ArchiveVerification verify_archive(ArchiveFile file);
/// Reads and checks the archive at `path` (StorageError, ValidationError as read_archive_file).
ArchiveVerification verify_archive_file(const std::string& path);

/// What keeps `archive` (verified) from joining the live journal of `store`, each naming the
/// field; empty when the live archive record names exactly this segment, head, chain state and
/// file. `file_name`: the name the file has now (a different one is a note, not a problem).
struct ArchiveJoin {
    std::vector<std::string> problems;
    std::vector<std::string> notes;
    /// What an archive stopped between its file and its commit leaves (is_unfinished_archive):
    /// no problem, one note saying it removed nothing.
    bool unfinished = false;
};
/// True when `archive` (verified) is what an archive stopped after its file was named and before
/// its transaction committed leaves behind (a kill, a power cut): no live archive record names
/// its segment, and every one of its records is still in the live journal, with the same hash.
/// Such a file removed nothing; it may be deleted, and archiving again replaces it.
bool is_unfinished_archive(storage::Store&, const ArchiveVerification& archive);

ArchiveJoin join_archive(storage::Store&, const ArchiveVerification& archive, const std::string& file_name);

} // namespace cabas::services::till
