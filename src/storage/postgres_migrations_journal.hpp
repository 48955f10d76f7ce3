// The PostgreSQL migrations 10 to 13 (signed closures, PIN locks, the referral, the archive),
// kept apart from the first shape of the schema in postgres_migrations.cpp, which alone includes it.
#pragma once

#include <string_view>

namespace cabas::storage::postgres_sql {

// Same as SQLite's migration 10: signatures of closure records, and how far the journal went
// before closures were signed.
inline constexpr std::string_view v10_signatures = R"sql(
CREATE TABLE journal_signatures (
    sequence   bigint PRIMARY KEY,
    public_key text NOT NULL CHECK (length(public_key) = 64),
    signature  text NOT NULL CHECK (length(signature) = 128)
);
CREATE TRIGGER signatures_no_change BEFORE UPDATE OR DELETE ON journal_signatures
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TABLE journal_signing (unsigned_until bigint NOT NULL);
INSERT INTO journal_signing (unsigned_until) SELECT COALESCE(MAX(sequence), 0) FROM journal;
)sql";

// Same as SQLite's migration 11: wrong PINs in a row per login tried, and their lock.
inline constexpr std::string_view v11_login_failures = R"sql(
CREATE TABLE login_failures (
    login        text PRIMARY KEY,
    failures     integer NOT NULL CHECK (failures > 0),
    locked_until utc_timestamp
);
)sql";

// Same as SQLite's migration 12: the referral on the file. Existing files get their creation day
// as referral date, and as referrer "organisation — social worker" of the referrer they name,
// else "non renseigné".
inline constexpr std::string_view v12_referral = R"sql(
ALTER TABLE households ADD COLUMN referral_on date,
    ADD COLUMN referred_by text NOT NULL DEFAULT 'non renseigné',
    ADD COLUMN referral_reason text NOT NULL DEFAULT '';
UPDATE households SET referral_on = substr(created_at, 1, 10)::date;
UPDATE households h SET referred_by = r.organisation || CASE WHEN r.social_worker <> '' THEN ' — ' || r.social_worker ELSE '' END
FROM referrers r WHERE r.id = h.referrer_id;
ALTER TABLE households ALTER COLUMN referral_on SET NOT NULL;
CREATE INDEX households_by_referral ON households (referral_on);
)sql";

// Same as SQLite's migration 13: named archived segments, the only records and signatures that
// may be deleted.
inline constexpr std::string_view v13_archives = R"sql(
CREATE TABLE journal_archives (
    last_sequence  bigint PRIMARY KEY,
    first_sequence bigint NOT NULL CHECK (first_sequence BETWEEN 1 AND last_sequence),
    head_hash      text NOT NULL CHECK (length(head_hash) = 64),
    file_name      text NOT NULL,
    file_digest    text NOT NULL CHECK (length(file_digest) = 64),
    archived_at    utc_timestamp NOT NULL
);
CREATE FUNCTION journal_archives_contiguous() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.first_sequence IS DISTINCT FROM (SELECT COALESCE(MAX(last_sequence), 0) + 1 FROM journal_archives) THEN
        RAISE EXCEPTION 'journal_archives: a segment must start right after the previous one'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE FUNCTION refuse_unarchived_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.sequence > (SELECT COALESCE(MAX(last_sequence), 0) FROM journal_archives) THEN
        RAISE EXCEPTION '% is append-only: records cannot be changed or deleted', TG_TABLE_NAME
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER journal_archives_contiguous BEFORE INSERT ON journal_archives
    FOR EACH ROW EXECUTE FUNCTION journal_archives_contiguous();
CREATE TRIGGER journal_archives_no_change BEFORE UPDATE OR DELETE ON journal_archives
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER journal_archives_no_truncate BEFORE TRUNCATE ON journal_archives
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
DROP TRIGGER journal_no_delete ON journal;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal FOR EACH ROW EXECUTE FUNCTION refuse_unarchived_delete();
DROP TRIGGER signatures_no_change ON journal_signatures;
CREATE TRIGGER signatures_no_update BEFORE UPDATE ON journal_signatures
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER signatures_no_delete BEFORE DELETE ON journal_signatures
    FOR EACH ROW EXECUTE FUNCTION refuse_unarchived_delete();
)sql";

// After an archive that took every record, the next record follows the archived segment (see the
// SQLite migration 15): one past the later of the live head and the last archived record.
constexpr std::string_view v15_journal_after_archive = R"sql(
CREATE OR REPLACE FUNCTION journal_gapless() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.sequence IS DISTINCT FROM GREATEST((SELECT COALESCE(MAX(sequence), 0) FROM journal),
                                              (SELECT COALESCE(MAX(last_sequence), 0) FROM journal_archives)) + 1 THEN
        RAISE EXCEPTION 'journal: sequence must follow the last record without a gap'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TABLE archived_tills (
    till_id          text PRIMARY KEY,
    last_sale_number bigint NOT NULL CHECK (last_sale_number >= 0),
    last_session_id  bigint NOT NULL CHECK (last_session_id > 0)
);
)sql";

} // namespace cabas::storage::postgres_sql
