// The journal table in PostgreSQL: append and read. Gaplessness and immutability are enforced
// by the schema's triggers, so even a bug here cannot rewrite history.
#include "storage/postgres_repositories.hpp"
#include "storage/postgres_support.hpp"

namespace cabas::storage {

namespace {

constexpr const char* select_record = "SELECT sequence, kind, occurred_at, payload, previous_hash, hash FROM journal ";

JournalRecord read_record(const pqxx::row& r) {
    return {pg::integer(r[0]), pg::text(r[1]), pg::text(r[2]), pg::text(r[3]), pg::text(r[4]), pg::text(r[5])};
}

} // namespace

void PgJournalRepository::append(const JournalRecord& r) {
    m_db.write([&] {
        pg::execute(m_db,
                    "INSERT INTO journal (sequence, kind, occurred_at, payload, previous_hash, hash) "
                    "VALUES ($1, $2, $3, $4, $5, $6)",
                    r.sequence, r.kind, r.occurred_at, r.payload, r.previous_hash, r.hash);
    });
}

std::optional<JournalRecord> PgJournalRepository::head() {
    return m_db.read([&]() -> std::optional<JournalRecord> {
        const auto r = pg::query(m_db, std::string(select_record) + "ORDER BY sequence DESC LIMIT 1");
        if (r.empty()) return std::nullopt;
        return read_record(r[0]);
    });
}

std::vector<JournalRecord> PgJournalRepository::range(std::int64_t from_sequence, int limit) {
    return m_db.read([&] {
        std::vector<JournalRecord> out;
        for (const auto& r : pg::query(m_db, std::string(select_record) + "WHERE sequence >= $1 ORDER BY sequence LIMIT $2",
                                       from_sequence, limit))
            out.push_back(read_record(r));
        return out;
    });
}

void PgJournalRepository::add_signature(const JournalSignature& s) {
    m_db.write([&] {
        pg::execute(m_db, "INSERT INTO journal_signatures (sequence, public_key, signature) VALUES ($1, $2, $3)",
                    s.sequence, s.public_key, s.signature);
    });
}

std::vector<JournalSignature> PgJournalRepository::signatures() {
    return m_db.read([&] {
        std::vector<JournalSignature> out;
        for (const auto& r : pg::query(m_db, "SELECT sequence, public_key, signature FROM journal_signatures ORDER BY sequence"))
            out.push_back({pg::integer(r[0]), pg::text(r[1]), pg::text(r[2])});
        return out;
    });
}

std::int64_t PgJournalRepository::unsigned_until() {
    return m_db.read([&] {
        return pg::integer(pg::query(m_db, "SELECT COALESCE(MAX(unsigned_until), 0) FROM journal_signing")[0][0]);
    });
}

} // namespace cabas::storage
