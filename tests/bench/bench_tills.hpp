// Several tills selling at once to the same households (PostgreSQL): one process per till, each
// with its own connection, as at an épicerie with several counters; then the checks that no
// credit was overspent and that the journal is whole.
#pragma once

#include "bench/bench_stats.hpp"
#include "bench/bench_world.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace cabas::bench {

/// What the tills did together, and what the database held afterwards.
struct TillsRun {
    int tills = 0;
    double seconds = 0;                 ///< from the start signal to the last till's end
    std::int64_t households = 0;        ///< the cards all the tills pick from
    std::int64_t sales = 0;             ///< validations recorded
    std::int64_t raced = 0;             ///< refused because another till had just served the household
    std::int64_t red_cards = 0;         ///< cards refused at the scan (credit used up)
    std::int64_t errors = 0;            ///< anything else: lock, serialisation, connection errors
    std::vector<std::string> error_samples;   ///< the first few messages of those errors
    Summary validation;                 ///< every recorded validation of every till, in ms
    std::int64_t overspent = 0;         ///< households over their month's or week's credit
    std::vector<std::string> overspent_samples;
    bool journal_ok = false;            ///< verify of the chained journal after the run
    std::string journal_message;
    double sales_per_second() const { return seconds > 0 ? static_cast<double>(sales) / seconds : 0; }
};

/// Runs `tills` child processes of `self` for `seconds`, all selling to every household with
/// rights on the day after the history, under a barème version of that day that lifts the
/// visit limits (the credit stays the default one, so it runs out and the tills race for it).
/// Run it after the last timing of a scale: the added barème changes every later day.
TillsRun measure_tills(World& world, const std::string& self, const std::string& work_dir, int tills, double seconds);

/// The child side (hidden command line mode --till-child): argv after the mode is
/// LOCATION TILL_ID DAY SECONDS SEED GO_FILE CARD...
int run_till_child(const std::vector<std::string>& args);

} // namespace cabas::bench
