// cabas-bench: generates synthetic épiceries at the chosen scales through the application's
// services, times the till's operations side by side with a raw baseline of the same SQL
// (SQLite's C API, or libpq with --backend postgresql), prints the table and rewrites its part of
// docs/performance.md. Not run by the unit tests (except `--scale tiny` as smoke tests); see
// docs/performance.md for the commands that produced the current figures.
#include "bench/bench_backend.hpp"
#include "bench/bench_report.hpp"
#include "bench/bench_window.hpp"
#include "storage/store.hpp"

#include <sqlite3.h>

#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <stdexcept>
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
    bool postgres = false;
    std::string server;        ///< --db: an existing PostgreSQL server; empty: a throwaway one
    int tills = 4;
    double till_seconds = 10;
    int weeks = 0;             ///< --weeks: history cut at this many weeks (0: the scale's own)
};

const char* const kUsage =
    "usage: cabas-bench [--backend sqlite|postgresql] [--db URI] [--scale NAME]... [--weeks N]\n"
    "                   [--tills N] [--till-seconds S] [--out FILE] [--work-dir DIR] [--seed N] [--keep]\n"
    "  --backend       sqlite (default: a file per scale) or postgresql (a schema per scale)\n"
    "  --db            postgresql://... of an existing server to use (schemas bench_SCALE are replaced);\n"
    "                  without it a throwaway PostgreSQL cluster is started in a temporary folder\n"
    "  --scale         tiny, small, large, sweep (or sweep-1k, sweep-3k, sweep-30k alone); repeat for\n"
    "                  several (default: small)\n"
    "  --weeks         stop each scale's history at N weeks (its later checkpoints are dropped)\n"
    "  --tills         PostgreSQL: tills selling at once at the end of each scale (default 4; 0: none)\n"
    "  --till-seconds  how long they sell (default 10)\n"
    "  --out           Markdown report to write (default: docs/performance.md of the source tree; a\n"
    "                  PostgreSQL run replaces only its section of it)\n"
    "  --work-dir      where the generated databases go (default: the temporary directory)\n"
    "  --keep          keep the generated databases\n";

/// The scale cut at `weeks` weeks of history (0: as it is).
Scale cut(Scale scale, int weeks) {
    if (weeks <= 0 || weeks >= scale.weeks) return scale;
    scale.weeks = weeks;
    std::vector<int> kept;
    for (int w : scale.checkpoints)
        if (w < weeks) kept.push_back(w);
    kept.push_back(weeks);
    scale.checkpoints = kept;
    return scale;
}

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) try {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--scale" && has_value) {
            auto scales = scales_named(argv[++i]);
            if (scales.empty()) o.error = std::string("unknown scale ") + argv[i] + " (known: " + scale_names() + ")";
            o.scales.insert(o.scales.end(), scales.begin(), scales.end());
        } else if (arg == "--backend" && has_value) {
            const std::string backend = argv[++i];
            if (backend != "sqlite" && backend != "postgresql")
                o.error = "unknown backend " + backend + " (known: sqlite, postgresql)";
            o.postgres = backend == "postgresql";
        } else if (arg == "--db" && has_value) o.server = argv[++i];
        else if (arg == "--tills" && has_value) o.tills = std::stoi(argv[++i]);
        else if (arg == "--till-seconds" && has_value) o.till_seconds = std::stod(argv[++i]);
        else if (arg == "--weeks" && has_value) o.weeks = std::stoi(argv[++i]);
        else if (arg == "--out" && has_value) o.out = argv[++i];
        else if (arg == "--work-dir" && has_value) o.work_dir = argv[++i];
        else if (arg == "--seed" && has_value) o.seed = std::stoull(argv[++i]);
        else if (arg == "--keep") o.keep = true;
        else o.error = "unknown or incomplete option " + arg;
    } catch (const std::logic_error&) {   // std::stoi and friends: not a number
        o.error = std::string("not a number after ") + argv[i - 1] + ": " + argv[i];
    }
    if (o.scales.empty()) o.scales = scales_named("small");
    for (auto& scale : o.scales) scale = cut(scale, o.weeks);
    if (!o.server.empty() && !o.postgres) o.error = "--db is for --backend postgresql";
    if (!o.server.empty() && !cabas::storage::is_server_location(o.server))
        o.error = "--db takes a postgresql:// URI";
    if (o.tills < 0 || o.tills > 26 || o.till_seconds <= 0) o.error = "--tills takes 0 to 26, --till-seconds more than 0";
    return o;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string read_notes(bool postgres) {
    return read_file(std::string(CABAS_SOURCE_DIR) + "/tests/bench/performance_notes" + (postgres ? "_postgresql" : "") +
                     ".md");
}

/// Households that have rights on `day` and have not been served by the timed baskets.
std::vector<std::string> memory_cards(const World& world, cabas::core::Date day, std::size_t count) {
    std::vector<std::string> cards;
    const auto& all = world.households();
    for (auto it = all.rbegin(); it != all.rend() && cards.size() < count; ++it)
        if (!it->card.empty() && it->active_on(day)) cards.push_back(it->card);
    return cards;
}

std::vector<Checkpoint> run_scale(const Scale& scale, const Options& o, const Backend& backend, const std::string& self) {
    const std::string path = backend.fresh(scale.name);
    std::vector<Checkpoint> out;
    {
        std::fprintf(stderr, "%s: generating %d households…\n", scale.name.c_str(), scale.households);
        World world(scale, path, o.seed);
        for (const int week : scale.checkpoints) {
            world.grow_to(week);
            std::fprintf(stderr, "%s: %lld sales in %d weeks, timing…\n", scale.name.c_str(),
                         static_cast<long long>(world.stats().sales), week);
            Checkpoint cp = measure_till(world, scale);
            cp.database_mib = backend.size_mib(path);
            measure_reports(world, scale, cp);
            const auto day = world.today().plus_days(1);
            cp.rows.push_back(measure_peak_rss(self, path, day, memory_cards(world, day, 20)));
            // The window's start-up is the till's own on either engine: measured with SQLite only.
            if (!backend.postgres())
                for (Row& row : measure_window_start_up(path, day, 10)) cp.rows.push_back(std::move(row));
            // Several tills at once, after the last timing: the run's barème changes later days.
            if (backend.postgres() && o.tills > 0 && week == scale.checkpoints.back()) {
                std::fprintf(stderr, "%s: %d tills selling at once for %.0f s…\n", scale.name.c_str(), o.tills,
                             o.till_seconds);
                cp.tills = measure_tills(world, self, o.work_dir, o.tills, o.till_seconds);
            }
            std::cout << text_table({cp}) << std::flush;
            out.push_back(std::move(cp));
        }
    }
    if (!o.keep) backend.remove(scale.name);
    return out;
}

} // namespace

int main(int argc, char** argv) {
    try {
        if (argc >= 5 && std::string(argv[1]) == "--rss-child")
            return run_rss_child(argv[2], argv[3], argv[4], std::vector<std::string>(argv + 5, argv + argc));
        if (argc >= 2 && std::string(argv[1]) == "--till-child")
            return run_till_child(std::vector<std::string>(argv + 2, argv + argc));
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
        run.postgres = o.postgres;
        const std::string self = fs::read_symlink("/proc/self/exe").string();
        Stopwatch wall;
        // Declared before the run, so that it is stopped however the run ends (the destructor,
        // or its signal handler when interrupted).
        std::unique_ptr<ThrowawayServer> server;
        std::string server_uri = o.server;
        if (o.postgres && server_uri.empty()) {
            server = std::make_unique<ThrowawayServer>((fs::path(o.work_dir) / "pg-server").string());
            server_uri = server->uri();
        }
        const Backend backend(o.work_dir, server_uri);
        if (o.postgres)
            run.server = backend.server_version() +
                         (server ? "; a throwaway cluster started by cabas-bench (tests/pg/pg_server.sh): Unix socket "
                                   "only, fsync, synchronous_commit and full_page_writes on (defaults otherwise)"
                                 : "; the server given with --db");
        std::vector<Checkpoint> all;
        for (const auto& scale : o.scales)
            for (auto& cp : run_scale(scale, o, backend, self)) all.push_back(std::move(cp));
        run.wall_seconds = wall.elapsed_ms() / 1000;
        run.load_after = load_average();
        std::cout << "\n==== all scales (" << static_cast<long long>(run.wall_seconds) << " s; load "
                  << run.load_before << " → " << run.load_after << ")" << text_table(all);
        const std::string document =
            merged_document(read_file(o.out), performance_markdown(run, all, read_notes(o.postgres)), o.postgres);
        std::ofstream doc(o.out);
        doc << document;
        if (!doc) throw std::runtime_error("cannot write " + o.out);
        std::cout << "\nwritten: " << o.out << "\n";
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "cabas-bench: %s\n", e.what());
        return 1;
    }
}
