// cabas-bench: generates synthetic épiceries at the chosen scales through the application's
// services, times the till's operations side by side with a raw SQLite baseline, prints the
// table and rewrites docs/performance.md. Not run by the unit tests (except `--scale tiny` as a
// smoke test); see docs/performance.md for the command that produced the current figures.
#include "bench/bench_report.hpp"
#include "bench/bench_window.hpp"

#include <sqlite3.h>

#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace cabas::bench;
namespace fs = std::filesystem;

struct Options {
    std::vector<Scale> scales;
    std::string out = std::string(CABAS_SOURCE_DIR) + "/docs/performance.md";
    std::string work_dir = (fs::temp_directory_path() / "cabas-bench").string();
    std::uint64_t seed = 7;
    bool keep = false;
    std::string error;
};

const char* const kUsage =
    "usage: cabas-bench [--scale NAME]... [--out FILE] [--work-dir DIR] [--seed N] [--keep]\n"
    "  --scale     tiny, small, large or sweep; repeat for several (default: small)\n"
    "  --out       Markdown report to write (default: docs/performance.md of the source tree)\n"
    "  --work-dir  where the generated databases go (default: the temporary directory)\n"
    "  --keep      keep the generated databases\n";

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--scale" && has_value) {
            auto scales = scales_named(argv[++i]);
            if (scales.empty()) o.error = std::string("unknown scale ") + argv[i] + " (known: " + scale_names() + ")";
            o.scales.insert(o.scales.end(), scales.begin(), scales.end());
        } else if (arg == "--out" && has_value) o.out = argv[++i];
        else if (arg == "--work-dir" && has_value) o.work_dir = argv[++i];
        else if (arg == "--seed" && has_value) o.seed = std::stoull(argv[++i]);
        else if (arg == "--keep") o.keep = true;
        else o.error = "unknown or incomplete option " + arg;
    }
    if (o.scales.empty()) o.scales = scales_named("small");
    return o;
}

void remove_database(const std::string& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
}

std::string read_notes() {
    std::ifstream in(std::string(CABAS_SOURCE_DIR) + "/tests/bench/performance_notes.md");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// Households that have rights on `day` and have not been served by the timed baskets.
std::vector<std::string> memory_cards(const World& world, cabas::core::Date day, std::size_t count) {
    std::vector<std::string> cards;
    const auto& all = world.households();
    for (auto it = all.rbegin(); it != all.rend() && cards.size() < count; ++it)
        if (!it->card.empty() && it->active_on(day)) cards.push_back(it->card);
    return cards;
}

std::vector<Checkpoint> run_scale(const Scale& scale, const Options& o, const std::string& self) {
    const std::string path = (fs::path(o.work_dir) / ("bench-" + scale.name + ".db")).string();
    remove_database(path);
    std::vector<Checkpoint> out;
    {
        std::fprintf(stderr, "%s: generating %d households…\n", scale.name.c_str(), scale.households);
        World world(scale, path, o.seed);
        for (const int week : scale.checkpoints) {
            world.grow_to(week);
            std::fprintf(stderr, "%s: %lld sales in %d weeks, timing…\n", scale.name.c_str(),
                         static_cast<long long>(world.stats().sales), week);
            Checkpoint cp = measure_till(world, scale);
            measure_reports(world, scale, cp);
            const auto day = world.today().plus_days(1);
            cp.rows.push_back(measure_peak_rss(self, path, day, memory_cards(world, day, 20)));
            for (Row& row : measure_window_start_up(path, day, 10)) cp.rows.push_back(std::move(row));
            std::cout << text_table({cp}) << std::flush;
            out.push_back(std::move(cp));
        }
    }
    if (!o.keep) remove_database(path);
    return out;
}

} // namespace

int main(int argc, char** argv) {
    try {
        if (argc >= 5 && std::string(argv[1]) == "--rss-child")
            return run_rss_child(argv[2], argv[3], argv[4], std::vector<std::string>(argv + 5, argv + argc));
        const Options o = parse(argc, argv);
        if (!o.error.empty()) {
            std::fprintf(stderr, "cabas-bench: %s\n%s", o.error.c_str(), kUsage);
            return 2;
        }
        fs::create_directories(o.work_dir);
        RunInfo run;
        run.command = "cabas-bench";
        for (int i = 1; i < argc; ++i) run.command += std::string(" ") + argv[i];
        run.started_utc = utc_now();
        run.machine = describe_machine();
        run.load_before = load_average();
        run.sqlite_version = sqlite3_libversion();
        const std::string self = fs::read_symlink("/proc/self/exe").string();
        Stopwatch wall;
        std::vector<Checkpoint> all;
        for (const auto& scale : o.scales)
            for (auto& cp : run_scale(scale, o, self)) all.push_back(std::move(cp));
        run.wall_seconds = wall.elapsed_ms() / 1000;
        run.load_after = load_average();
        std::cout << "\n==== all scales (" << static_cast<long long>(run.wall_seconds) << " s; load "
                  << run.load_before << " → " << run.load_after << ")" << text_table(all);
        std::ofstream doc(o.out);
        doc << performance_markdown(run, all, read_notes());
        if (!doc) throw std::runtime_error("cannot write " + o.out);
        std::cout << "\nwritten: " << o.out << "\n";
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "cabas-bench: %s\n", e.what());
        return 1;
    }
}
