// Changing the barème from the back office (admin): the versions so far, what a proposed
// version would change for the households followed today, and saving it as a new dated
// version. A version is never edited in place: decisions record the version they used, so
// the barème of a past decision must stay readable as it was.
#pragma once

#include "core/bareme.hpp"
#include "services/access_control.hpp"

#include <map>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services {

struct BaremeVersionInfo {
    int version = 0;
    core::Date effective_from;
    std::string label;
    std::string created_at;  ///< UTC
    bool in_force = false;   ///< the one `bareme_in_force` gives today
};

/// Every version, newest first (SetBareme).
std::vector<BaremeVersionInfo> bareme_history(storage::Store&, const LoggedUser& by, core::Date today);

/// What the proposed barème would change for the households whose access is current today
/// (open, suspended or about to start), each evaluated with the version in force and with
/// the proposed one on `today`.
struct BaremeImpact {
    int households = 0;
    int decision_changes = 0;  ///< eligible / commission / refused / free aid changes
    int band_changes = 0;      ///< the band of the household's quotient changes
    int rate_changes = 0;
    int credit_changes = 0;    ///< monthly credit
    std::map<std::string, int> new_decisions;  ///< "À présenter en commission" → 3, for the changed ones
};
BaremeImpact preview_bareme(storage::Store&, const LoggedUser& by, const core::Bareme& proposed, core::Date today);

/// Checks the version (every field, a label, an effective date not before `today`: a past
/// date would rewrite what earlier decisions were based on) and stores it as a new version;
/// returns its number. ValidationError naming the field; nothing written then.
int save_bareme_version(storage::Store&, const LoggedUser& by, const core::Bareme& proposed, core::Date today);

} // namespace cabas::services
