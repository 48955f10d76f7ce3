// The archived segments of the journal in SQLite (see journal_repository.hpp): naming a segment
// is what lets the schema's triggers accept the deletion of its records.
#include "storage/archive_statements.hpp"
#include "storage/sqlite_repositories.hpp"
#include "storage/sqlite_support.hpp"

namespace cabas::storage {

std::vector<JournalRecord> SqliteJournalRepository::records_of_kind(const std::string& kind) {
    return m_db.read([&] {
        auto s = sql::query(sql::conn(m_db),
                            "SELECT sequence, kind, occurred_at, payload, previous_hash, hash FROM journal "
                            "WHERE kind = ? ORDER BY sequence",
                            kind);
        std::vector<JournalRecord> out;
        while (s.executeStep())
            out.push_back({s.getColumn(0).getInt64(), sql::text(s.getColumn(1)), sql::text(s.getColumn(2)),
                           sql::text(s.getColumn(3)), sql::text(s.getColumn(4)), sql::text(s.getColumn(5))});
        return out;
    });
}

std::vector<ArchivedSegment> SqliteJournalRepository::archived_segments() {
    return m_db.read([&] {
        SQLite::Statement s(sql::conn(m_db), "SELECT first_sequence, last_sequence, head_hash, file_name, file_digest, "
                                             "archived_at FROM journal_archives ORDER BY last_sequence");
        std::vector<ArchivedSegment> out;
        while (s.executeStep())
            out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getInt64(), sql::text(s.getColumn(2)),
                           sql::text(s.getColumn(3)), sql::text(s.getColumn(4)), sql::text(s.getColumn(5))});
        return out;
    });
}

void SqliteJournalRepository::remove_archived(const ArchivedSegment& segment, const std::vector<std::int64_t>& session_ids) {
    m_db.write([&] {
        sql::execute(sql::conn(m_db),
                     "INSERT INTO journal_archives (first_sequence, last_sequence, head_hash, file_name, file_digest, "
                     "archived_at) VALUES (?, ?, ?, ?, ?, ?)",
                     segment.first_sequence, segment.last_sequence, segment.head_hash, segment.file_name,
                     segment.file_digest, segment.archived_at);
        for (const std::string& statement : archive_deletions(segment.last_sequence, session_ids))
            sql::conn(m_db).exec(statement);
    });
}

} // namespace cabas::storage
