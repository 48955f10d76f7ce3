// The CUPS queues this computer knows, for the printer choice of the first-run wizard and the
// settings: `lpstat -e` (no shell), its output read up to a bound, one queue name per line.
#pragma once

#include <string>
#include <vector>

namespace cabas::services::io {

struct PrintQueues {
    std::vector<std::string> names;  ///< in lpstat's order
    std::string problem;             ///< French, when lpstat is missing or failed; empty otherwise
};

PrintQueues cups_queues();

} // namespace cabas::services::io
