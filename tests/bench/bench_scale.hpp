// The sizes of épicerie the benchmark knows: how many households, how long a history, how many
// sales a week, and how many times each operation is timed at that size.
#pragma once

#include <string>
#include <vector>

namespace cabas::bench {

/// One named size. A scale with several checkpoints grows one database and times every
/// operation at each checkpoint, which shows how each cost grows with the years of history.
struct Scale {
    std::string name;
    int households = 0;
    int weeks = 0;                    ///< length of the sales history
    int sales_per_week = 0;           ///< target; households out of rights or credit make it a little less
    bool households_arrive_over_time = false;  ///< turnover (large) or all present from the start (small)
    std::vector<int> checkpoints;     ///< weeks at which to time; the last one equals `weeks`
    int card_checks = 0;              ///< repetitions of each timed operation
    int baskets = 0;                  ///< timed baskets: one validation and ~5 scans each
    int report_runs = 0;
};

/// The scales a name stands for (sweep is several); empty for an unknown name.
std::vector<Scale> scales_named(const std::string& name);
/// "tiny, small, large, sweep (...)" for the usage text.
std::string scale_names();

} // namespace cabas::bench
