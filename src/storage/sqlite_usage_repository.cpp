// Usage of credit and quotas in SQLite, from the sales of one household code. Ranges compare
// ISO text (sold_at >= '2026-11-01' AND sold_at < '2026-12-01'), so the index
// sales(household_code, sold_at) answers them without scanning the table.
#include "storage/sqlite_repositories.hpp"
#include "storage/sqlite_support.hpp"

namespace cabas::storage {

namespace {

struct Range {
    std::string from;   ///< inclusive
    std::string until;  ///< exclusive
};

Range month_of(core::Date on) { return {on.month_start().iso(), on.month_start().plus_months(1).iso()}; }
Range week_of(core::Date on) { return {on.week_start().iso(), on.week_start().plus_days(7).iso()}; }

/// FROM and WHERE of the effective sales of a household in a range: those that no later sale
/// corrects. `join` adds tables; parameters: household code, range start, range end.
std::string effective_lines(const std::string& join = {}) {
    return " FROM sales s JOIN sale_lines l ON l.sale_id = s.id " + join +
           " WHERE s.household_code = ? AND s.sold_at >= ? AND s.sold_at < ?"
           " AND NOT EXISTS (SELECT 1 FROM sales c WHERE c.corrects_sale_id = s.id)";
}

struct Used {
    core::Money value;
    int visits = 0;
};

Used used_in(SQLite::Database& c, const std::string& code, const Range& r) {
    auto s = sql::query(c,
                        ("SELECT COALESCE(SUM(CASE WHEN l.counts_against_credit = 1 THEN l.value_cents ELSE 0 END), 0),"
                         " COUNT(DISTINCT s.id)" +
                         effective_lines())
                            .c_str(),
                        code, r.from, r.until);
    s.executeStep();
    return {sql::money(s.getColumn(0)), s.getColumn(1).getInt()};
}

std::map<std::int64_t, std::int64_t> taken(Database& db, const std::string& key, const std::string& join,
                                           const std::string& code, core::Date on) {
    return db.read([&] {
        const Range month = month_of(on);
        const std::string text = "SELECT " + key + ", SUM(l.quantity)" + effective_lines(join) + " AND " + key +
                                 " IS NOT NULL GROUP BY " + key;
        auto s = sql::query(sql::conn(db), text.c_str(), code, month.from, month.until);
        std::map<std::int64_t, std::int64_t> out;
        while (s.executeStep()) out[s.getColumn(0).getInt64()] = s.getColumn(1).getInt64();
        return out;
    });
}

} // namespace

core::CreditUsage SqliteUsageRepository::credit_usage(const std::string& household_code, core::Date on) {
    return m_db.read([&] {
        auto& c = sql::conn(m_db);
        const Used month = used_in(c, household_code, month_of(on));
        const Used week = used_in(c, household_code, week_of(on));
        core::CreditUsage usage;
        usage.used_this_month = month.value;
        usage.visits_this_month = month.visits;
        usage.used_this_week = week.value;
        usage.visits_this_week = week.visits;
        return usage;
    });
}

std::map<std::int64_t, std::int64_t> SqliteUsageRepository::product_taken_this_month(const std::string& household_code,
                                                                                     core::Date on) {
    return taken(m_db, "l.product_id", "", household_code, on);
}

std::map<std::int64_t, std::int64_t> SqliteUsageRepository::category_taken_this_month(const std::string& household_code,
                                                                                      core::Date on) {
    // Through the product's current category; products without a category have no category quota.
    return taken(m_db, "p.category_id", "JOIN products p ON p.id = l.product_id", household_code, on);
}

} // namespace cabas::storage
