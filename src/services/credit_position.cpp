// The usage and carry-over of a household on a day (see credit_position.hpp).
#include "services/credit_position.hpp"

#include "core/carry_over.hpp"
#include "storage/store.hpp"

namespace cabas::services {

core::CreditUsage credit_usage_on(storage::Store& store, const core::Bareme& bareme, const std::string& sales_code,
                                  int uc_tenths, const std::vector<core::AccessPeriod>& periods, core::Date on) {
    core::CreditUsage usage = store.usage().credit_usage(sales_code, on);
    if (!bareme.credit.carry_over) return usage;
    const core::Date last_month_end = on.month_start().plus_days(-1);
    core::PreviousMonth previous;
    previous.had_rights = core::access_status_at(periods, bareme.access, last_month_end).state == core::AccessState::Active;
    if (previous.had_rights) previous.used = store.usage().credit_usage(sales_code, last_month_end).used_this_month;
    usage.carried_over = core::carried_over(bareme.credit, uc_tenths, previous);
    return usage;
}

} // namespace cabas::services
