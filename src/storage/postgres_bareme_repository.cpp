// Barème versions in PostgreSQL: numbered max+1 under the write lock, looked up by date.
#include "storage/postgres_repositories.hpp"
#include "core/messages.hpp"
#include "storage/postgres_support.hpp"

namespace cabas::storage {

namespace {

constexpr const char* select_columns = "SELECT version, effective_from, label, json, created_at FROM baremes ";

StoredBareme read_bareme(const pqxx::row& r, bool with_json = true) {
    StoredBareme b;
    b.version = pg::small(r[0]);
    b.effective_from = pg::date(r[1]);
    b.label = pg::text(r[2]);
    if (with_json) b.json = pg::text(r[3]);
    b.created_at = pg::text(r[4]);
    return b;
}

template <class... A>
std::optional<StoredBareme> first(PgDatabase& db, const std::string& where, const A&... args) {
    return db.read([&]() -> std::optional<StoredBareme> {
        const auto r = pg::query(db, select_columns + where, args...);
        if (r.empty()) return std::nullopt;
        return read_bareme(r[0]);
    });
}

} // namespace

int PgBaremeRepository::add(const core::Bareme& bareme, const std::string& json) {
    if (json.empty()) throw ValidationError("json", core::tr("le barème à enregistrer est vide"));
    return m_db.write([&] {
        // Numbering under the write lock: two admins saving at once get two distinct versions.
        const int version = static_cast<int>(pg::scalar(m_db, "SELECT COALESCE(MAX(version), 0) + 1 FROM baremes"));
        pg::execute(m_db, "INSERT INTO baremes (version, effective_from, label, json) VALUES ($1, $2, $3, $4)", version,
                    bareme.effective_from, bareme.label, json);
        return version;
    });
}

std::optional<StoredBareme> PgBaremeRepository::latest() { return first(m_db, "ORDER BY version DESC LIMIT 1"); }

std::optional<StoredBareme> PgBaremeRepository::at(core::Date on) {
    return first(m_db, "WHERE effective_from <= $1 ORDER BY effective_from DESC, version DESC LIMIT 1", on);
}

std::optional<StoredBareme> PgBaremeRepository::by_version(int version) {
    return first(m_db, "WHERE version = $1", version);
}

std::vector<StoredBareme> PgBaremeRepository::versions() {
    return m_db.read([&] {
        std::vector<StoredBareme> out;
        for (const auto& r :
             pg::query(m_db, "SELECT version, effective_from, label, NULL, created_at FROM baremes ORDER BY version"))
            out.push_back(read_bareme(r, false));
        return out;
    });
}

} // namespace cabas::storage
