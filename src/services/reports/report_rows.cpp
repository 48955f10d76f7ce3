// Storage rows to report rows (see report_rows.hpp): field by field, nothing computed.
#include "services/reports/report_rows.hpp"

namespace cabas::services {

std::vector<reports::GoodsTotal> to_report_rows(const std::vector<storage::GoodsTotal>& rows) {
    std::vector<reports::GoodsTotal> out;
    out.reserve(rows.size());
    for (const auto& g : rows) out.push_back({g.origin, g.category, g.value, g.paid, g.grams, g.lines, g.paying_lines});
    return out;
}

std::vector<reports::LotFlow> to_report_rows(const std::vector<storage::LotFlow>& rows) {
    std::vector<reports::LotFlow> out;
    out.reserve(rows.size());
    for (const auto& l : rows)
        out.push_back({l.lot_id, l.product, l.origin, l.lot_code, l.received_on, l.weighed, l.received, l.distributed,
                       l.lost, l.adjusted, l.remaining});
    return out;
}

reports::ClosureTotal to_report_row(const storage::ClosureTotal& c) { return {c.sessions, c.counted}; }

} // namespace cabas::services
