// Pieces the CCAS's consolidated reports share (monthly in consolidated_report.hpp, annual in
// consolidated_annual.hpp): sums of raw rows between sites, the strictest options of the sites,
// and a site's document appended as a part of the consolidated one.
#pragma once

#include "reports/report_common_model.hpp"
#include "reports/report_document.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace cabas::reports::consolidation {

/// The rows of `a` with each row of `b` added (`add(into, row)`) to the row `same(into, row)`
/// finds, or appended when none: how two sites' rows of one table are summed.
template <typename Row, typename Same, typename Add>
std::vector<Row> merge_rows(const std::vector<Row>& a, const std::vector<Row>& b, Same same, Add add) {
    std::vector<Row> out = a;
    for (const Row& row : b) {
        const auto found = std::find_if(out.begin(), out.end(), [&](const Row& o) { return same(o, row); });
        if (found == out.end())
            out.push_back(row);
        else
            add(*found, row);
    }
    return out;
}

/// Goods rows of two sites, summed by origin and category.
std::vector<GoodsTotal> sum_goods(const std::vector<GoodsTotal>& a, const std::vector<GoodsTotal>& b);
/// Months of two sites, summed month by month (households of two sites are two households),
/// in month order.
std::vector<MonthActivity> sum_trend(const std::vector<MonthActivity>& a, const std::vector<MonthActivity>& b);

/// The total's options: the highest threshold of the sites, internal only when every site's
/// report is, named `ccas_name`.
ResolvedOptions strictest(const std::vector<ResolvedOptions>& sites, const std::string& ccas_name);

/// Appends `part` (a site's document, or the total's) to `into` under `heading`: a first section
/// holding `note`, then each of its sections titled "heading — title", its tables' CSV names
/// prefixed with `code`.
void append_part(ReportDocument& into, const std::string& code, const std::string& heading, const std::string& note,
                 const ReportDocument& part);

} // namespace cabas::reports::consolidation
