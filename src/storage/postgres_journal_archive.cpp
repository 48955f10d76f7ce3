// The archived segments of the journal in PostgreSQL (see journal_repository.hpp): naming a
// segment is what lets the schema's triggers accept the deletion of its records.
#include "storage/archive_statements.hpp"
#include "storage/postgres_repositories.hpp"
#include "storage/postgres_support.hpp"

namespace cabas::storage {

std::vector<JournalRecord> PgJournalRepository::records_of_kind(const std::string& kind) {
    return m_db.read([&] {
        std::vector<JournalRecord> out;
        for (const auto& r : pg::query(m_db,
                                       "SELECT sequence, kind, occurred_at, payload, previous_hash, hash FROM journal "
                                       "WHERE kind = $1 ORDER BY sequence",
                                       kind))
            out.push_back({pg::integer(r[0]), pg::text(r[1]), pg::text(r[2]), pg::text(r[3]), pg::text(r[4]), pg::text(r[5])});
        return out;
    });
}

std::vector<ArchivedSegment> PgJournalRepository::archived_segments() {
    return m_db.read([&] {
        std::vector<ArchivedSegment> out;
        for (const auto& r : pg::query(m_db, "SELECT first_sequence, last_sequence, head_hash, file_name, file_digest, "
                                             "archived_at FROM journal_archives ORDER BY last_sequence"))
            out.push_back({pg::integer(r[0]), pg::integer(r[1]), pg::text(r[2]), pg::text(r[3]), pg::text(r[4]), pg::text(r[5])});
        return out;
    });
}

void PgJournalRepository::remove_archived(const ArchivedSegment& segment, const std::vector<std::int64_t>& session_ids) {
    m_db.write([&] {
        pg::execute(m_db,
                    "INSERT INTO journal_archives (first_sequence, last_sequence, head_hash, file_name, file_digest, "
                    "archived_at) VALUES ($1, $2, $3, $4, $5, $6)",
                    segment.first_sequence, segment.last_sequence, segment.head_hash, segment.file_name,
                    segment.file_digest, segment.archived_at);
        for (const std::string& statement : archive_deletions(segment.last_sequence, session_ids)) pg::execute(m_db, statement);
    });
}

} // namespace cabas::storage
