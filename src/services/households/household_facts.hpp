// Facts about one household gathered from storage for the household services: access periods
// and status, decisions, pending state, active card, savings. Internal to the services: the
// role checks are done by the callers.
#pragma once

#include "core/bareme.hpp"
#include "services/households/household_views.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services::households {

struct AccessFacts {
    std::vector<core::AccessPeriod> periods;
    core::AccessStatus status;
    std::vector<storage::CommissionDecision> decisions;
    bool pending = false;
    std::string active_card;
};

/// Pending = referred and not yet decided: the referral is on or before `today` and either the
/// last decision postponed the file, or there is no access period and no decision dated on or
/// after the referral (a fresh referral, or a file referred again after a refusal).
bool is_pending(const core::Referral&, const std::vector<storage::CommissionDecision>&,
                const std::vector<core::AccessPeriod>&, core::Date today);

AccessFacts gather_access_facts(storage::Store&, const core::HouseholdFile&, const core::Bareme&, core::Date today);

/// Visits, Σ value, Σ paid and savings over the household's current sales, the project target
/// and this month's credit use.
SavingsSummary savings_of(storage::Store&, const core::HouseholdFile&, const core::Bareme&, core::Date today);

/// True when a member's first or last name contains `needle_lower` (already lower-cased).
bool matches_member_name(const core::HouseholdFile&, const std::string& needle_lower);

/// The period in force on `on` (start ≤ on ≤ effective end), else nullptr.
const core::AccessPeriod* period_on(const std::vector<core::AccessPeriod>&, core::Date on);

} // namespace cabas::services::households
