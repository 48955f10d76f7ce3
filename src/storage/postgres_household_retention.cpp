// Retention of household files in PostgreSQL (see HouseholdRepository::retention_candidates and
// anonymise). The last contact is computed from what the database holds, so a visit at the
// till (which records no contact) still counts.
#include "storage/postgres_repositories.hpp"
#include "storage/postgres_support.hpp"

namespace cabas::storage {

std::vector<RetentionCandidate> PgHouseholdRepository::retention_candidates(core::Date before) {
    return m_db.read([&] {
        // GREATEST ignores NULLs: a household without visits or decisions keeps its other dates.
        const auto rows = pg::query(m_db, R"sql(
SELECT id, file_number, last_contact FROM (
  SELECT h.id, h.file_number,
         GREATEST(COALESCE(h.last_contact_on, substr(h.created_at, 1, 10)::date),
                  (SELECT substr(MAX(s.sold_at), 1, 10)::date FROM sales s WHERE s.household_code = h.sales_code),
                  (SELECT MAX(d.decided_on) FROM commission_decisions d WHERE d.household_id = h.id),
                  (SELECT MAX(COALESCE(p.exit_on, p.end_on)) FROM access_periods p WHERE p.household_id = h.id))
             AS last_contact
  FROM households h WHERE h.anonymised_on IS NULL) c
WHERE last_contact < $1 ORDER BY last_contact, file_number)sql",
                                    before);
        std::vector<RetentionCandidate> out;
        for (const auto& r : rows) out.push_back({pg::integer(r[0]), pg::text(r[1]), pg::date(r[2])});
        return out;
    });
}

void PgHouseholdRepository::anonymise(std::int64_t id, core::Date on) {
    m_db.write([&] {
        pg::execute(m_db,
                    "UPDATE households SET file_number = 'ANONYME-' || id, pseudonym = '', address = '', notes = '',"
                    " project_description = '', referral_reason = '', anonymised_on = $1 WHERE id = $2",
                    on, id);
        pg::execute(m_db,
                    "UPDATE members SET first_name = '', last_name = '',"
                    " birth_date = make_date(extract(year FROM birth_date)::int, 7, 1) WHERE household_id = $1",
                    id);
        pg::execute(m_db, "UPDATE resources SET label = '' WHERE household_id = $1", id);
        pg::execute(m_db, "UPDATE charges SET label = '' WHERE household_id = $1", id);
        pg::execute(m_db, "UPDATE commission_decisions SET reason = '' WHERE household_id = $1", id);
        pg::execute(m_db, "UPDATE access_periods SET override_reason = '', exit_note = '' WHERE household_id = $1", id);
        pg::execute(m_db,
                    "UPDATE suspensions SET reason = '' WHERE period_id IN "
                    "(SELECT id FROM access_periods WHERE household_id = $1)",
                    id);
        pg::execute(m_db,
                    "UPDATE cards SET state = 'revoked', revoked_on = $1, revoke_reason = 'anonymisation'"
                    " WHERE household_id = $2 AND state = 'active'",
                    on, id);
    });
}

} // namespace cabas::storage
