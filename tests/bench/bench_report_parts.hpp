// The pieces bench_report.cpp and bench_report_postgres.cpp share: the targets table, the
// figures of every checkpoint, and the several-tills figures.
#pragma once

#include "bench/bench_report.hpp"

#include <string>
#include <vector>

namespace cabas::bench {

std::string verdict(bool met);
/// The targets table; `base` names the baseline in the validation's line ("libpq").
std::string targets(const std::vector<Checkpoint>& all, const std::string& base);
/// One heading and table per checkpoint; `base` heads the baseline's columns.
std::string figures(const std::vector<Checkpoint>& checkpoints, const std::string& base);

/// The several-tills run as lines of the terminal's table, as Markdown, and as target rows.
std::string tills_text(const TillsRun& run);
std::string tills_markdown(const TillsRun& run);
std::string tills_targets(const TillsRun& run, const std::string& where);

/// The PostgreSQL section of docs/performance.md, between its markers.
std::string postgres_section(const RunInfo& run, const std::vector<Checkpoint>& checkpoints, const std::string& notes);

} // namespace cabas::bench
