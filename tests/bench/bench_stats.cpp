// Percentiles and number formatting for the benchmark table.
#include "bench/bench_stats.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cabas::bench {

namespace {

double nearest_rank(const std::vector<double>& sorted, double percent) {
    const auto n = static_cast<double>(sorted.size());
    const auto rank = static_cast<std::size_t>(std::ceil(percent / 100.0 * n));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

} // namespace

Summary summarise(std::vector<double> samples_ms) {
    Summary s;
    if (samples_ms.empty()) return s;
    std::sort(samples_ms.begin(), samples_ms.end());
    s.count = samples_ms.size();
    s.median = nearest_rank(samples_ms, 50);
    s.p95 = nearest_rank(samples_ms, 95);
    s.p99 = nearest_rank(samples_ms, 99);
    s.max = samples_ms.back();
    return s;
}

std::string format_ms(double ms) {
    char text[32];
    if (ms < 10) std::snprintf(text, sizeof text, "%.3f", ms);
    else if (ms < 100) std::snprintf(text, sizeof text, "%.1f", ms);
    else std::snprintf(text, sizeof text, "%.0f", ms);
    return text;
}

std::string format_ratio(double value, double baseline) {
    if (baseline <= 0) return "–";
    char text[32];
    std::snprintf(text, sizeof text, "%.1f×", value / baseline);
    return text;
}

} // namespace cabas::bench
