// Summing the sites' raw figures and laying out the consolidated report (consolidated_report.hpp).
#include "reports/consolidated_report.hpp"

#include "core/error.hpp"
#include "reports/consolidation_parts.hpp"
#include "reports/monthly_layout.hpp"

#include <algorithm>

namespace cabas::reports {

using consolidation::append_part;
using consolidation::sum_goods;
using consolidation::sum_trend;

namespace {

Breakdown sum_breakdown(const Breakdown& a, const Breakdown& b) {
    Breakdown out = a;
    if (out.title.empty()) out.title = b.title;
    out.persons = a.persons || b.persons;
    for (std::size_t i = 0; i < b.labels.size(); ++i) out.add(b.labels[i], b.counts[i]);
    return out;
}

Profile sum_profile(const Profile& a, const Profile& b) {
    Profile out = a;
    out.households += b.households;
    out.persons += b.persons;
    for (const Breakdown& part : b.parts) {
        auto same = std::find_if(out.parts.begin(), out.parts.end(),
                                 [&](const Breakdown& p) { return p.title == part.title; });
        if (same == out.parts.end())
            out.parts.push_back(part);
        else
            *same = sum_breakdown(*same, part);
    }
    return out;
}

} // namespace

PeriodFigures sum_figures(const PeriodFigures& a, const PeriodFigures& b) {
    PeriodFigures s = a;
    s.households_open += b.households_open;
    s.open_started += b.open_started;
    s.open_ended += b.open_ended;
    s.served += b.served;
    s.persons += b.persons;
    s.adults += b.adults;
    s.age_0_2 += b.age_0_2;
    s.age_3_13 += b.age_3_13;
    s.age_14_17 += b.age_14_17;
    s.visits += b.visits;
    s.value += b.value;
    s.paid += b.paid;
    s.admissions += b.admissions;
    s.renewals += b.renewals;
    s.exits = sum_breakdown(a.exits, b.exits);
    s.waiting += b.waiting;
    s.decisions = sum_breakdown(a.decisions, b.decisions);
    s.first_decisions += b.first_decisions;
    s.delay_days += b.delay_days;
    s.goods = sum_goods(a.goods, b.goods);
    for (const auto& [method, amount] : b.payments) s.payments[method] += amount;
    s.closures.sessions += b.closures.sessions;
    s.closures.counted += b.closures.counted;
    s.credit_granted += b.credit_granted;
    s.credit_used += b.credit_used;
    s.open_without_visit += b.open_without_visit;
    s.served_profile = sum_profile(a.served_profile, b.served_profile);
    s.admitted_profile = sum_profile(a.admitted_profile, b.admitted_profile);
    return s;
}

ConsolidatedMonthlyReport consolidate_monthly(const std::string& ccas_name, Month month,
                                              std::vector<SiteMonthlyReport> sites) {
    if (sites.empty()) throw ValidationError("épiceries", "aucune épicerie à consolider");
    ConsolidatedMonthlyReport c;
    c.month = month;
    MonthlyReport& t = c.total;
    t = sites.front().report;
    std::vector<ResolvedOptions> options;
    for (std::size_t i = 0; i < sites.size(); ++i) {
        const MonthlyReport& r = sites[i].report;
        options.push_back(r.options);
        if (i == 0) continue;
        t.current = sum_figures(t.current, r.current);
        t.previous = sum_figures(t.previous, r.previous);
        t.year_to_date = sum_figures(t.year_to_date, r.year_to_date);
        t.trend = sum_trend(t.trend, r.trend);
    }
    t.options = consolidation::strictest(options, ccas_name);
    // Laid out from the summed raw counts: suppression decides on the total itself.
    t.document = layout_monthly(t);

    ReportDocument& d = c.document;
    d.title = "Rapport mensuel consolidé du CCAS";
    d.shop_name = ccas_name;
    d.period = month.french();
    d.threshold = t.document.threshold;
    d.internal = t.document.internal;
    d.header_lines = t.document.header_lines;
    d.header_lines.push_back(std::to_string(sites.size()) + " épiceries : chacune avec son propre rapport et son secret "
                             "statistique, puis le total du CCAS, calculé sur les effectifs bruts et masqué à son tour.");
    for (const SiteMonthlyReport& s : sites)
        append_part(d, s.site_code, s.site_name, "Son rapport, tel que l'épicerie le publie, avec son propre secret statistique.",
                    s.report.document);
    append_part(d, "total", "Total du CCAS",
                "Somme des " + std::to_string(sites.size()) + " épiceries, calculée sur leurs effectifs bruts.",
                t.document);
    c.sites = std::move(sites);
    return c;
}

} // namespace cabas::reports
