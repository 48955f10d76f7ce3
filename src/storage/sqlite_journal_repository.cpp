// The journal table in SQLite: append and read. Gaplessness and immutability are enforced by
// the schema's triggers, so even a bug here cannot rewrite history.
#include "storage/sqlite_repositories.hpp"
#include "storage/sqlite_support.hpp"

namespace cabas::storage {

namespace {

constexpr const char* select_record =
    "SELECT sequence, kind, occurred_at, payload, previous_hash, hash FROM journal ";

JournalRecord read_record(SQLite::Statement& s) {
    return {s.getColumn(0).getInt64(), sql::text(s.getColumn(1)), sql::text(s.getColumn(2)),
            sql::text(s.getColumn(3)), sql::text(s.getColumn(4)), sql::text(s.getColumn(5))};
}

} // namespace

void SqliteJournalRepository::append(const JournalRecord& r) {
    m_db.write([&] {
        sql::execute(sql::conn(m_db),
                     "INSERT INTO journal (sequence, kind, occurred_at, payload, previous_hash, hash) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     r.sequence, r.kind, r.occurred_at, r.payload, r.previous_hash, r.hash);
    });
}

std::optional<JournalRecord> SqliteJournalRepository::head() {
    return m_db.read([&]() -> std::optional<JournalRecord> {
        SQLite::Statement s(sql::conn(m_db), std::string(select_record) + "ORDER BY sequence DESC LIMIT 1");
        if (!s.executeStep()) return std::nullopt;
        return read_record(s);
    });
}

std::vector<JournalRecord> SqliteJournalRepository::range(std::int64_t from_sequence, int limit) {
    return m_db.read([&] {
        auto s = sql::query(sql::conn(m_db),
                            (std::string(select_record) + "WHERE sequence >= ? ORDER BY sequence LIMIT ?").c_str(),
                            from_sequence, limit);
        std::vector<JournalRecord> out;
        while (s.executeStep()) out.push_back(read_record(s));
        return out;
    });
}

void SqliteJournalRepository::add_signature(const JournalSignature& s) {
    m_db.write([&] {
        sql::execute(sql::conn(m_db), "INSERT INTO journal_signatures (sequence, public_key, signature) VALUES (?, ?, ?)",
                     s.sequence, s.public_key, s.signature);
    });
}

std::vector<JournalSignature> SqliteJournalRepository::signatures() {
    return m_db.read([&] {
        SQLite::Statement s(sql::conn(m_db), "SELECT sequence, public_key, signature FROM journal_signatures ORDER BY sequence");
        std::vector<JournalSignature> out;
        while (s.executeStep()) out.push_back({s.getColumn(0).getInt64(), sql::text(s.getColumn(1)), sql::text(s.getColumn(2))});
        return out;
    });
}

std::int64_t SqliteJournalRepository::unsigned_until() {
    return m_db.read([&] {
        SQLite::Statement s(sql::conn(m_db), "SELECT COALESCE(MAX(unsigned_until), 0) FROM journal_signing");
        s.executeStep();
        return s.getColumn(0).getInt64();
    });
}

} // namespace cabas::storage
