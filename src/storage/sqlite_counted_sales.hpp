// The sales a report counts in a range, as one SQLite common table expression shared by the
// report queries and the families' goods (sqlite_category_family_repository.cpp), so both count
// the same lines.
#pragma once

namespace cabas::storage::sqlite_sql {

// The sales a range [?1, ?2) counts (report_queries.hpp): every sale of the range with sign +1,
// and the sale each of them corrects with sign -1, dated by the correcting sale.
inline constexpr const char* kCountedSales = R"sql(
counted(sale_id, sign, household_code, sold_at) AS (
    SELECT s.id, 1, s.household_code, s.sold_at FROM sales s INDEXED BY sales_by_date
    WHERE s.sold_at >= ?1 AND s.sold_at < ?2
    UNION ALL
    SELECT p.id, -1, p.household_code, s.sold_at FROM sales s INDEXED BY sales_by_date
    CROSS JOIN sales p ON p.id = s.corrects_sale_id
    WHERE s.sold_at >= ?1 AND s.sold_at < ?2
))sql";

} // namespace cabas::storage::sqlite_sql
