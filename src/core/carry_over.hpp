// The carry-over of unused credit (barème option credit.carry_over): the one rule every place
// that shows or uses a household's credit applies (the card check's banner, the basket, the
// receipt's "crédit restant", the household's view, the monthly report's credit granted).
#pragma once

#include "core/bareme.hpp"
#include "core/money.hpp"

namespace cabas::core {

/// What a household's previous month leaves it this month.
struct PreviousMonth {
    bool had_rights = false;  ///< rights open on its last day (access_status_at: Active)
    Money used;               ///< credit consumed in it (retail value counted against credit)
};

/// Unused credit carried into the month: with the option on and rights open on the previous
/// month's last day, the previous month's own monthly credit (at today's UC) less what it used,
/// never negative; otherwise zero. Not cumulative: what had been carried into the previous month
/// and not spent is lost, so a household that skips months gets one month's credit on top, not
/// several. A new access period that starts after a gap carries nothing.
Money carried_over(const CreditRules& rules, int uc_tenths, const PreviousMonth& previous);

} // namespace cabas::core
