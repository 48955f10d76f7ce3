// The carry-over rule (see carry_over.hpp).
#include "core/carry_over.hpp"

#include "core/credit.hpp"

namespace cabas::core {

Money carried_over(const CreditRules& rules, int uc_tenths, const PreviousMonth& previous) {
    if (!rules.carry_over || !previous.had_rights) return {};
    const Money left = monthly_credit(rules, uc_tenths) - previous.used;
    return left.is_negative() ? Money{} : left;
}

} // namespace cabas::core
