// Retention of household files in SQLite (see HouseholdRepository::retention_candidates and
// anonymise). The last contact is computed from what the database holds rather than from one
// stored date alone, so a visit at the till (which records no contact) still counts.
#include "storage/sqlite_repositories.hpp"
#include "storage/sqlite_support.hpp"

namespace cabas::storage {

std::vector<RetentionCandidate> SqliteHouseholdRepository::retention_candidates(core::Date before) {
    return m_db.read([&] {
        auto s = sql::query(sql::conn(m_db), R"sql(
SELECT id, file_number, last_contact FROM (
  SELECT h.id, h.file_number,
         MAX(COALESCE(h.last_contact_on, substr(h.created_at, 1, 10)),
             COALESCE((SELECT substr(MAX(s.sold_at), 1, 10) FROM sales s WHERE s.household_code = h.sales_code), ''),
             COALESCE((SELECT MAX(d.decided_on) FROM commission_decisions d WHERE d.household_id = h.id), ''),
             COALESCE((SELECT MAX(COALESCE(p.exit_on, p.end_on)) FROM access_periods p WHERE p.household_id = h.id),
                      '')) AS last_contact
  FROM households h WHERE h.anonymised_on IS NULL)
WHERE last_contact < ? ORDER BY last_contact, file_number)sql",
                            before);
        std::vector<RetentionCandidate> out;
        while (s.executeStep())
            out.push_back({s.getColumn(0).getInt64(), sql::text(s.getColumn(1)), sql::date(s.getColumn(2))});
        return out;
    });
}

void SqliteHouseholdRepository::anonymise(std::int64_t id, core::Date on) {
    m_db.write([&] {
        auto& c = sql::conn(m_db);
        sql::execute(c,
                     "UPDATE households SET file_number = 'ANONYME-' || id, pseudonym = '', address = '', notes = '',"
                     " project_description = '', referral_reason = '', anonymised_on = ? WHERE id = ?",
                     on, id);
        sql::execute(c,
                     "UPDATE members SET first_name = '', last_name = '', birth_date = substr(birth_date, 1, 4) || '-07-01'"
                     " WHERE household_id = ?",
                     id);
        sql::execute(c, "UPDATE resources SET label = '' WHERE household_id = ?", id);
        sql::execute(c, "UPDATE charges SET label = '' WHERE household_id = ?", id);
        sql::execute(c, "UPDATE commission_decisions SET reason = '' WHERE household_id = ?", id);
        sql::execute(c, "UPDATE access_periods SET override_reason = '', exit_note = '' WHERE household_id = ?", id);
        sql::execute(c,
                     "UPDATE suspensions SET reason = '' WHERE period_id IN "
                     "(SELECT id FROM access_periods WHERE household_id = ?)",
                     id);
        sql::execute(c,
                     "UPDATE cards SET state = 'revoked', revoked_on = ?, revoke_reason = 'anonymisation'"
                     " WHERE household_id = ? AND state = 'active'",
                     on, id);
    });
}

} // namespace cabas::storage
