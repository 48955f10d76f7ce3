// cabas-cli exit codes, documented in README.md. Scripts rely on them: keep them stable.
#pragma once

namespace cabas::cli {

enum ExitCode : int {
    kExitDone = 0,          ///< done
    kExitRefused = 1,       ///< refused by a business rule (card refused, household not eligible)
    kExitBadInput = 2,      ///< bad input or usage (unknown option, malformed file, invalid value)
    kExitEnvironment = 3,   ///< environment error (database unreadable, disk full, network share)
};

} // namespace cabas::cli
