// Household cards in PostgreSQL. Revocation and replacement keep the old row: a revoked card
// scanned at the till must still be recognised (and refused) rather than look unknown.
#include "storage/postgres_repositories.hpp"
#include "core/messages.hpp"
#include "storage/postgres_support.hpp"
#include "storage/repository_rules.hpp"

namespace cabas::storage {

namespace {

constexpr const char* select_card = R"sql(
SELECT c.id, c.household_id, c.number, c.state, c.issued_on, c.revoked_on, c.revoke_reason, n.number
FROM cards c LEFT JOIN cards n ON n.id = c.replaced_by
)sql";

CardRecord read_card(const pqxx::row& s) {
    CardRecord r;
    r.id = pg::integer(s[0]);
    r.household_id = pg::integer(s[1]);
    r.number = pg::text(s[2]);
    r.state = pg::code(s[3], rules::card_state_from_code);
    r.issued_on = pg::date(s[4]);
    r.revoked_on = pg::optional_date(s[5]);
    r.revoke_reason = pg::text(s[6]);
    r.replaced_by = pg::optional_text(s[7]);
    return r;
}

template <class T>
std::optional<CardRecord> find_card(PgDatabase& db, const char* where, const T& value) {
    const auto r = pg::query(db, std::string(select_card) + where, value);
    if (r.empty()) return std::nullopt;
    return read_card(r[0]);
}

CardRecord require_card(PgDatabase& db, const std::string& number) {
    auto card = find_card(db, "WHERE c.number = $1", number);
    if (!card) throw ValidationError("number", core::tr("carte inconnue : {0}", number));
    return *card;
}

std::int64_t insert_card(PgDatabase& db, std::int64_t household_id, const std::string& number, core::Date on) {
    if (number.empty()) throw ValidationError("number", core::tr("numéro de carte manquant"));
    if (auto existing = find_card(db, "WHERE c.number = $1", number))
        throw ValidationError("number", core::tr("le numéro de carte {0} est déjà attribué (foyer n° {1})", number,
                                                 existing->household_id));
    if (!pg::exists(db, "SELECT 1 FROM households WHERE id = $1", household_id))
        throw ValidationError("household_id", core::tr("foyer inconnu (n° {0})", household_id));
    if (find_card(db, "WHERE c.household_id = $1 AND c.state = 'active'", household_id))
        throw ValidationError("household_id", core::tr("ce foyer a déjà une carte active : remplacez-la plutôt"));
    return pg::insert(db, "INSERT INTO cards (number, household_id, issued_on) VALUES ($1, $2, $3) RETURNING id", number,
                      household_id, on);
}

void revoke_card(PgDatabase& db, std::int64_t id, core::Date on, const std::string& reason) {
    pg::execute(db, "UPDATE cards SET state = 'revoked', revoked_on = $1, revoke_reason = $2 WHERE id = $3", on, reason, id);
}

} // namespace

std::int64_t PgCardRepository::issue(std::int64_t household_id, const std::string& number, core::Date issued_on) {
    return m_db.write([&] { return insert_card(m_db, household_id, number, issued_on); });
}

std::optional<CardRecord> PgCardRepository::find_by_number(const std::string& number) {
    return m_db.read([&] { return find_card(m_db, "WHERE c.number = $1", number); });
}

std::optional<CardRecord> PgCardRepository::active_card_of(std::int64_t household_id) {
    return m_db.read([&] { return find_card(m_db, "WHERE c.household_id = $1 AND c.state = 'active'", household_id); });
}

std::vector<CardRecord> PgCardRepository::cards_of(std::int64_t household_id) {
    return m_db.read([&] {
        std::vector<CardRecord> out;
        for (const auto& r : pg::query(m_db, std::string(select_card) + "WHERE c.household_id = $1 ORDER BY c.id",
                                       household_id))
            out.push_back(read_card(r));
        return out;
    });
}

void PgCardRepository::revoke(const std::string& number, core::Date on, const std::string& reason) {
    m_db.write([&] {
        const CardRecord card = require_card(m_db, number);
        if (card.state == core::CardState::Revoked)
            throw ValidationError("number", core::tr("la carte {0} est déjà révoquée", number));
        revoke_card(m_db, card.id, on, reason);
    });
}

std::int64_t PgCardRepository::replace(const std::string& old_number, const std::string& new_number, core::Date on,
                                       const std::string& reason) {
    return m_db.write([&] {
        const CardRecord old = require_card(m_db, old_number);
        if (old.replaced_by)
            throw ValidationError("number",
                                  core::tr("la carte {0} a déjà été remplacée par {1}", old_number, *old.replaced_by));
        // A lost card may have been revoked at once and replaced later: keep the first revocation.
        if (old.state == core::CardState::Active) revoke_card(m_db, old.id, on, reason);
        const std::int64_t id = insert_card(m_db, old.household_id, new_number, on);
        pg::execute(m_db, "UPDATE cards SET replaced_by = $1 WHERE id = $2", id, old.id);
        return id;
    });
}

} // namespace cabas::storage
