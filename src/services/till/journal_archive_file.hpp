// The archive file of a journal segment (docs/design/journal.md, "The archive"): JSON lines, one
// object per line — a self-describing header, the segment's records and signatures, the sessions
// and sales they certify (pseudonymised: no login, no free text), and a last line that seals the
// file with the installation's Ed25519 key. It carries every public key it needs, so it verifies
// without the live database (journal_archive_audit.hpp).
#pragma once

#include "services/till/journal_seal.hpp"
#include "storage/journal_repository.hpp"
#include "storage/sale_repository.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cabas::services::till {

inline constexpr const char* kArchiveFormat = "cabas-archive-journal";
inline constexpr int kArchiveFormatVersion = 1;

struct ArchiveHeader {
    std::string epicerie;                      ///< the shop's name when it was archived
    std::string until;                         ///< YYYY-MM-DD: sessions closed before it (UTC)
    std::string created_at;                    ///< UTC timestamp
    std::int64_t first_sequence = 0;
    std::int64_t last_sequence = 0;            ///< a closure record
    std::string head_hash;                     ///< hash of record last_sequence
    std::string first_at;                      ///< occurred_at of the first and last records
    std::string last_at;
    std::int64_t unsigned_until = 0;           ///< closures up to it were written unsigned (before schema 10)
    /// When the segment does not start at record 1: the archive record that closed the previous
    /// segment, with its signature; it states where this segment's chain starts.
    std::optional<storage::JournalRecord> previous_archive;
    std::optional<storage::JournalSignature> previous_archive_signature;
};

struct ArchiveContents {
    ArchiveHeader header;
    std::vector<storage::JournalRecord> records;
    std::vector<storage::JournalSignature> signatures;
    std::vector<storage::TillSession> sessions;   ///< opened_by and closed_by left empty
    std::vector<storage::SaleRecord> sales;       ///< override_by "" when overridden, no reason, no request id
};

/// The last line: the key that sealed the file and its signature of the SHA-256 of every byte
/// before that line.
struct ArchiveSeal {
    std::string public_key;
    std::string signature;
};

struct ArchiveFile {
    ArchiveContents contents;
    ArchiveSeal seal;
    bool seal_valid = false;
    std::string digest;                        ///< SHA-256 (hex) of the whole file
};

/// Writes `contents` sealed by `key` to a private temporary file beside `path`, flushes it to the
/// disk and renames it to `path`, which must not exist (StorageError otherwise, and when the
/// folder cannot be written). Returns the digest of the file written.
std::string write_archive_file(const std::string& path, const ArchiveContents&, const JournalKey& key);
/// Reads an archive file. StorageError when it cannot be read; ValidationError ("file:line",
/// what) when it is not an archive of this format.
ArchiveFile read_archive_file(const std::string& path);

} // namespace cabas::services::till
