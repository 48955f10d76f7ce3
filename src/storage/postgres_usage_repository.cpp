// Usage of credit and quotas in PostgreSQL, from the sales of one household code. Ranges compare
// the canonical UTC text (sold_at >= '2026-11-01' AND sold_at < '2026-12-01'), so the index
// sales(household_code, sold_at) answers them.
#include "storage/postgres_repositories.hpp"
#include "storage/postgres_support.hpp"

namespace cabas::storage {

namespace {

struct Range {
    std::string from;   ///< inclusive
    std::string until;  ///< exclusive
};

Range month_of(core::Date on) { return {on.month_start().iso(), on.month_start().plus_months(1).iso()}; }
Range week_of(core::Date on) { return {on.week_start().iso(), on.week_start().plus_days(7).iso()}; }

/// FROM and WHERE of the effective sales of a household in a range ($1 code, $2 from, $3 until).
std::string effective_lines(const std::string& join = {}) {
    return " FROM sales s JOIN sale_lines l ON l.sale_id = s.id " + join +
           " WHERE s.household_code = $1 AND s.sold_at >= $2 AND s.sold_at < $3"
           " AND NOT EXISTS (SELECT 1 FROM sales c WHERE c.corrects_sale_id = s.id)";
}

struct Used {
    core::Money value;
    int visits = 0;
};

Used used_in(PgDatabase& db, const std::string& code, const Range& r) {
    const auto row = pg::query(db,
                               "SELECT COALESCE(SUM(CASE WHEN l.counts_against_credit THEN l.value_cents ELSE 0 END), 0),"
                               " COUNT(DISTINCT s.id)" +
                                   effective_lines(),
                               code, r.from, r.until)
                         .at(0);
    return {pg::money(row[0]), pg::small(row[1])};
}

std::map<std::int64_t, std::int64_t> taken(PgDatabase& db, const std::string& key, const std::string& join,
                                           const std::string& code, core::Date on) {
    return db.read([&] {
        const Range month = month_of(on);
        std::map<std::int64_t, std::int64_t> out;
        for (const auto& r : pg::query(db,
                                       "SELECT " + key + ", SUM(l.quantity)" + effective_lines(join) + " AND " + key +
                                           " IS NOT NULL GROUP BY " + key,
                                       code, month.from, month.until))
            out[pg::integer(r[0])] = pg::integer(r[1]);
        return out;
    });
}

} // namespace

core::CreditUsage PgUsageRepository::credit_usage(const std::string& household_code, core::Date on) {
    return m_db.read([&] {
        const Used month = used_in(m_db, household_code, month_of(on));
        const Used week = used_in(m_db, household_code, week_of(on));
        core::CreditUsage usage;
        usage.used_this_month = month.value;
        usage.visits_this_month = month.visits;
        usage.used_this_week = week.value;
        usage.visits_this_week = week.visits;
        return usage;
    });
}

std::map<std::int64_t, std::int64_t> PgUsageRepository::product_taken_this_month(const std::string& household_code,
                                                                                 core::Date on) {
    return taken(m_db, "l.product_id", "", household_code, on);
}

std::map<std::int64_t, std::int64_t> PgUsageRepository::category_taken_this_month(const std::string& household_code,
                                                                                  core::Date on) {
    // Through the product's current category; products without a category have no category quota.
    return taken(m_db, "p.category_id", "JOIN products p ON p.id = l.product_id", household_code, on);
}

} // namespace cabas::storage
