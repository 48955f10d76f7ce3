// What keeps the journal honest against someone holding the database alone (docs/design/journal.md):
// an Ed25519 key of this installation, kept in a 0600 file outside the database, signs every
// closure record; an anchor file beside it remembers the last record this computer wrote, so
// records deleted from the journal's end are noticed. Someone holding both the database and
// these two files can still rewrite history: that is the limit, written in the design note.
#pragma once

#include "storage/journal_repository.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cabas::storage { class Store; }

namespace cabas::services::till {

struct SealFiles {
    std::string key_path;                      ///< the signing key (secret), 0600
    std::string anchor_path;                   ///< the last record written here, 0600
};

/// Where the seal of the database at `location` lives: beside an SQLite file (`cabas.db.cle`,
/// `cabas.db.ancre`); for a PostgreSQL server, in this account's Cabas data folder, one pair per
/// server database (each till computer has its own key).
SealFiles seal_files_for(const std::string& location);

/// The seal the entry point (the till, cabas-cli) attached when it opened its database; the
/// till service signs closures and moves the anchor only when one is attached. One database per
/// process, as the programs are.
void attach_seal(std::optional<SealFiles>);
const std::optional<SealFiles>& attached_seal();

/// An Ed25519 key pair read from its file, or created there (0600, folder 0700) when missing.
class JournalKey {
public:
    /// StorageError when the file cannot be read or written; ValidationError (file:line) when it
    /// is not a Cabas key file.
    static JournalKey load_or_create(const std::string& path);
    /// nullopt when the file does not exist.
    static std::optional<JournalKey> load(const std::string& path);

    const std::string& public_key_hex() const { return m_public_hex; }
    /// Hex signature of `message` (the record's hash).
    std::string sign_hex(std::string_view message) const;

private:
    std::string m_secret;                      ///< crypto_sign_SECRETKEYBYTES raw bytes
    std::string m_public_hex;
};

/// True when `signature_hex` is `public_key_hex`'s signature of `message`.
bool signature_valid(const std::string& public_key_hex, std::string_view message, const std::string& signature_hex);
/// "3F2A 91C0 7B4E 0D12": the key's first 8 bytes, as the Z ticket prints them.
std::string key_fingerprint(const std::string& public_key_hex);

struct Anchor {
    std::int64_t sequence = 0;
    std::string hash;
};
/// nullopt when the file does not exist; ValidationError (file:line) when it is not an anchor.
std::optional<Anchor> read_anchor(const std::string& path);
/// Replaces the anchor (temporary file then rename, 0600).
void write_anchor(const std::string& path, const Anchor&);

/// Signs `record` (a closure just appended) with the attached seal's key, in the caller's
/// transaction, and returns that key's public half (hex). Does nothing when no seal is
/// attached (nullopt).
std::optional<std::string> sign_closure(storage::Store&, const storage::JournalRecord& record);
/// After a commit: moves the attached seal's anchor to `record` unless it already stands at a
/// later record (another program of this computer wrote after us). Never throws: false when the
/// anchor could not be read or written (verify then reports it).
bool note_written(const storage::JournalRecord& record) noexcept;
/// When the database moves (`cabas-cli migrate`, a till following the move): this computer's
/// seal for the new location takes over the one it had for the old, so that it keeps its key
/// (its Z tickets' fingerprint) and its anchor (same journal, same numbers and hashes). Only what
/// `to` lacks is copied: a key or anchor this computer already has for `to` is kept. Returns
/// true when something was copied.
bool adopt_seal(const SealFiles& from, const SealFiles& to);
/// After a restore or a new database: the anchor stands at the journal's head as it is now.
void reset_anchor(storage::Store&);

} // namespace cabas::services::till
