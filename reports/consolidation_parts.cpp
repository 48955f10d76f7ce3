// Sums and parts shared by the consolidated reports (consolidation_parts.hpp).
#include "reports/consolidation_parts.hpp"

#include <algorithm>

namespace cabas::reports::consolidation {

std::vector<GoodsTotal> sum_goods(const std::vector<GoodsTotal>& a, const std::vector<GoodsTotal>& b) {
    std::vector<GoodsTotal> out = a;
    for (const GoodsTotal& g : b) {
        auto same = std::find_if(out.begin(), out.end(), [&](const GoodsTotal& o) {
            return o.origin == g.origin && o.category == g.category;
        });
        if (same == out.end()) {
            out.push_back(g);
            continue;
        }
        same->value += g.value;
        same->paid += g.paid;
        same->grams += g.grams;
        same->lines += g.lines;
        same->paying_lines += g.paying_lines;
    }
    return out;
}

std::vector<MonthActivity> sum_trend(const std::vector<MonthActivity>& a, const std::vector<MonthActivity>& b) {
    std::vector<MonthActivity> out = a;
    for (const MonthActivity& m : b) {
        auto same = std::find_if(out.begin(), out.end(), [&](const MonthActivity& o) { return o.month == m.month; });
        if (same == out.end()) {
            out.push_back(m);
            continue;
        }
        same->households += m.households;
        same->visits += m.visits;
        same->value += m.value;
        same->paid += m.paid;
    }
    std::sort(out.begin(), out.end(), [](const MonthActivity& x, const MonthActivity& y) { return x.month < y.month; });
    return out;
}

ResolvedOptions strictest(const std::vector<ResolvedOptions>& sites, const std::string& ccas_name) {
    ResolvedOptions out = sites.empty() ? ResolvedOptions{} : sites.front();
    for (const ResolvedOptions& o : sites) {
        out.threshold = std::max(out.threshold, o.threshold);
        out.internal = out.internal && o.internal;
    }
    out.shop_name = ccas_name;
    return out;
}

void append_part(ReportDocument& into, const std::string& code, const std::string& heading, const std::string& note,
                 const ReportDocument& part) {
    into.sections.push_back({heading, {note}, {}, {}});
    for (Section s : part.sections) {
        s.title = heading + " — " + s.title;
        for (Table& t : s.tables) t.id = code + "-" + t.id;
        into.sections.push_back(std::move(s));
    }
}

} // namespace cabas::reports::consolidation
