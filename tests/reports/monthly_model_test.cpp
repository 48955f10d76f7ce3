// The monthly report model against an independent recomputation: a seeded random épicerie is
// written through the repositories, then every indicator is recomputed here from the plan of
// what was written (no SQL) and compared figure by figure, for the month, the previous month
// and the year to date.
#include "report_dataset.hpp"

#include "core/credit.hpp"
#include "core/eligibility.hpp"
#include "services/reports/monthly_report.hpp"
#include "reports/report_labels.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace cabas;
using namespace cabas::reports;
using namespace cabas::reports::test;

namespace {

struct Expected {
    int open = 0, started = 0, ended = 0, served = 0, persons = 0, adults = 0, a02 = 0, a313 = 0, a1417 = 0, visits = 0;
    Money value, paid, credit_used, credit_granted;
    int admissions = 0, renewals = 0, waiting = 0, open_without_visit = 0, first_decisions = 0;
    std::int64_t delay = 0;
    std::map<std::string, int> exits, decisions, types, ages, ravs, sizes;
    std::map<std::string, Money> by_origin_value, by_method;
    std::map<std::string, std::int64_t> by_origin_grams;
};

Expected recompute(const ReportDataset& data, Date from, Date to, const core::Bareme& bareme) {
    Expected e;
    std::map<std::string, Date> first_visit;
    // Corrections count when made: a sale adds in its period, its cancellation subtracts in the
    // period of the cancellation; a visit is a sale not cancelled within its own month.
    auto count = [&](const PlannedSale& s, int sign) {
        for (const auto& l : s.lines) {
            const Money value = sign > 0 ? l.value : -l.value, paid = sign > 0 ? l.paid : -l.paid;
            e.value += value;
            e.paid += paid;
            if (l.counts) e.credit_used += value;
            e.by_origin_value[origin_label(l.origin)] += value;
            e.by_origin_grams[origin_label(l.origin)] += sign * l.grams;
        }
        for (const auto& [method, amount] : s.payments) e.by_method[method] += sign > 0 ? amount : -amount;
    };
    for (const auto& s : data.sales) {
        const bool in = s.day >= from && s.day <= to;
        if (in) count(s, 1);
        if (s.cancelled && s.cancelled_on >= from && s.cancelled_on <= to) count(s, -1);
        if (!in || s.lines.empty() || s.cancelled_in_its_month()) continue;
        ++e.visits;
        if (!first_visit.count(s.code) || s.day < first_visit[s.code]) first_visit[s.code] = s.day;
    }
    for (auto it = e.by_method.begin(); it != e.by_method.end();) it = it->second.is_zero() ? e.by_method.erase(it) : std::next(it);
    for (auto it = e.by_origin_value.begin(); it != e.by_origin_value.end();) {
        if (it->second.is_zero() && e.by_origin_grams[it->first] == 0) {
            e.by_origin_grams.erase(it->first);
            it = e.by_origin_value.erase(it);
        } else {
            ++it;
        }
    }
    e.served = static_cast<int>(first_visit.size());
    for (const auto& h : data.households) {
        bool open = false, started = true, ended = true;
        for (const auto& p : h.periods) {
            const Date end = p.exit ? std::min(p.exit->on, p.end) : p.end;
            if (p.start <= to && end >= from) open = true;
            if (p.start <= from && end >= from) started = false;
            if (p.start <= to && end >= to) ended = false;
            if (p.start >= from && p.start <= to) (p.renewal ? e.renewals : e.admissions)++;
            if (p.exit && p.exit->on >= from && p.exit->on <= to) e.exits[core::label_of(p.exit->reason)]++;
            if (!p.exit && p.end >= from && p.end <= to) {
                bool renewed = false;
                for (const auto& q : h.periods) renewed = renewed || q.start == p.end.plus_days(1);
                if (!renewed) e.exits["Fin de droits"]++;
            }
        }
        if (core::access_status_at(h.periods, bareme.access, to).state == core::AccessState::WaitingPeriod) ++e.waiting;
        const auto visit = first_visit.find(h.file.sales_code);
        if (open) {
            ++e.open;
            e.started += started;
            e.ended += ended;
            e.credit_granted += core::monthly_credit(bareme.credit, core::consumption_units_tenths(h.file.composition.members, from));
            if (visit == first_visit.end()) ++e.open_without_visit;
        }
        if (visit == first_visit.end()) continue;
        e.types[label_of(h.file.composition.type)]++;
        e.sizes[std::to_string(std::min<std::size_t>(h.file.composition.members.size(), 6))]++;
        e.ravs[rav_band_label(core::evaluate_eligibility(h.file.composition, bareme, visit->second).rav_per_person_day)]++;
        for (const auto& m : h.file.composition.members) {
            const int age = core::age_at(m.birth_date, visit->second);
            ++e.persons;
            (age < 3 ? e.a02 : age < 14 ? e.a313 : age < 18 ? e.a1417 : e.adults)++;
            e.ages[age_band_label(age)]++;
        }
    }
    std::set<std::size_t> decided;
    std::vector<PlannedDecision> sorted = data.decisions;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.on < b.on; });
    for (const auto& d : sorted) {
        const bool first = decided.insert(d.household).second;
        if (d.on < from || d.on > to) continue;
        e.decisions[decision_label(d.code)]++;
        if (first && data.households[d.household].referred <= d.on) {
            ++e.first_decisions;
            e.delay += core::days_between(data.households[d.household].referred, d.on);
        }
    }
    return e;
}

/// `month`: the figures read line by line (goods, payments, credit use) are there too.
void compare(const PeriodFigures& f, const Expected& e, bool month, bool goods) {
    CHECK(f.households_open == e.open);
    CHECK(f.open_started == e.started);
    CHECK(f.open_ended == e.ended);
    CHECK(f.served == e.served);
    CHECK(f.persons == e.persons);
    CHECK(f.adults == e.adults);
    CHECK(f.age_0_2 == e.a02);
    CHECK(f.age_3_13 == e.a313);
    CHECK(f.age_14_17 == e.a1417);
    CHECK(f.visits == e.visits);
    CHECK(f.value == e.value);
    CHECK(f.paid == e.paid);
    if (month) CHECK(f.credit_used == e.credit_used);
    CHECK(f.credit_granted == e.credit_granted);
    CHECK(f.open_without_visit == e.open_without_visit);
    CHECK(f.admissions == e.admissions);
    CHECK(f.renewals == e.renewals);
    CHECK(f.waiting == e.waiting);
    CHECK(f.first_decisions == e.first_decisions);
    CHECK(f.delay_days == e.delay);
    for (const auto& l : exit_labels()) CHECK(f.exits.count_of(l) == (e.exits.count(l) ? e.exits.at(l) : 0));
    for (const auto& l : decision_labels()) CHECK(f.decisions.count_of(l) == (e.decisions.count(l) ? e.decisions.at(l) : 0));
    const auto& parts = f.served_profile.parts;
    for (const auto& l : household_type_labels()) CHECK(parts[0].count_of(l) == (e.types.count(l) ? e.types.at(l) : 0));
    for (std::size_t s = 1; s <= 6; ++s)
        CHECK(parts[1].counts[s - 1] == (e.sizes.count(std::to_string(s)) ? e.sizes.at(std::to_string(s)) : 0));
    for (const auto& l : age_band_labels()) CHECK(parts[2].count_of(l) == (e.ages.count(l) ? e.ages.at(l) : 0));
    for (const auto& l : rav_band_labels()) CHECK(parts[8].count_of(l) == (e.ravs.count(l) ? e.ravs.at(l) : 0));
    if (!goods) return;
    std::map<std::string, Money> value;
    std::map<std::string, std::int64_t> grams;
    for (const auto& g : f.goods) {
        value[origin_label(g.origin)] += g.value;
        grams[origin_label(g.origin)] += g.grams;
    }
    CHECK(value == e.by_origin_value);
    CHECK(grams == e.by_origin_grams);
    std::map<std::string, Money> methods;
    for (const auto& [m, amount] : f.payments)
        if (!amount.is_zero()) methods[m] = amount;
    CHECK(methods == e.by_method);
}

} // namespace

TEST_CASE("every indicator of the monthly model equals its recomputation from the seeded data", "[report]") {
    for (std::uint64_t seed : {1u, 7u, 42u}) {
        INFO("seed " << seed);
        ReportDataset data(seed);
        services::ReportOptions options;
        options.internal = true;
        const auto report = services::build_monthly_report(data.store(), data.admin(), Month{2026, 10}, options);
        const core::Bareme bareme = services::bareme_in_force(data.store(), Date::from_ymd(2026, 10, 31));
        SECTION("the month") { compare(report.current, recompute(data, Date::from_ymd(2026, 10, 1), Date::from_ymd(2026, 10, 31), bareme), true, true); }
        SECTION("the previous month") { compare(report.previous, recompute(data, Date::from_ymd(2026, 9, 1), Date::from_ymd(2026, 9, 30), bareme), true, false); }
        SECTION("the year to date") { compare(report.year_to_date, recompute(data, Date::from_ymd(2026, 1, 1), Date::from_ymd(2026, 10, 31), bareme), false, false); }
        CHECK(report.current.closures.sessions == data.closed_sessions_october);
        CHECK(report.current.closures.counted == data.counted_october);
        CHECK(report.trend.size() == 12);
        CHECK(report.trend.back().month == "2026-10");
        CHECK(report.trend.back().households == report.current.served);
        CHECK(report.trend[10].households == report.previous.served);
        CHECK(report.trend[8].visits > 0);  // July
    }
}

TEST_CASE("the seeded data exercises the cases the report must handle", "[report]") {
    ReportDataset data(7);
    services::ReportOptions options;
    options.internal = true;
    const auto r = services::build_monthly_report(data.store(), data.admin(), Month{2026, 10}, options);
    CHECK(r.current.open_started > 0);
    CHECK(r.current.open_ended > 0);
    CHECK(r.current.admissions > 0);
    CHECK(r.current.renewals > 0);
    CHECK(r.current.exits.total() > 0);
    int cancelled = 0;
    for (const auto& s : data.sales) cancelled += s.cancelled;
    CHECK(cancelled > 3);
    CHECK(r.current.age_0_2 + r.current.age_3_13 + r.current.age_14_17 > 0);
}
