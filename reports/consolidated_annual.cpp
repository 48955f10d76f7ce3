// Summing the sites' annual figures and laying out the consolidated annual report
// (consolidated_annual.hpp).
#include "reports/consolidated_annual.hpp"

#include "core/error.hpp"
#include "reports/consolidation_parts.hpp"
#include "reports/fse_layout.hpp"

#include <algorithm>

namespace cabas::reports {

namespace {

Recipients sum_recipients(const Recipients& a, const Recipients& b) {
    return {a.households + b.households, a.persons + b.persons, a.children + b.children, a.age_18_29 + b.age_18_29,
            a.women + b.women, a.age_65_plus + b.age_65_plus, a.disabled + b.disabled,
            a.third_country + b.third_country, a.homeless + b.homeless};
}

std::vector<FamilyGoods> sum_families(const std::vector<FamilyGoods>& a, const std::vector<FamilyGoods>& b) {
    // Sites file their categories themselves: one family code is one row whatever its label.
    const auto same = [](const FamilyGoods& o, const FamilyGoods& g) {
        if (o.family.has_value() != g.family.has_value()) return false;
        return !o.family ||
               (o.family->family_code == g.family->family_code && o.family->subfamily_code == g.family->subfamily_code);
    };
    return consolidation::merge_rows(a, b, same, [](FamilyGoods& into, const FamilyGoods& g) {
        into.value += g.value;
        into.paid += g.paid;
        into.grams += g.grams;
        into.lines += g.lines;
    });
}

/// A site's lot in the total: the lot code says whose it is.
LotFlow site_lot(LotFlow lot, const std::string& site_code) {
    lot.lot_code = site_code + " " + (lot.lot_code.empty() ? "lot " + std::to_string(lot.lot_id) : lot.lot_code);
    return lot;
}

} // namespace

FseReport sum_annual(const FseReport& a, const FseReport& b, const std::string& b_site_code) {
    FseReport s = a;
    s.recipients = sum_recipients(a.recipients, b.recipients);
    s.goods = consolidation::sum_goods(a.goods, b.goods);
    s.fse_value += b.fse_value;
    s.fse_paid += b.fse_paid;
    s.fse_lines += b.fse_lines;
    s.fse_paying_lines += b.fse_paying_lines;
    for (const LotFlow& lot : b.lots) s.lots.push_back(site_lot(lot, b_site_code));
    s.months = consolidation::sum_trend(a.months, b.months);
    s.families = sum_families(a.families, b.families);
    return s;
}

ConsolidatedAnnualReport consolidate_annual(const std::string& ccas_name, int year, std::vector<SiteAnnualReport> sites) {
    if (sites.empty()) throw ValidationError("épiceries", "aucune épicerie à consolider");
    ConsolidatedAnnualReport c;
    c.year = year;
    FseReport& t = c.total;
    t = sites.front().report;
    t.lots.clear();
    for (const LotFlow& lot : sites.front().report.lots) t.lots.push_back(site_lot(lot, sites.front().site_code));
    std::vector<ResolvedOptions> options;
    for (std::size_t i = 0; i < sites.size(); ++i) {
        options.push_back(sites[i].report.options);
        if (i > 0) t = sum_annual(t, sites[i].report, sites[i].site_code);
    }
    t.annual = true;
    t.options = consolidation::strictest(options, ccas_name);
    // Laid out from the summed raw counts: suppression decides on the total itself.
    t.document = layout_fse(t);

    ReportDocument& d = c.document;
    d.title = "Rapport annuel consolidé du CCAS";
    d.shop_name = ccas_name;
    d.period = "année " + std::to_string(year);
    d.threshold = t.document.threshold;
    d.internal = t.document.internal;
    d.header_lines = t.document.header_lines;
    d.header_lines.push_back(std::to_string(sites.size()) + " épiceries : chacune avec son propre rapport annuel et son "
                             "secret statistique, puis le total du CCAS, calculé sur les effectifs bruts et masqué à son "
                             "tour. Un foyer venu dans deux épiceries compte dans chacune.");
    for (const SiteAnnualReport& s : sites)
        consolidation::append_part(d, s.site_code, s.site_name,
                                   "Son rapport annuel, tel que l'épicerie le publie, avec son propre secret statistique.",
                                   s.report.document);
    consolidation::append_part(d, "total", "Total du CCAS",
                               "Somme des " + std::to_string(sites.size()) +
                                   " épiceries, calculée sur leurs effectifs bruts ; lots de chaque épicerie, précédés de son code.",
                               t.document);
    c.sites = std::move(sites);
    return c;
}

} // namespace cabas::reports
