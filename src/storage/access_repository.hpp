// Storage of access periods (with their suspensions and exit) and of commission decisions.
#pragma once

#include "core/access.hpp"
#include "core/date.hpp"
#include "core/decision.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabas::storage {

/// A decision of the commission on a household's file, with the barème version it applied.
struct CommissionDecision {
    std::int64_t id = 0;
    std::int64_t household_id = 0;
    core::Date decided_on;
    core::Decision decision = core::Decision::Postponed;
    std::string reason;
    std::string decided_by;              ///< login or name of who recorded it
    std::optional<int> bareme_version;
};

class AccessRepository {
public:
    virtual ~AccessRepository() = default;

    /// Periods of a household ordered by start, each with its suspensions (by start) and exit.
    virtual std::vector<core::AccessPeriod> periods_of(std::int64_t household_id) = 0;
    /// Stores a period (with any suspensions and exit it already carries); returns its id.
    virtual std::int64_t add_period(std::int64_t household_id, const core::AccessPeriod& period) = 0;
    /// ValidationError for an unknown period.
    virtual std::int64_t add_suspension(std::int64_t period_id, const core::Suspension& suspension) = 0;
    /// Ends the open-ended suspension of the period on `until` (inclusive). ValidationError when
    /// the period has no open suspension.
    virtual void lift_suspension(std::int64_t period_id, core::Date until) = 0;
    /// ValidationError for an unknown period or one that already has an exit.
    virtual void record_exit(std::int64_t period_id, const core::PeriodExit& exit) = 0;

    virtual std::int64_t add_decision(const CommissionDecision& decision) = 0;
    /// Decisions of a household, oldest first.
    virtual std::vector<CommissionDecision> decisions_of(std::int64_t household_id) = 0;
};

} // namespace cabas::storage
