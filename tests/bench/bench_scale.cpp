// The scales of issue 7. small and large are the figures; tiny keeps the smoke test
// under a few seconds; sweep grows one mid-sized épicerie over five years.
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

std::optional<Scale> scale_named(const std::string& name) {
    // small: 150 households, one year, 6,000 sales (115 a week: nearly every household weekly).
    // large: 6,000 households over ten years, 500,000 sales (962 a week), ~2.5 million lines;
    // households come and go (12 months of rights, 3 months of waiting, up to three times).
    // sweep: the large épicerie's weekly rate on 2,500 households, timed at 6 months, 1, 2 and
    // 4 years, so that the growth of each cost with history is read off one table.
    if (name == "tiny") return make("tiny", 40, 6, 60, false, {}, 100, 20, 3);
    if (name == "small") return make("small", 150, 52, 115, false, {}, 2000, 200, 10);
    if (name == "large") return make("large", 6000, 520, 962, true, {}, 2000, 200, 5);
    if (name == "sweep") return make("sweep", 2500, 208, 962, true, {26, 52, 104, 208}, 1000, 100, 3);
    return std::nullopt;
}

std::string scale_names() { return "tiny, small, large, sweep"; }

} // namespace cabas::bench
