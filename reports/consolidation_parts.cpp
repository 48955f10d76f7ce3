// Sums and parts shared by the consolidated reports (consolidation_parts.hpp).
#include "reports/consolidation_parts.hpp"

#include <algorithm>

namespace cabas::reports::consolidation {

std::vector<GoodsTotal> sum_goods(const std::vector<GoodsTotal>& a, const std::vector<GoodsTotal>& b) {
    return merge_rows(
        a, b, [](const GoodsTotal& o, const GoodsTotal& g) { return o.origin == g.origin && o.category == g.category; },
        [](GoodsTotal& into, const GoodsTotal& g) {
            into.value += g.value;
            into.paid += g.paid;
            into.grams += g.grams;
            into.lines += g.lines;
            into.paying_lines += g.paying_lines;
        });
}

std::vector<MonthActivity> sum_trend(const std::vector<MonthActivity>& a, const std::vector<MonthActivity>& b) {
    auto out = merge_rows(
        a, b, [](const MonthActivity& o, const MonthActivity& m) { return o.month == m.month; },
        [](MonthActivity& into, const MonthActivity& m) {
            into.households += m.households;
            into.visits += m.visits;
            into.value += m.value;
            into.paid += m.paid;
        });
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
