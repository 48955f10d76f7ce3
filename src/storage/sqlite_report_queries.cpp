// The report queries in SQLite. Sales are filtered on sold_at (index sales_by_date) and the
// corrections of a month are found through sales_by_corrected, so a month costs what its sales cost, whatever
// the size of the history. Households are read in four bulk queries, not one per file.
// Design note: without ANALYZE statistics SQLite's planner preferred to scan all sale_lines,
// or the household-code index for the GROUP BY, i.e. the whole history (1 s for one month of a
// 2-year, 720,000-sale base). "INDEXED BY sales_by_date" and CROSS JOIN (which fixes the join
// order in SQLite and means a plain join elsewhere) keep the cost to the range asked for.
#include "storage/sqlite_repositories.hpp"
#include "storage/sqlite_counted_sales.hpp"
#include "storage/sqlite_support.hpp"

#include <map>

namespace cabas::storage {

namespace {

using sqlite_sql::kCountedSales;

// The visits of [?1, ?2): sales with lines that no correction of their month replaces, and
// whose chain of corrections does not go back to an earlier month (`late`: the correction of
// an earlier month's sale, or a correction of such a correction, within this month).
constexpr const char* kVisitSales = R"sql(
chain(id, month, ancestor) AS (
    SELECT s.id, substr(s.sold_at, 1, 7), s.corrects_sale_id FROM sales s INDEXED BY sales_by_date
    WHERE s.sold_at >= ?1 AND s.sold_at < ?2 AND s.corrects_sale_id IS NOT NULL
    UNION ALL
    SELECT c.id, c.month, p.corrects_sale_id FROM chain c JOIN sales p ON p.id = c.ancestor
    WHERE substr(p.sold_at, 1, 7) = c.month AND p.corrects_sale_id IS NOT NULL
),
late(id) AS (
    SELECT c.id FROM chain c JOIN sales p ON p.id = c.ancestor WHERE substr(p.sold_at, 1, 7) <> c.month
),
visit_sales(sale_id, household_code, sold_at) AS (
    SELECT s.id, s.household_code, s.sold_at FROM sales s INDEXED BY sales_by_date
    WHERE s.sold_at >= ?1 AND s.sold_at < ?2
      AND EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)
      AND NOT EXISTS (SELECT 1 FROM sales k WHERE k.corrects_sale_id = s.id AND k.sold_at < ?2
                      AND substr(k.sold_at, 1, 7) = substr(s.sold_at, 1, 7))
      AND s.id NOT IN (SELECT id FROM late)
))sql";

/// A visit's day, or the epoch for a household without a visit in the range (NULL).
core::Date visit_day(const SQLite::Column& column);

std::int64_t date_days(const std::string& iso_timestamp) {
    return core::parse_date(iso_timestamp.substr(0, 10), "sold_at").days_since_epoch();
}

core::Date visit_day(const SQLite::Column& column) {
    if (column.isNull()) return core::Date{};
    return core::Date::from_days(static_cast<std::int32_t>(date_days(sql::text(column))));
}

void read_households(SQLite::Database& c, std::vector<ReportHousehold>& out, std::map<std::int64_t, std::size_t>& index) {
    SQLite::Statement s(c, R"sql(
SELECT h.id, h.sales_code, h.referral_on, h.type, h.neighbourhood, h.housing, h.main_resource,
       h.attested_qf_cents, h.fse_disability, h.fse_nationality, h.fse_homeless, h.project_type,
       COALESCE(r.organisation, '')
FROM households h LEFT JOIN referrers r ON r.id = h.referrer_id ORDER BY h.id)sql");
    while (s.executeStep()) {
        ReportHousehold h;
        h.id = s.getColumn(0).getInt64();
        h.sales_code = sql::text(s.getColumn(1));
        h.referred_on = sql::date(s.getColumn(2));
        h.composition.type = sql::code(s.getColumn(3), core::household_type_from_code);
        h.neighbourhood = sql::text(s.getColumn(4));
        h.housing = sql::code(s.getColumn(5), core::housing_from_code);
        h.main_resource = sql::code(s.getColumn(6), core::main_resource_from_code);
        h.composition.attested_qf = sql::optional_money(s.getColumn(7));
        h.fse.disability = sql::boolean(s.getColumn(8));
        h.fse.nationality = sql::code(s.getColumn(9), core::nationality_from_code);
        h.fse.homeless = sql::boolean(s.getColumn(10));
        if (!s.getColumn(11).isNull()) h.project = sql::code(s.getColumn(11), core::project_type_from_code);
        h.referrer = sql::text(s.getColumn(12));
        index[h.id] = out.size();
        out.push_back(std::move(h));
    }
}

void read_compositions(SQLite::Database& c, std::vector<ReportHousehold>& out,
                       const std::map<std::int64_t, std::size_t>& index) {
    SQLite::Statement m(c, "SELECT household_id, birth_date, sex, relationship, disabled FROM members "
                           "ORDER BY household_id, position");
    while (m.executeStep()) {
        core::Member member;
        member.birth_date = sql::date(m.getColumn(1));
        member.sex = sql::code(m.getColumn(2), core::sex_from_code);
        member.relationship = sql::code(m.getColumn(3), core::relationship_from_code);
        member.disabled = sql::boolean(m.getColumn(4));
        out[index.at(m.getColumn(0).getInt64())].composition.members.push_back(member);
    }
    SQLite::Statement r(c, "SELECT household_id, kind, monthly_cents FROM resources ORDER BY household_id, position");
    while (r.executeStep())
        out[index.at(r.getColumn(0).getInt64())].composition.resources.push_back(
            {sql::code(r.getColumn(1), core::resource_kind_from_code), sql::money(r.getColumn(2)), ""});
    SQLite::Statement ch(c, "SELECT household_id, kind, monthly_cents FROM charges ORDER BY household_id, position");
    while (ch.executeStep())
        out[index.at(ch.getColumn(0).getInt64())].composition.charges.push_back(
            {sql::code(ch.getColumn(1), core::charge_kind_from_code), sql::money(ch.getColumn(2)), ""});
}

void read_periods(SQLite::Database& c, std::vector<ReportHousehold>& out, const std::map<std::int64_t, std::size_t>& index) {
    std::map<std::int64_t, core::AccessPeriod*> by_id;
    SQLite::Statement s(c, "SELECT household_id, id, start_on, end_on, renewal, rule_override, exit_on, exit_reason "
                           "FROM access_periods ORDER BY household_id, start_on, id");
    while (s.executeStep()) {
        core::AccessPeriod p;
        p.id = s.getColumn(1).getInt64();
        p.start = sql::date(s.getColumn(2));
        p.end = sql::date(s.getColumn(3));
        p.renewal = sql::boolean(s.getColumn(4));
        p.rule_override = sql::boolean(s.getColumn(5));
        if (!s.getColumn(6).isNull())
            p.exit = core::PeriodExit{sql::date(s.getColumn(6)), sql::code(s.getColumn(7), core::exit_reason_from_code), ""};
        out[index.at(s.getColumn(0).getInt64())].periods.push_back(std::move(p));
    }
    for (auto& h : out)
        for (auto& p : h.periods) by_id[p.id] = &p;
    SQLite::Statement sus(c, "SELECT period_id, from_on, until_on FROM suspensions ORDER BY period_id, from_on, id");
    while (sus.executeStep())
        by_id.at(sus.getColumn(0).getInt64())
            ->suspensions.push_back({sql::date(sus.getColumn(1)), sql::optional_date(sus.getColumn(2)), ""});
}

} // namespace

std::vector<ReportHousehold> SqliteReportQueries::households() {
    return m_db.read([&] {
        auto& c = sql::conn(m_db);
        std::vector<ReportHousehold> out;
        std::map<std::int64_t, std::size_t> index;
        read_households(c, out, index);
        read_compositions(c, out, index);
        read_periods(c, out, index);
        return out;
    });
}

std::vector<ReportDecision> SqliteReportQueries::decisions(const std::string& from, const std::string& until) {
    return m_db.read([&] {
        auto s = sql::query(sql::conn(m_db), R"sql(
SELECT d.household_id, d.decided_on, d.decision,
       NOT EXISTS (SELECT 1 FROM commission_decisions e WHERE e.household_id = d.household_id
                   AND (e.decided_on < d.decided_on OR (e.decided_on = d.decided_on AND e.id < d.id)))
FROM commission_decisions d WHERE d.decided_on >= ? AND d.decided_on < ? ORDER BY d.decided_on, d.id)sql",
                            from, until);
        std::vector<ReportDecision> out;
        while (s.executeStep())
            out.push_back({s.getColumn(0).getInt64(), sql::date(s.getColumn(1)), sql::text(s.getColumn(2)),
                           sql::boolean(s.getColumn(3))});
        return out;
    });
}

std::vector<HouseholdActivity> SqliteReportQueries::activity(const std::string& from, const std::string& until) {
    return m_db.read([&] {
        const std::string text = std::string("WITH RECURSIVE") + kCountedSales + "," + kVisitSales + R"sql(,
events(household_code, visits, value, paid, credit, visit_at) AS (
    SELECT c.household_code, 0, c.sign * l.value_cents, c.sign * l.paid_cents,
           CASE WHEN l.counts_against_credit = 1 THEN c.sign * l.value_cents ELSE 0 END, NULL
    FROM counted c CROSS JOIN sale_lines l ON l.sale_id = c.sale_id
    UNION ALL
    SELECT v.household_code, 1, 0, 0, 0, v.sold_at FROM visit_sales v
)
SELECT household_code, SUM(visits), SUM(value), SUM(paid), SUM(credit), MIN(visit_at) FROM events
GROUP BY household_code HAVING SUM(visits) > 0 OR SUM(value) <> 0 OR SUM(paid) <> 0 OR SUM(credit) <> 0
ORDER BY household_code)sql";
        auto s = sql::query(sql::conn(m_db), text.c_str(), from, until);
        std::vector<HouseholdActivity> out;
        while (s.executeStep())
            out.push_back({sql::text(s.getColumn(0)), s.getColumn(1).getInt(), sql::money(s.getColumn(2)),
                           sql::money(s.getColumn(3)), sql::money(s.getColumn(4)), visit_day(s.getColumn(5))});
        return out;
    });
}

std::vector<GoodsTotal> SqliteReportQueries::goods(const std::string& from, const std::string& until) {
    return m_db.read([&] {
        const std::string text = std::string("WITH") + kCountedSales + R"sql(
SELECT COALESCE(lo.origin, ''), COALESCE(cat.name, ''), SUM(c.sign * l.value_cents), SUM(c.sign * l.paid_cents),
       SUM(c.sign * CASE WHEN p.unit = 'poids' THEN l.quantity ELSE l.quantity * p.net_grams END),
       SUM(c.sign), SUM(CASE WHEN l.paid_cents > 0 THEN c.sign ELSE 0 END)
FROM counted c CROSS JOIN sale_lines l ON l.sale_id = c.sale_id
JOIN products p ON p.id = l.product_id
LEFT JOIN lots lo ON lo.id = l.lot_id LEFT JOIN categories cat ON cat.id = p.category_id
GROUP BY 1, 2 HAVING SUM(c.sign) <> 0 OR SUM(c.sign * l.value_cents) <> 0 OR SUM(c.sign * l.paid_cents) <> 0
    OR SUM(c.sign * CASE WHEN p.unit = 'poids' THEN l.quantity ELSE l.quantity * p.net_grams END) <> 0
ORDER BY 1, 2)sql";
        auto s = sql::query(sql::conn(m_db), text.c_str(), from, until);
        std::vector<GoodsTotal> out;
        while (s.executeStep())
            out.push_back({sql::text(s.getColumn(0)), sql::text(s.getColumn(1)), sql::money(s.getColumn(2)),
                           sql::money(s.getColumn(3)), s.getColumn(4).getInt64(), s.getColumn(5).getInt64(),
                           s.getColumn(6).getInt64()});
        return out;
    });
}

std::vector<PaymentTotal> SqliteReportQueries::payments(const std::string& from, const std::string& until) {
    return m_db.read([&] {
        const std::string text = std::string("WITH") + kCountedSales + R"sql(
SELECT p.method, SUM(c.sign * p.amount_cents) FROM counted c CROSS JOIN payments p ON p.sale_id = c.sale_id
GROUP BY p.method HAVING SUM(c.sign) <> 0 OR SUM(c.sign * p.amount_cents) <> 0 ORDER BY p.method)sql";
        auto s = sql::query(sql::conn(m_db), text.c_str(), from, until);
        std::vector<PaymentTotal> out;
        while (s.executeStep()) out.push_back({sql::text(s.getColumn(0)), sql::money(s.getColumn(1))});
        return out;
    });
}

std::vector<MonthHouseholdActivity> SqliteReportQueries::activity_by_month(const std::string& from,
                                                                           const std::string& until) {
    return m_db.read([&] {
        // Sales totals equal the sum of their lines (add_sale checks it), so no line is summed.
        const std::string text = std::string("WITH RECURSIVE") + kCountedSales + "," + kVisitSales + R"sql(,
events(month, household_code, visits, value, paid, visit_at) AS (
    SELECT substr(c.sold_at, 1, 7), c.household_code, 0, c.sign * s.total_value_cents, c.sign * s.total_paid_cents,
           NULL
    FROM counted c CROSS JOIN sales s ON s.id = c.sale_id
    UNION ALL
    SELECT substr(v.sold_at, 1, 7), v.household_code, 1, 0, 0, v.sold_at FROM visit_sales v
)
SELECT month, household_code, SUM(visits), SUM(value), SUM(paid), MIN(visit_at) FROM events
GROUP BY 1, 2 HAVING SUM(visits) > 0 OR SUM(value) <> 0 OR SUM(paid) <> 0 ORDER BY 1, 2)sql";
        auto s = sql::query(sql::conn(m_db), text.c_str(), from, until);
        std::vector<MonthHouseholdActivity> out;
        while (s.executeStep()) {
            MonthHouseholdActivity m;
            m.month = sql::text(s.getColumn(0));
            m.activity = {sql::text(s.getColumn(1)), s.getColumn(2).getInt(), sql::money(s.getColumn(3)),
                          sql::money(s.getColumn(4)), core::Money(), visit_day(s.getColumn(5))};
            out.push_back(std::move(m));
        }
        return out;
    });
}

ClosureTotal SqliteReportQueries::closures(const std::string& from, const std::string& until) {
    return m_db.read([&] {
        auto s = sql::query(sql::conn(m_db),
                            "SELECT COUNT(*), COALESCE(SUM(counted_cents), 0) FROM till_sessions"
                            " WHERE closed_at IS NOT NULL AND closed_at >= ? AND closed_at < ?",
                            from, until);
        s.executeStep();
        return ClosureTotal{s.getColumn(0).getInt(), sql::money(s.getColumn(1))};
    });
}

std::vector<LotFlow> SqliteReportQueries::lot_flows(const std::vector<std::string>& origins, const std::string& from,
                                                    const std::string& until) {
    return m_db.read([&] {
        std::vector<LotFlow> out;
        for (const auto& origin : origins) {
            auto s = sql::query(sql::conn(m_db), R"sql(
SELECT lo.id, p.name, lo.origin, lo.lot_code, r.received_on, p.unit = 'poids', p.net_grams,
       CASE WHEN r.received_on >= ?1 THEN lo.initial_quantity ELSE 0 END,
       -COALESCE(SUM(CASE WHEN m.kind IN ('sale', 'correction') AND m.occurred_at >= ?1 THEN m.quantity END), 0),
       -COALESCE(SUM(CASE WHEN m.kind = 'loss' AND m.occurred_at >= ?1 THEN m.quantity END), 0),
       COALESCE(SUM(CASE WHEN m.kind = 'adjustment' AND m.occurred_at >= ?1 THEN m.quantity END), 0),
       lo.initial_quantity + COALESCE(SUM(m.quantity), 0),
       (r.received_on >= ?1) + COALESCE(SUM(m.occurred_at >= ?1), 0)
FROM lots lo JOIN products p ON p.id = lo.product_id JOIN receptions r ON r.id = lo.reception_id
LEFT JOIN stock_movements m ON m.lot_id = lo.id AND m.kind <> 'reception' AND m.occurred_at < ?2
WHERE lo.origin = ?3 AND r.received_on < ?2
GROUP BY lo.id ORDER BY r.received_on, lo.id)sql",
                                from, until, origin);
            while (s.executeStep()) {
                LotFlow f{s.getColumn(0).getInt64(), sql::text(s.getColumn(1)), sql::text(s.getColumn(2)),
                          sql::text(s.getColumn(3)), sql::date(s.getColumn(4)), sql::boolean(s.getColumn(5)),
                          s.getColumn(6).getInt64(), s.getColumn(7).getInt64(), s.getColumn(8).getInt64(),
                          s.getColumn(9).getInt64(), s.getColumn(10).getInt64(), s.getColumn(11).getInt64()};
                if (s.getColumn(12).getInt64() > 0 || f.remaining != 0) out.push_back(std::move(f));
            }
        }
        return out;
    });
}

} // namespace cabas::storage
