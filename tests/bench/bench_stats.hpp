// Timing samples for the benchmark: a monotonic stopwatch and the summary of a series of
// durations (median, p95, p99, max) that every row of the performance table reports.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace cabas::bench {

/// Elapsed time since construction (or the last restart), in milliseconds, from steady_clock.
class Stopwatch {
public:
    Stopwatch() : m_start(std::chrono::steady_clock::now()) {}
    void restart() { m_start = std::chrono::steady_clock::now(); }
    double elapsed_ms() const {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start).count();
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

/// Order statistics of one series, in milliseconds. Percentiles are nearest-rank (the smallest
/// sample with at least p % of the series at or below it), so p99 of 100 samples is the 99th.
struct Summary {
    std::size_t count = 0;
    double median = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;
};

Summary summarise(std::vector<double> samples_ms);

/// Runs `f` and returns how long it took in milliseconds.
template <class F>
double time_ms(F&& f) {
    Stopwatch w;
    f();
    return w.elapsed_ms();
}

/// "0.412" below 10 ms, "12.3" below 100, "1234" above: three significant digits or so.
std::string format_ms(double ms);
/// "1.8×" (baseline ratio); "–" when the baseline is zero.
std::string format_ratio(double value, double baseline);

} // namespace cabas::bench
