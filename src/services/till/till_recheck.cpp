// The basket checked again at the moment it is written. Credit, limits and visits are checked
// as the cashier scans, against the usage read when the card was scanned; another till may sell
// to the same household in between (a couple shopping at two counters). The check made inside
// the write transaction sees every sale committed before it, and no other till can commit one
// until it ends (BEGIN IMMEDIATE on SQLite, the épicerie's write lock on PostgreSQL), so two
// tills together can never overspend a month or a week, nor exceed a limit.
#include "services/till/till_state.hpp"

#include "core/credit.hpp"
#include "core/messages.hpp"
#include "storage/store.hpp"

namespace cabas::services::till {

namespace {

bool same_usage(const core::CreditUsage& a, const core::CreditUsage& b) {
    return a.used_this_month == b.used_this_month && a.used_this_week == b.used_this_week &&
           a.visits_this_week == b.visits_this_week && a.visits_this_month == b.visits_this_month;
}

} // namespace

void recheck_household(TillService::State& s) {
    if (!s.card || s.card->household_code.empty() || !s.quota.rules) return;
    const core::Date today = s.clock.today();
    const std::string& code = s.card->household_code;
    core::QuotaContext now = s.quota;
    now.usage = s.store.usage().credit_usage(code, today);
    now.usage.carried_over = s.quota.usage.carried_over;  // last month's: no sale of this month changes it
    // Nothing sold to this household since the card was scanned: the scan-time checks still hold.
    if (same_usage(now.usage, s.quota.usage)) return;
    now.product_taken_this_month = s.store.usage().product_taken_this_month(code, today);
    now.category_taken_this_month = s.store.usage().category_taken_this_month(code, today);

    if (!s.card_overridden && core::credit_left(*now.rules, now.uc_tenths, now.usage).visits_left() <= 0)
        throw ChangedMeanwhile(core::tr("nombre de passages atteint : une autre caisse vient de servir ce foyer"));
    std::vector<core::BasketLine> checked;
    for (const auto& line : s.lines) {
        const auto product = s.store.catalogue().get_product(line.product_id);
        checked.push_back(checked_line(line, product ? std::optional(product->category_id) : std::nullopt));
    }
    for (std::size_t i = 0; i < s.lines.size(); ++i) {
        if (s.lines[i].overridden) continue;
        std::vector<core::BasketLine> others;
        for (std::size_t j = 0; j < checked.size(); ++j)
            if (j != i) others.push_back(checked[j]);
        const core::LineCheck check = core::check_line(checked[i], others, now);
        if (!check.allowed())
            throw ChangedMeanwhile(core::tr("{0} ({1}) : une autre caisse vient de servir ce foyer",
                                            core::label_of(check.refusal), s.lines[i].name));
    }
}

} // namespace cabas::services::till
