// The sales a report counts in a range, as one PostgreSQL common table expression shared by the
// report queries and the families' goods (postgres_category_family_repository.cpp), so both
// count the same lines.
#pragma once

namespace cabas::storage::postgres_sql {

// Same as SQLite's (sqlite_counted_sales.hpp): the sales a range [$1, $2) counts, with their
// sign.
inline constexpr const char* kCountedSales = R"sql(
counted(sale_id, sign, household_code, sold_at) AS (
    SELECT s.id, 1, s.household_code, s.sold_at FROM sales s
    WHERE s.sold_at >= $1 AND s.sold_at < $2
    UNION ALL
    SELECT p.id, -1, p.household_code, s.sold_at FROM sales s JOIN sales p ON p.id = s.corrects_sale_id
    WHERE s.sold_at >= $1 AND s.sold_at < $2
))sql";

} // namespace cabas::storage::postgres_sql
