// The PostgreSQL section of docs/performance.md and the several-tills figures. The section sits
// between two markers, so a run of either backend rewrites only its own part of the document.
#include "bench/bench_report_parts.hpp"

#include <cstdio>
#include <sstream>

namespace cabas::bench {

namespace {

const std::string kBegin = "<!-- cabas-bench --backend postgresql: begin -->";
const std::string kEnd = "<!-- cabas-bench --backend postgresql: end -->";

std::string number(double v, const char* format) {
    char text[64];
    std::snprintf(text, sizeof text, format, v);
    return text;
}

std::string listed(const std::vector<std::string>& samples) {
    std::string out;
    for (const auto& s : samples) out += (out.empty() ? "" : "; ") + s;
    return out;
}

/// The PostgreSQL section of `text`, markers included; empty when there is none.
std::pair<std::size_t, std::size_t> section_in(const std::string& text) {
    const auto begin = text.find(kBegin);
    if (begin == std::string::npos) return {std::string::npos, 0};
    const auto end = text.find(kEnd, begin);
    if (end == std::string::npos) return {begin, text.size() - begin};
    std::size_t stop = end + kEnd.size();
    if (stop < text.size() && text[stop] == '\n') ++stop;
    return {begin, stop - begin};
}

} // namespace

std::string tills_text(const TillsRun& r) {
    std::ostringstream out;
    out << "-- " << r.tills << " tills at once for " << number(r.seconds, "%.1f") << " s on " << r.households
        << " households: " << r.sales << " sales (" << number(r.sales_per_second(), "%.1f") << " sales/s), validation median "
        << format_ms(r.validation.median) << " ms, p99 " << format_ms(r.validation.p99) << " ms, max "
        << format_ms(r.validation.max) << " ms; " << r.errors << " errors (lock, serialisation or other)"
        << (r.errors ? " [" + listed(r.error_samples) + "]" : "") << ", " << r.raced
        << " baskets refused because another till had just served the household, " << r.red_cards
        << " red cards; overspent credits after the run: " << r.overspent
        << (r.overspent ? " [" + listed(r.overspent_samples) + "]" : "") << "; verify: " << r.journal_message << "\n";
    return out.str();
}

std::string tills_markdown(const TillsRun& r) {
    std::ostringstream out;
    out << "**" << r.tills << " tills at once** (one process and one connection each, " << number(r.seconds, "%.1f")
        << " s, the same " << r.households << " households):\n\n"
        << "| Figure | Value |\n|---|---:|\n"
        << "| Sales recorded | " << r.sales << " |\n"
        << "| Sales per second, all tills | " << number(r.sales_per_second(), "%.1f") << " |\n"
        << "| Validation median / p95 / p99 / max (ms) | " << format_ms(r.validation.median) << " / "
        << format_ms(r.validation.p95) << " / " << format_ms(r.validation.p99) << " / " << format_ms(r.validation.max)
        << " |\n"
        << "| Errors shown (lock, serialisation, connection or other) | " << r.errors
        << (r.errors ? " (" + listed(r.error_samples) + ")" : "") << " |\n"
        << "| Baskets refused: another till had just served the household | " << r.raced << " |\n"
        << "| Red cards (credit used up) | " << r.red_cards << " |\n"
        << "| Overspent credits after the run (month or week) | " << r.overspent
        << (r.overspent ? " (" + listed(r.overspent_samples) + ")" : "") << " |\n"
        << "| verify of the journal | " << r.journal_message << " |\n";
    return out.str();
}

std::string tills_targets(const TillsRun& r, const std::string& where) {
    std::ostringstream out;
    out << "| " << r.tills << " tills ≥ 50 sales/s in all with 0 lock errors shown (" << where << ") | "
        << number(r.sales_per_second(), "%.1f") << " sales/s, " << r.errors << " errors | "
        << verdict(r.sales_per_second() >= 50 && r.errors == 0) << " |\n"
        << "| 0 overspent credits, journal verified (" << where << ") | " << r.overspent << " overspent; "
        << r.journal_message << " | " << verdict(r.overspent == 0 && r.journal_ok) << " |\n";
    return out.str();
}

std::string postgres_section(const RunInfo& run, const std::vector<Checkpoint>& checkpoints, const std::string& notes) {
    std::ostringstream out;
    out << kBegin << "\n\n"
        << "## PostgreSQL (`cabas-bench --backend postgresql`)\n\n"
        << "This section is written by `cabas-bench --backend postgresql`, which leaves the rest of the file as it\n"
        << "finds it; its notes are `tests/bench/performance_notes_postgresql.md`, copied at its end.\n\n"
        << "- **Command**: `" << run.command << "`\n"
        << "- **Run**: " << run.started_utc << ", " << static_cast<long long>(run.wall_seconds + 0.5)
        << " s wall in all (generation included)\n"
        << "- **Machine**: " << run.machine << "\n"
        << "- **Load average** (1/5/15 min) before: " << run.load_before << "; after: " << run.load_after << "\n"
        << "- **Server**: " << run.server << "\n\n"
        << "### Targets of issue 16\n\n" << targets(checkpoints, "raw libpq") << "\n"
        << "### Figures\n\n"
        << "Times in milliseconds: median, 95th and 99th percentile (nearest rank) and maximum over n runs.\n"
        << "“libpq” columns: the same SQL work through raw libpq, prepared statements, one transaction per "
        << "operation (tests/bench/libpq_baseline.cpp); “×” is Cabas divided by libpq.\n"
        << figures(checkpoints, "libpq") << "\n" << notes << "\n" << kEnd << "\n";
    return out.str();
}

std::string merged_document(const std::string& existing, const std::string& part, bool postgres) {
    const auto [at, length] = section_in(existing);
    if (!postgres) return at == std::string::npos ? part : part + "\n" + existing.substr(at, length);
    if (at == std::string::npos) return existing + (existing.empty() ? "" : "\n") + part;
    return existing.substr(0, at) + part + existing.substr(at + length);
}

} // namespace cabas::bench
