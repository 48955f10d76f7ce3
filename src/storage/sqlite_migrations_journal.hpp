// The SQLite migrations of the journal's later life (10 signed closures, 11 PIN locks, 12 the
// referral, 13 the archive), kept apart so that migrations.cpp stays the schema's first shape.
// Included by migrations.cpp only.
#pragma once

#include <string_view>

namespace cabas::storage::sqlite_sql {

// Signed closures (docs/design/journal.md): each session or monthly closure record is signed with
// Ed25519 by the key of the till that wrote it. Closures written before this version are unsigned;
// journal_signing remembers how far that goes, so verify asks a signature of every later one.
// No foreign key to journal: verify checks that each signature names a closure, and the
// journal's own TRUNCATE guard must stay the first thing a truncation meets.
inline constexpr std::string_view v10_signatures = R"sql(
CREATE TABLE journal_signatures (
    sequence   INTEGER PRIMARY KEY,
    public_key TEXT NOT NULL CHECK (length(public_key) = 64),
    signature  TEXT NOT NULL CHECK (length(signature) = 128)
) STRICT;
CREATE TRIGGER signatures_no_update BEFORE UPDATE ON journal_signatures
BEGIN SELECT RAISE(ABORT, 'journal signatures cannot be changed'); END;
CREATE TRIGGER signatures_no_delete BEFORE DELETE ON journal_signatures
BEGIN SELECT RAISE(ABORT, 'journal signatures cannot be deleted'); END;
CREATE TABLE journal_signing (unsigned_until INTEGER NOT NULL) STRICT;
INSERT INTO journal_signing (unsigned_until) SELECT COALESCE(MAX(sequence), 0) FROM journal;
)sql";

// Wrong PINs in a row per login tried (known or not) and the lock they led to
// (services/login_lock.hpp): kept in the database so that restarting the till does not reset it.
inline constexpr std::string_view v11_login_failures = R"sql(
CREATE TABLE login_failures (
    login        TEXT PRIMARY KEY,
    failures     INTEGER NOT NULL CHECK (failures > 0),
    locked_until TEXT
) STRICT;
)sql";

// The referral (docs/design/domain.md §2.1): its date, who referred and why, on the file itself.
// Files from before this version were never given a referral date: they get the day the file was
// created (the date "pending" and the report's delay used until then); who referred is their
// referrer as "organisation — social worker" when they name one, else "non renseigné".
inline constexpr std::string_view v12_referral = R"sql(
ALTER TABLE households ADD COLUMN referral_on TEXT NOT NULL DEFAULT '';
ALTER TABLE households ADD COLUMN referred_by TEXT NOT NULL DEFAULT 'non renseigné';
ALTER TABLE households ADD COLUMN referral_reason TEXT NOT NULL DEFAULT '';
UPDATE households SET referral_on = substr(created_at, 1, 10);
UPDATE households SET referred_by = (
    SELECT r.organisation || CASE WHEN r.social_worker <> '' THEN ' — ' || r.social_worker ELSE '' END
    FROM referrers r WHERE r.id = households.referrer_id)
WHERE referrer_id IS NOT NULL;
CREATE INDEX households_by_referral ON households (referral_on);
)sql";

// The six-year archive (docs/design/journal.md, "The archive"): a segment of the journal, from its
// first live record to a closure, moves with the sessions and sales it certifies into a signed
// archive file. journal_archives names each archived segment; records and signatures become
// deletable only inside a named segment, segments follow each other without a gap, and the
// names themselves are append-only. Everything else keeps the append-only triggers.
inline constexpr std::string_view v13_archives = R"sql(
CREATE TABLE journal_archives (
    last_sequence  INTEGER PRIMARY KEY,
    first_sequence INTEGER NOT NULL CHECK (first_sequence BETWEEN 1 AND last_sequence),
    head_hash      TEXT NOT NULL CHECK (length(head_hash) = 64),
    file_name      TEXT NOT NULL,
    file_digest    TEXT NOT NULL CHECK (length(file_digest) = 64),
    archived_at    TEXT NOT NULL
) STRICT;
CREATE TRIGGER journal_archives_contiguous BEFORE INSERT ON journal_archives
WHEN NEW.first_sequence IS NOT (SELECT COALESCE(MAX(last_sequence), 0) + 1 FROM journal_archives)
BEGIN SELECT RAISE(ABORT, 'journal_archives: a segment must start right after the previous one'); END;
CREATE TRIGGER journal_archives_no_update BEFORE UPDATE ON journal_archives
BEGIN SELECT RAISE(ABORT, 'journal_archives is append-only'); END;
CREATE TRIGGER journal_archives_no_delete BEFORE DELETE ON journal_archives
BEGIN SELECT RAISE(ABORT, 'journal_archives is append-only'); END;
DROP TRIGGER journal_no_delete;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
WHEN OLD.sequence > (SELECT COALESCE(MAX(last_sequence), 0) FROM journal_archives)
BEGIN SELECT RAISE(ABORT, 'journal is append-only: records cannot be deleted'); END;
DROP TRIGGER signatures_no_delete;
CREATE TRIGGER signatures_no_delete BEFORE DELETE ON journal_signatures
WHEN OLD.sequence > (SELECT COALESCE(MAX(last_sequence), 0) FROM journal_archives)
BEGIN SELECT RAISE(ABORT, 'journal signatures cannot be deleted'); END;
)sql";

// After an archive that took every record, the journal is empty for a moment and its next record
// (the archive record) follows the archived segment, not nothing: the next number is one past the
// later of the live head and the last archived record, so numbering and chain go on.
constexpr std::string_view v15_journal_after_archive = R"sql(
DROP TRIGGER journal_gapless;
CREATE TRIGGER journal_gapless BEFORE INSERT ON journal
WHEN NEW.sequence IS NOT MAX((SELECT COALESCE(MAX(sequence), 0) FROM journal),
                             (SELECT COALESCE(MAX(last_sequence), 0) FROM journal_archives)) + 1
BEGIN SELECT RAISE(ABORT, 'journal: sequence must follow the last record without a gap'); END;
-- What each till had reached in the archived sessions: its sale numbers and the session ids go
-- on from there even when none of its sessions is left in the live database.
CREATE TABLE archived_tills (
    till_id          TEXT PRIMARY KEY,
    last_sale_number INTEGER NOT NULL CHECK (last_sale_number >= 0),
    last_session_id  INTEGER NOT NULL CHECK (last_session_id > 0)
) STRICT;
)sql";

} // namespace cabas::storage::sqlite_sql
