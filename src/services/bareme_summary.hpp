// A barème said in plain words (the process language), for people who did not write it: the first-run wizard shows
// it before an épicerie adopts the default or imports a file, and the barème screen beside the
// version in force. One sentence per rule, amounts in euros, no field names.
#pragma once

#include "core/bareme.hpp"

#include <string>
#include <vector>

namespace cabas::services {

/// "Version 1 « Barème par défaut », en vigueur depuis le 01/01/2026.", then who is eligible,
/// what households pay, how long rights last, the credit and the visits.
std::vector<std::string> describe_bareme(const core::Bareme&);

} // namespace cabas::services
