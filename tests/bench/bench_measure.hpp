// The timed part of a run: at one checkpoint of a generated épicerie, each operation of the
// issue is timed many times through the application's services and, side by side in the same
// run, through the raw baseline (SQLite C API or libpq).
#pragma once

#include "bench/bench_stats.hpp"
#include "bench/bench_tills.hpp"
#include "bench/bench_world.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cabas::bench {

/// One line of the table: the application's figures and, when it has one, the baseline's.
struct Row {
    std::string operation;
    Summary cabas;
    std::optional<Summary> baseline;
    std::string unit = "ms";   ///< "ms", or "MiB" for memory (then only max is meaningful)
};

/// The figures of one scale at one point of its history.
struct Checkpoint {
    std::string scale;
    int weeks = 0;
    int households = 0;
    GenerationStats generated;   ///< as of this checkpoint
    double database_mib = 0;
    std::int64_t visits_last_month = 0;
    std::vector<Row> rows;
    std::optional<TillsRun> tills;   ///< several tills at once (PostgreSQL, last checkpoint of a scale)
};

/// Times card check, product scan, validation and start-up at the world's current size
/// (database_mib is left to the caller, who knows the engine).
Checkpoint measure_till(World& world, const Scale& scale);

/// Monthly report (model and PDF apart) and annual report of the world's last whole month and
/// twelve months, next to the baseline's read of the same period; rows appended to `cp`.
void measure_reports(World& world, const Scale& scale, Checkpoint& cp);

/// Start-up to a usable store: open (migrations check), settings, barème, journal tail check.
Row measure_start_up(const std::string& path, core::Date day, int runs);

/// Peak RSS of a child process that opened the database and served `cards` through the till,
/// next to a child doing the same SQL through the baseline. `self` is this program's path.
Row measure_peak_rss(const std::string& self, const std::string& path, core::Date day,
                     const std::vector<std::string>& cards);

/// The child side of measure_peak_rss (hidden command line mode); prints VmHWM in MiB.
int run_rss_child(const std::string& mode, const std::string& path, const std::string& day,
                  const std::vector<std::string>& cards);

} // namespace cabas::bench
