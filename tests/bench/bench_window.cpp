#include "bench/bench_window.hpp"

#include "bench/bench_stats.hpp"
#include "bench/baseline.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>

namespace cabas::bench {
namespace {

struct WindowRun {
    double ms = 0;
    double peak_mib = 0;
};

/// One start of the till, timed from popen() to the line it prints once its window is ready.
WindowRun start_window_once(const std::string& path) {
    const std::string command = "'" + std::string(CABAS_TILL_BINARY) + "' --db '" + path + "' --measure-start-up";
    Stopwatch clock;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe) throw std::runtime_error("impossible de lancer : " + command);
    char text[64] = {};
    if (!std::fgets(text, sizeof text, pipe.get()))
        throw std::runtime_error("la caisse n'a rien répondu : " + command);
    WindowRun run;
    run.ms = clock.elapsed_ms();
    run.peak_mib = std::stod(text);
    return run;
}

} // namespace

std::vector<Row> measure_window_start_up(const std::string& path, core::Date day, int runs) {
    if (!std::getenv("DISPLAY")) {
        std::fprintf(stderr, "cabas-bench: no X display (run under xvfb-run): the till window's start-up is not measured\n");
        return {};
    }
    if (!std::filesystem::exists(CABAS_TILL_BINARY)) {
        std::fprintf(stderr, "cabas-bench: %s not built: the till window's start-up is not measured\n", CABAS_TILL_BINARY);
        return {};
    }
    std::vector<double> times, memory, base;
    for (int i = 0; i < runs; ++i) {
        const WindowRun run = start_window_once(path);
        times.push_back(run.ms);
        memory.push_back(run.peak_mib);
        base.push_back(time_ms([&] { open_baseline(path)->start_up_reads(day, 1000); }));
    }
    Row time{"Till window start-up to a ready login (cabas --measure-start-up, X display)", summarise(times), summarise(base)};
    Row peak;
    peak.operation = "Peak RSS (VmHWM) of the till window at the login";
    peak.unit = "MiB";
    peak.cabas = summarise(memory);
    return {time, peak};
}

} // namespace cabas::bench
