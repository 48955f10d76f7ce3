// Barème versions in SQLite: numbered max+1 under the write lock, looked up by date.
#include "storage/sqlite_repositories.hpp"
#include "core/messages.hpp"
#include "storage/sqlite_support.hpp"

namespace cabas::storage {

namespace {

constexpr const char* select_columns = "SELECT version, effective_from, label, json, created_at FROM baremes ";

StoredBareme read_bareme(SQLite::Statement& s, bool with_json = true) {
    StoredBareme b;
    b.version = s.getColumn(0).getInt();
    b.effective_from = sql::date(s.getColumn(1));
    b.label = sql::text(s.getColumn(2));
    if (with_json) b.json = sql::text(s.getColumn(3));
    b.created_at = sql::text(s.getColumn(4));
    return b;
}

template <class... A>
std::optional<StoredBareme> first(Database& db, const std::string& where, const A&... args) {
    return db.read([&]() -> std::optional<StoredBareme> {
        auto s = sql::query(sql::conn(db), (select_columns + where).c_str(), args...);
        if (!s.executeStep()) return std::nullopt;
        return read_bareme(s);
    });
}

} // namespace

int SqliteBaremeRepository::add(const core::Bareme& bareme, const std::string& json) {
    if (json.empty()) throw ValidationError("json", core::tr("le barème à enregistrer est vide"));
    return m_db.write([&] {
        auto& c = sql::conn(m_db);
        // Numbering under BEGIN IMMEDIATE: two admins saving at once get two distinct versions.
        const int version = c.execAndGet("SELECT COALESCE(MAX(version), 0) + 1 FROM baremes").getInt();
        sql::execute(c, "INSERT INTO baremes (version, effective_from, label, json) VALUES (?, ?, ?, ?)", version,
                     bareme.effective_from, bareme.label, json);
        return version;
    });
}

std::optional<StoredBareme> SqliteBaremeRepository::latest() {
    return first(m_db, "ORDER BY version DESC LIMIT 1");
}

std::optional<StoredBareme> SqliteBaremeRepository::at(core::Date on) {
    return first(m_db, "WHERE effective_from <= ? ORDER BY effective_from DESC, version DESC LIMIT 1", on);
}

std::optional<StoredBareme> SqliteBaremeRepository::by_version(int version) {
    return first(m_db, "WHERE version = ?", version);
}

std::vector<StoredBareme> SqliteBaremeRepository::versions() {
    return m_db.read([&] {
        std::vector<StoredBareme> out;
        SQLite::Statement s(sql::conn(m_db),
                            "SELECT version, effective_from, label, NULL, created_at FROM baremes ORDER BY version");
        while (s.executeStep()) out.push_back(read_bareme(s, false));
        return out;
    });
}

} // namespace cabas::storage
