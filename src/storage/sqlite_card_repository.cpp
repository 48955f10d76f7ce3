// Household cards in SQLite. Revocation and replacement keep the old row: a revoked card scanned
// at the till must still be recognised (and refused) rather than look unknown.
#include "storage/sqlite_repositories.hpp"
#include "core/messages.hpp"
#include "storage/repository_rules.hpp"
#include "storage/sqlite_support.hpp"

namespace cabas::storage {

namespace {

constexpr const char* select_card = R"sql(
SELECT c.id, c.household_id, c.number, c.state, c.issued_on, c.revoked_on, c.revoke_reason, n.number
FROM cards c LEFT JOIN cards n ON n.id = c.replaced_by
)sql";

CardRecord read_card(SQLite::Statement& s) {
    CardRecord r;
    r.id = s.getColumn(0).getInt64();
    r.household_id = s.getColumn(1).getInt64();
    r.number = sql::text(s.getColumn(2));
    r.state = sql::code(s.getColumn(3), rules::card_state_from_code);
    r.issued_on = sql::date(s.getColumn(4));
    r.revoked_on = sql::optional_date(s.getColumn(5));
    r.revoke_reason = sql::text(s.getColumn(6));
    if (!s.getColumn(7).isNull()) r.replaced_by = sql::text(s.getColumn(7));
    return r;
}

template <class T>
std::optional<CardRecord> find_card(SQLite::Database& c, const char* where, const T& value) {
    auto s = sql::query(c, (std::string(select_card) + where).c_str(), value);
    if (!s.executeStep()) return std::nullopt;
    return read_card(s);
}

CardRecord require_card(SQLite::Database& c, const std::string& number) {
    auto card = find_card(c, "WHERE c.number = ?", number);
    if (!card) throw ValidationError("number", core::tr("carte inconnue : {0}", number));
    return *card;
}

std::int64_t insert_card(SQLite::Database& c, std::int64_t household_id, const std::string& number, core::Date on) {
    if (number.empty()) throw ValidationError("number", core::tr("numéro de carte manquant"));
    if (auto existing = find_card(c, "WHERE c.number = ?", number))
        throw ValidationError("number", core::tr("le numéro de carte {0} est déjà attribué (foyer n° {1})", number,
                                                 existing->household_id));
    if (!sql::exists(c, "SELECT 1 FROM households WHERE id = ?", household_id))
        throw ValidationError("household_id", core::tr("foyer inconnu (n° {0})", household_id));
    if (find_card(c, "WHERE c.household_id = ? AND c.state = 'active'", household_id))
        throw ValidationError("household_id", core::tr("ce foyer a déjà une carte active : remplacez-la plutôt"));
    return sql::insert(c, "INSERT INTO cards (number, household_id, issued_on) VALUES (?, ?, ?)", number, household_id,
                       on);
}

void revoke_card(SQLite::Database& c, std::int64_t id, core::Date on, const std::string& reason) {
    sql::execute(c, "UPDATE cards SET state = 'revoked', revoked_on = ?, revoke_reason = ? WHERE id = ?", on, reason,
                 id);
}

} // namespace

std::int64_t SqliteCardRepository::issue(std::int64_t household_id, const std::string& number, core::Date issued_on) {
    return m_db.write([&] { return insert_card(sql::conn(m_db), household_id, number, issued_on); });
}

std::optional<CardRecord> SqliteCardRepository::find_by_number(const std::string& number) {
    return m_db.read([&] { return find_card(sql::conn(m_db), "WHERE c.number = ?", number); });
}

std::optional<CardRecord> SqliteCardRepository::active_card_of(std::int64_t household_id) {
    return m_db.read(
        [&] { return find_card(sql::conn(m_db), "WHERE c.household_id = ? AND c.state = 'active'", household_id); });
}

std::vector<CardRecord> SqliteCardRepository::cards_of(std::int64_t household_id) {
    return m_db.read([&] {
        auto s = sql::query(sql::conn(m_db), (std::string(select_card) + "WHERE c.household_id = ? ORDER BY c.id").c_str(),
                            household_id);
        std::vector<CardRecord> out;
        while (s.executeStep()) out.push_back(read_card(s));
        return out;
    });
}

void SqliteCardRepository::revoke(const std::string& number, core::Date on, const std::string& reason) {
    m_db.write([&] {
        auto& c = sql::conn(m_db);
        const CardRecord card = require_card(c, number);
        if (card.state == core::CardState::Revoked)
            throw ValidationError("number", core::tr("la carte {0} est déjà révoquée", number));
        revoke_card(c, card.id, on, reason);
    });
}

std::int64_t SqliteCardRepository::replace(const std::string& old_number, const std::string& new_number, core::Date on,
                                           const std::string& reason) {
    return m_db.write([&] {
        auto& c = sql::conn(m_db);
        const CardRecord old = require_card(c, old_number);
        if (old.replaced_by)
            throw ValidationError("number",
                                  core::tr("la carte {0} a déjà été remplacée par {1}", old_number, *old.replaced_by));
        // A lost card may have been revoked at once and replaced later: keep the first revocation.
        if (old.state == core::CardState::Active) revoke_card(c, old.id, on, reason);
        const std::int64_t id = insert_card(c, old.household_id, new_number, on);
        sql::execute(c, "UPDATE cards SET replaced_by = ? WHERE id = ?", id, old.id);
        return id;
    });
}

} // namespace cabas::storage
