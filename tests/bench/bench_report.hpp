// Presentation of a benchmark run: the plain-text table printed at the end, and
// docs/performance.md (machine, command, tables, targets met or not, and the notes kept in
// tests/bench/performance_notes.md).
#pragma once

#include "bench/bench_measure.hpp"

#include <string>
#include <vector>

namespace cabas::bench {

/// Where and how the run happened, for the document's header.
struct RunInfo {
    std::string command;
    std::string started_utc;
    std::string machine;        ///< CPU model, cores, memory, kernel
    std::string load_before;    ///< /proc/loadavg when the run started
    std::string load_after;
    std::string sqlite_version;
    double wall_seconds = 0;
    bool postgres = false;      ///< --backend postgresql: the document's PostgreSQL section
    std::string server;         ///< PostgreSQL: version() and how the server was reached
};

/// CPU, memory and kernel from /proc/cpuinfo, /proc/meminfo and uname.
std::string describe_machine();
/// The 1, 5 and 15 minute load averages ("0.42 0.38 0.30").
std::string load_average();
/// Current UTC time, "2026-11-23 17:45 UTC".
std::string utc_now();

/// The table of every checkpoint, as printed on the terminal.
std::string text_table(const std::vector<Checkpoint>& checkpoints);

/// The run's part of docs/performance.md: for SQLite the document itself, for PostgreSQL its
/// PostgreSQL section (between markers); `notes` is the hand-written analysis appended to it.
std::string performance_markdown(const RunInfo& run, const std::vector<Checkpoint>& checkpoints,
                                 const std::string& notes);

/// The document once `part` (from performance_markdown) replaces its run's part in `existing`:
/// a SQLite run keeps the PostgreSQL section it finds, a PostgreSQL run replaces only that
/// section (or adds it at the end), so each backend's figures survive the other's run.
std::string merged_document(const std::string& existing, const std::string& part, bool postgres);

} // namespace cabas::bench
