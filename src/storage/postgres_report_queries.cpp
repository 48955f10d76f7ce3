// The report queries in PostgreSQL. Sales are filtered on sold_at (index sales_by_date) and the
// corrections of a range are found through sales_by_corrected; PostgreSQL's planner has statistics, so the
// join-order hints the SQLite queries need (INDEXED BY, CROSS JOIN) have no counterpart here.
// Households are read in bulk queries, not one per file.
#include "storage/postgres_repositories.hpp"
#include "storage/postgres_counted_sales.hpp"
#include "storage/postgres_support.hpp"

#include <map>

namespace cabas::storage {

namespace {

using postgres_sql::kCountedSales;

// Same as SQLite's (sqlite_report_queries.cpp): the visits of a range [$1, $2).
constexpr const char* kVisitSales = R"sql(
chain(id, month, ancestor) AS (
    SELECT s.id, substr(s.sold_at, 1, 7), s.corrects_sale_id FROM sales s
    WHERE s.sold_at >= $1 AND s.sold_at < $2 AND s.corrects_sale_id IS NOT NULL
    UNION ALL
    SELECT c.id, c.month, p.corrects_sale_id FROM chain c JOIN sales p ON p.id = c.ancestor
    WHERE substr(p.sold_at, 1, 7) = c.month AND p.corrects_sale_id IS NOT NULL
),
late(id) AS (
    SELECT c.id FROM chain c JOIN sales p ON p.id = c.ancestor WHERE substr(p.sold_at, 1, 7) <> c.month
),
visit_sales(sale_id, household_code, sold_at) AS (
    SELECT s.id, s.household_code, s.sold_at FROM sales s
    WHERE s.sold_at >= $1 AND s.sold_at < $2
      AND EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)
      AND NOT EXISTS (SELECT 1 FROM sales k WHERE k.corrects_sale_id = s.id AND k.sold_at < $2
                      AND substr(k.sold_at, 1, 7) = substr(s.sold_at, 1, 7))
      AND s.id NOT IN (SELECT id FROM late)
))sql";

core::Date day_of(const pqxx::field& timestamp) {
    return core::parse_date(pg::text(timestamp).substr(0, 10), "sold_at");
}

/// A visit's day, or the epoch for a household without a visit in the range (NULL).
core::Date visit_day(const pqxx::field& timestamp) { return timestamp.is_null() ? core::Date{} : day_of(timestamp); }

void read_households(PgDatabase& db, std::vector<ReportHousehold>& out, std::map<std::int64_t, std::size_t>& index) {
    for (const auto& s : pg::query(db, R"sql(
SELECT h.id, h.sales_code, h.referral_on, h.type, h.neighbourhood, h.housing, h.main_resource,
       h.attested_qf_cents, h.fse_disability, h.fse_nationality, h.fse_homeless, h.project_type,
       COALESCE(r.organisation, '')
FROM households h LEFT JOIN referrers r ON r.id = h.referrer_id ORDER BY h.id)sql")) {
        ReportHousehold h;
        h.id = pg::integer(s[0]);
        h.sales_code = pg::text(s[1]);
        h.referred_on = pg::date(s[2]);
        h.composition.type = pg::code(s[3], core::household_type_from_code);
        h.neighbourhood = pg::text(s[4]);
        h.housing = pg::code(s[5], core::housing_from_code);
        h.main_resource = pg::code(s[6], core::main_resource_from_code);
        h.composition.attested_qf = pg::optional_money(s[7]);
        h.fse.disability = pg::boolean(s[8]);
        h.fse.nationality = pg::code(s[9], core::nationality_from_code);
        h.fse.homeless = pg::boolean(s[10]);
        if (!s[11].is_null()) h.project = pg::code(s[11], core::project_type_from_code);
        h.referrer = pg::text(s[12]);
        index[h.id] = out.size();
        out.push_back(std::move(h));
    }
}

void read_compositions(PgDatabase& db, std::vector<ReportHousehold>& out, const std::map<std::int64_t, std::size_t>& index) {
    for (const auto& m : pg::query(db, "SELECT household_id, birth_date, sex, relationship, disabled FROM members "
                                       "ORDER BY household_id, position")) {
        core::Member member;
        member.birth_date = pg::date(m[1]);
        member.sex = pg::code(m[2], core::sex_from_code);
        member.relationship = pg::code(m[3], core::relationship_from_code);
        member.disabled = pg::boolean(m[4]);
        out[index.at(pg::integer(m[0]))].composition.members.push_back(member);
    }
    for (const auto& r : pg::query(db, "SELECT household_id, kind, monthly_cents FROM resources ORDER BY household_id, position"))
        out[index.at(pg::integer(r[0]))].composition.resources.push_back(
            {pg::code(r[1], core::resource_kind_from_code), pg::money(r[2]), ""});
    for (const auto& ch : pg::query(db, "SELECT household_id, kind, monthly_cents FROM charges ORDER BY household_id, position"))
        out[index.at(pg::integer(ch[0]))].composition.charges.push_back(
            {pg::code(ch[1], core::charge_kind_from_code), pg::money(ch[2]), ""});
}

void read_periods(PgDatabase& db, std::vector<ReportHousehold>& out, const std::map<std::int64_t, std::size_t>& index) {
    for (const auto& s : pg::query(db, "SELECT household_id, id, start_on, end_on, renewal, rule_override, exit_on, "
                                       "exit_reason FROM access_periods ORDER BY household_id, start_on, id")) {
        core::AccessPeriod p;
        p.id = pg::integer(s[1]);
        p.start = pg::date(s[2]);
        p.end = pg::date(s[3]);
        p.renewal = pg::boolean(s[4]);
        p.rule_override = pg::boolean(s[5]);
        if (!s[6].is_null()) p.exit = core::PeriodExit{pg::date(s[6]), pg::code(s[7], core::exit_reason_from_code), ""};
        out[index.at(pg::integer(s[0]))].periods.push_back(std::move(p));
    }
    std::map<std::int64_t, core::AccessPeriod*> by_id;
    for (auto& h : out)
        for (auto& p : h.periods) by_id[p.id] = &p;
    for (const auto& s : pg::query(db, "SELECT period_id, from_on, until_on FROM suspensions ORDER BY period_id, from_on, id"))
        by_id.at(pg::integer(s[0]))->suspensions.push_back({pg::date(s[1]), pg::optional_date(s[2]), ""});
}

} // namespace

std::vector<ReportHousehold> PgReportQueries::households() {
    return m_db.read([&] {
        std::vector<ReportHousehold> out;
        std::map<std::int64_t, std::size_t> index;
        read_households(m_db, out, index);
        read_compositions(m_db, out, index);
        read_periods(m_db, out, index);
        return out;
    });
}

std::vector<ReportDecision> PgReportQueries::decisions(const std::string& from, const std::string& until) {
    return m_db.read([&] {
        std::vector<ReportDecision> out;
        for (const auto& s : pg::query(m_db, R"sql(
SELECT d.household_id, d.decided_on, d.decision,
       NOT EXISTS (SELECT 1 FROM commission_decisions e WHERE e.household_id = d.household_id
                   AND (e.decided_on < d.decided_on OR (e.decided_on = d.decided_on AND e.id < d.id)))
FROM commission_decisions d WHERE d.decided_on >= $1::date AND d.decided_on < $2::date ORDER BY d.decided_on, d.id)sql",
                                       from, until))
            out.push_back({pg::integer(s[0]), pg::date(s[1]), pg::text(s[2]), pg::boolean(s[3])});
        return out;
    });
}

std::vector<HouseholdActivity> PgReportQueries::activity(const std::string& from, const std::string& until) {
    return m_db.read([&] {
        std::vector<HouseholdActivity> out;
        for (const auto& s : pg::query(m_db, std::string("WITH RECURSIVE") + kCountedSales + "," + kVisitSales + R"sql(,
events(household_code, visits, value, paid, credit, visit_at) AS (
    SELECT c.household_code, 0, c.sign * l.value_cents, c.sign * l.paid_cents,
           CASE WHEN l.counts_against_credit THEN c.sign * l.value_cents ELSE 0 END, NULL::text
    FROM counted c JOIN sale_lines l ON l.sale_id = c.sale_id
    UNION ALL
    SELECT v.household_code, 1, 0, 0, 0, v.sold_at FROM visit_sales v
)
SELECT household_code, SUM(visits), SUM(value), SUM(paid), SUM(credit), MIN(visit_at) FROM events
GROUP BY household_code HAVING SUM(visits) > 0 OR SUM(value) <> 0 OR SUM(paid) <> 0 OR SUM(credit) <> 0
ORDER BY household_code)sql",
                                       from, until))
            out.push_back({pg::text(s[0]), pg::small(s[1]), pg::money(s[2]), pg::money(s[3]), pg::money(s[4]),
                           visit_day(s[5])});
        return out;
    });
}

std::vector<GoodsTotal> PgReportQueries::goods(const std::string& from, const std::string& until) {
    return m_db.read([&] {
        std::vector<GoodsTotal> out;
        for (const auto& s : pg::query(m_db, std::string("WITH") + kCountedSales + R"sql(
SELECT COALESCE(lo.origin, ''), COALESCE(cat.name, ''), SUM(c.sign * l.value_cents), SUM(c.sign * l.paid_cents),
       SUM(c.sign * CASE WHEN p.unit = 'poids' THEN l.quantity ELSE l.quantity * p.net_grams END),
       SUM(c.sign), COALESCE(SUM(c.sign) FILTER (WHERE l.paid_cents > 0), 0)
FROM counted c JOIN sale_lines l ON l.sale_id = c.sale_id
JOIN products p ON p.id = l.product_id
LEFT JOIN lots lo ON lo.id = l.lot_id LEFT JOIN categories cat ON cat.id = p.category_id
GROUP BY 1, 2 HAVING SUM(c.sign) <> 0 OR SUM(c.sign * l.value_cents) <> 0 OR SUM(c.sign * l.paid_cents) <> 0
    OR SUM(c.sign * CASE WHEN p.unit = 'poids' THEN l.quantity ELSE l.quantity * p.net_grams END) <> 0
ORDER BY 1, 2)sql",
                                       from, until))
            out.push_back({pg::text(s[0]), pg::text(s[1]), pg::money(s[2]), pg::money(s[3]), pg::integer(s[4]),
                           pg::integer(s[5]), pg::integer(s[6])});
        return out;
    });
}

std::vector<PaymentTotal> PgReportQueries::payments(const std::string& from, const std::string& until) {
    return m_db.read([&] {
        std::vector<PaymentTotal> out;
        for (const auto& s : pg::query(m_db, std::string("WITH") + kCountedSales + R"sql(
SELECT p.method, SUM(c.sign * p.amount_cents) FROM counted c JOIN payments p ON p.sale_id = c.sale_id
GROUP BY p.method HAVING SUM(c.sign) <> 0 OR SUM(c.sign * p.amount_cents) <> 0 ORDER BY p.method)sql",
                                       from, until))
            out.push_back({pg::text(s[0]), pg::money(s[1])});
        return out;
    });
}

std::vector<MonthHouseholdActivity> PgReportQueries::activity_by_month(const std::string& from, const std::string& until) {
    return m_db.read([&] {
        // Sales totals equal the sum of their lines (add_sale checks it), so no line is summed.
        std::vector<MonthHouseholdActivity> out;
        for (const auto& s : pg::query(m_db, std::string("WITH RECURSIVE") + kCountedSales + "," + kVisitSales + R"sql(,
events(month, household_code, visits, value, paid, visit_at) AS (
    SELECT substr(c.sold_at, 1, 7), c.household_code, 0, c.sign * s.total_value_cents, c.sign * s.total_paid_cents,
           NULL::text
    FROM counted c JOIN sales s ON s.id = c.sale_id
    UNION ALL
    SELECT substr(v.sold_at, 1, 7), v.household_code, 1, 0, 0, v.sold_at FROM visit_sales v
)
SELECT month, household_code, SUM(visits), SUM(value), SUM(paid), MIN(visit_at) FROM events
GROUP BY 1, 2 HAVING SUM(visits) > 0 OR SUM(value) <> 0 OR SUM(paid) <> 0 ORDER BY 1, 2)sql",
                                       from, until)) {
            MonthHouseholdActivity m;
            m.month = pg::text(s[0]);
            m.activity = {pg::text(s[1]), pg::small(s[2]), pg::money(s[3]), pg::money(s[4]), core::Money(), visit_day(s[5])};
            out.push_back(std::move(m));
        }
        return out;
    });
}

ClosureTotal PgReportQueries::closures(const std::string& from, const std::string& until) {
    return m_db.read([&] {
        const auto s = pg::query(m_db,
                                 "SELECT COUNT(*), COALESCE(SUM(counted_cents), 0) FROM till_sessions"
                                 " WHERE closed_at IS NOT NULL AND closed_at >= $1 AND closed_at < $2",
                                 from, until)
                           .at(0);
        return ClosureTotal{pg::small(s[0]), pg::money(s[1])};
    });
}

std::vector<LotFlow> PgReportQueries::lot_flows(const std::vector<std::string>& origins, const std::string& from,
                                                const std::string& until) {
    return m_db.read([&] {
        std::vector<LotFlow> out;
        for (const auto& origin : origins) {
            for (const auto& s : pg::query(m_db, R"sql(
SELECT lo.id, p.name, lo.origin, lo.lot_code, r.received_on, p.unit = 'poids', p.net_grams,
       CASE WHEN r.received_on >= $1::text::date THEN lo.initial_quantity ELSE 0 END,
       -COALESCE(SUM(m.quantity) FILTER (WHERE m.kind IN ('sale', 'correction') AND m.occurred_at >= $1::text), 0),
       -COALESCE(SUM(m.quantity) FILTER (WHERE m.kind = 'loss' AND m.occurred_at >= $1::text), 0),
       COALESCE(SUM(m.quantity) FILTER (WHERE m.kind = 'adjustment' AND m.occurred_at >= $1::text), 0),
       lo.initial_quantity + COALESCE(SUM(m.quantity), 0),
       (r.received_on >= $1::text::date)::int + COUNT(m.id) FILTER (WHERE m.occurred_at >= $1::text)
FROM lots lo JOIN products p ON p.id = lo.product_id JOIN receptions r ON r.id = lo.reception_id
LEFT JOIN stock_movements m ON m.lot_id = lo.id AND m.kind <> 'reception' AND m.occurred_at < $2::text
WHERE lo.origin = $3 AND r.received_on < $2::text::date
GROUP BY lo.id, p.name, p.unit, p.net_grams, r.received_on ORDER BY r.received_on, lo.id)sql",
                                           from, until, origin)) {
                LotFlow f{pg::integer(s[0]),  pg::text(s[1]),    pg::text(s[2]),    pg::text(s[3]),
                          pg::date(s[4]),     pg::boolean(s[5]), pg::integer(s[6]), pg::integer(s[7]),
                          pg::integer(s[8]),  pg::integer(s[9]), pg::integer(s[10]), pg::integer(s[11])};
                if (pg::integer(s[12]) > 0 || f.remaining != 0) out.push_back(std::move(f));
            }
        }
        return out;
    });
}

} // namespace cabas::storage
