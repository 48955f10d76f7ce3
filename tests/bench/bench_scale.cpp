// The scales of issue 7. small and large are the figures; tiny keeps the smoke test
// under a few seconds; sweep varies the size of the month (the monthly report targets).
#include "bench/bench_scale.hpp"

namespace cabas::bench {

namespace {

Scale make(std::string name, int households, int weeks, int per_week, bool turnover, std::vector<int> checkpoints,
           int card_checks, int baskets, int report_runs) {
    if (checkpoints.empty()) checkpoints.push_back(weeks);
    return Scale{std::move(name), households, weeks, per_week, turnover, std::move(checkpoints),
                 card_checks, baskets, report_runs};
}

} // namespace

std::vector<Scale> scales_named(const std::string& name) {
    // small: 150 households, one year, 6,000 sales (140 a week asked: nearly every household
    // every week, fewer while many of them serve their waiting period).
    // large: 6,000 households over ten years, 500,000 sales, ~2.5 million lines (1,035 a week
    // asked: the first year, while households arrive, falls short of it);
    // households come and go (12 months of rights, 3 months of waiting, up to three times).
    // Timed after 1, 5 and 10 years, which shows how each cost grows with the history.
    // sweep: the month's size instead of the history's: two months of sales at about 1,000,
    // 3,000 and 30,000 visits a month (the report targets), on enough households for each.
    if (name == "tiny") return {make("tiny", 40, 6, 60, false, {}, 100, 20, 3)};
    if (name == "small") return {make("small", 150, 52, 140, false, {}, 2000, 200, 10)};
    if (name == "large") return {make("large", 6000, 520, 1035, true, {52, 260, 520}, 2000, 200, 5)};
    const std::vector<Scale> sweep{make("sweep-1k", 300, 9, 240, false, {}, 500, 50, 5),
                                   make("sweep-3k", 800, 9, 700, false, {}, 500, 50, 5),
                                   make("sweep-30k", 8000, 9, 7000, false, {}, 500, 50, 3)};
    if (name == "sweep") return sweep;
    // One month size of the sweep alone (the 3,000-visit month of the report target).
    for (const auto& s : sweep)
        if (s.name == name) return {s};
    return {};
}

std::string scale_names() { return "tiny, small, large, sweep (or one of sweep-1k, sweep-3k, sweep-30k)"; }

} // namespace cabas::bench
