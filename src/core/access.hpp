// Access periods (droits d'accès): open, renew, suspend, exit; the rolling-window maximum and
// the waiting period (carence); the status of a household at a date.
#pragma once

#include "core/bareme.hpp"
#include "core/date.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cabas::core {

enum class ExitReason { EndOfRights, GoalReached, Moved, Reoriented, Exclusion, DroppedOut };

struct Suspension {
    Date from;
    std::optional<Date> until;  ///< inclusive; none = until lifted
    std::string reason;
};

struct PeriodExit {
    Date on;                    ///< last day of access
    ExitReason reason = ExitReason::EndOfRights;
    std::string note;
};

/// One access period, both dates included. `rule_override` records that the commission
/// opened it despite the window maximum or the waiting period.
struct AccessPeriod {
    std::int64_t id = 0;
    Date start;
    Date end;
    bool renewal = false;
    bool rule_override = false;
    std::string override_reason;
    std::vector<Suspension> suspensions;
    std::optional<PeriodExit> exit;
};

enum class AccessState { NoAccess, NotYetValid, Active, Suspended, Expired, WaitingPeriod, Exited };

struct AccessStatus {
    AccessState state = AccessState::NoAccess;
    std::optional<Date> valid_from;
    std::optional<Date> valid_until;     ///< end of the current (or last) period
    std::optional<Date> waiting_until;   ///< last day of the carence
    std::optional<ExitReason> exit_reason;
    std::string suspension_reason;
};

/// Status on `on`. Periods may be given in any order. Design note: the carence starts the day
/// after a period whose end brought the cumulated access in the window to the maximum, and
/// lasts `waiting_months`; a gap at least that long between two periods counts as a carence
/// served, which resets the window count (so "12 months, then 3 months out" is a cycle).
AccessStatus access_status_at(const std::vector<AccessPeriod>&, const AccessRules&, Date on);

enum class OpenRefusal { None, Overlap, WaitingPeriod, WindowExceeded, InvalidDates };

struct OpenCheck {
    OpenRefusal refusal = OpenRefusal::None;
    std::int32_t days_used_in_window = 0;  ///< access days in the window, the new period included
    std::int32_t days_allowed_in_window = 0;
    std::optional<Date> earliest_start;    ///< first date a period of the same length could start
                                           ///< without override (nullopt: none, it is too long)
    bool allowed() const { return refusal == OpenRefusal::None; }
};

/// May a period [start, end] be opened? (renewals are periods too).
OpenCheck check_new_period(const std::vector<AccessPeriod>&, const AccessRules&, Date start, Date end);

/// Last day of access a period actually gives: its end, or its exit date when earlier.
Date effective_end(const AccessPeriod&);

/// Default end of a period that starts on `start` and lasts `months` (end included):
/// 01/12/2026 + 3 months -> 28/02/2027.
Date period_end(Date start, int months);

std::string to_code(AccessState);
std::string to_code(ExitReason);
std::string to_code(OpenRefusal);
std::optional<ExitReason> exit_reason_from_code(std::string_view);
/// French labels: "Droits ouverts", "Carence", "Fin de droits"...
std::string label_of(AccessState);
std::string label_of(ExitReason);
std::string label_of(OpenRefusal);

} // namespace cabas::core
