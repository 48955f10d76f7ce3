// Generation of the demo households: compositions, resources and charges that make sense
// together, and the access history that puts each household in a chosen state today.
#pragma once

#include "core/access.hpp"
#include "core/household_file.hpp"
#include "services/demo/demo_random.hpp"

#include <vector>

namespace cabas::services::demo {

/// The access situation a demo household is built to be in on the seeding day.
enum class DemoState {
    Active, Expiring, Expired, WaitingPeriod, Suspended, NotYetValid, Pending, Exited, RevokedReplaced,
    RevokedPending, Renewed
};

/// Bucket sizes, in the order above; they sum to the number of demo households (130).
const std::vector<std::pair<DemoState, int>>& demo_state_plan();

/// A household file with composition, resources and charges; index makes the file number.
core::HouseholdFile make_demo_household(int index, DemoRandom& rng, core::Date today);

/// The referral of demo household `index`, 3 to 21 days before its first decision (never after
/// `today`), by its referrer, with one of a few ordinary reasons. Derived from the index, not
/// the random stream, so the rest of the demo stays as it was.
core::Referral make_demo_referral(int index, const core::HouseholdFile& file, core::Date first_decision,
                                  core::Date today);

/// The access periods (oldest first) that put a household in `state` on `today`.
std::vector<core::AccessPeriod> make_demo_periods(DemoState state, DemoRandom& rng, core::Date today);

} // namespace cabas::services::demo
