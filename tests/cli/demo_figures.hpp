// What CLI tests read back from a demo database to show that a command changed no figure: a
// query's answer without its line end, and the first line of a month's CCAS report.
#pragma once

#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace cabas::testing {

/// `s` without the trailing line ends and spaces the sqlite3 shell prints.
inline std::string trim(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

/// The first line of `report monthly` for `month` (AAAA-MM): served, visits, aid.
inline std::string monthly_line(const CliSandbox& box, const std::string& month) {
    const auto r = box.run({"report", "monthly", "--month", month, "--out", box.path("m.pdf"), "--user", "paul", "--pin",
                            "2222"});
    REQUIRE(r.exit_code == 0);
    return r.out.substr(0, r.out.find('\n'));
}

} // namespace cabas::testing
