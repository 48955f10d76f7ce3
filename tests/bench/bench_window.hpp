// The till's own window started as a user starts it (`cabas --db PATH --measure-start-up`), on
// the X display of the run (Xvfb): the time from the spawn to a login window ready for input,
// and the process's peak memory at that moment.
#pragma once

#include "bench/bench_measure.hpp"
#include "core/date.hpp"

#include <string>
#include <vector>

namespace cabas::bench {

/// Two rows (start-up time, memory), or none when the run has no display or no till binary,
/// said on stderr. The time's baseline is the same start-up reads through raw SQLite.
std::vector<Row> measure_window_start_up(const std::string& path, core::Date day, int runs);

} // namespace cabas::bench
