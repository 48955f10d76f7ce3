// Gathering a household's access facts and savings from the repositories.
#include "services/households/household_facts.hpp"

#include "core/credit.hpp"
#include "services/credit_position.hpp"
#include "storage/store.hpp"

#include <cctype>

namespace cabas::services::households {

bool is_pending(const core::Referral& referral, const std::vector<storage::CommissionDecision>& decisions,
                const std::vector<core::AccessPeriod>& periods, core::Date today) {
    if (referral.on > today) return false;
    if (!decisions.empty() && decisions.back().decision == core::Decision::Postponed) return true;
    if (!periods.empty()) return false;
    for (const auto& d : decisions)
        if (d.decided_on >= referral.on) return false;
    return true;
}

AccessFacts gather_access_facts(storage::Store& store, const core::HouseholdFile& file, const core::Bareme& bareme,
                                core::Date today) {
    AccessFacts f;
    f.periods = store.access().periods_of(file.id);
    f.status = core::access_status_at(f.periods, bareme.access, today);
    f.decisions = store.access().decisions_of(file.id);
    f.pending = is_pending(file.referral, f.decisions, f.periods, today);
    if (auto card = store.cards().active_card_of(file.id)) f.active_card = card->number;
    return f;
}

SavingsSummary savings_of(storage::Store& store, const core::HouseholdFile& file, const core::Bareme& bareme,
                          core::Date today) {
    SavingsSummary s;
    for (const auto& sale : store.sales().current_sales_of_household(file.sales_code)) {
        if (!sale.lines.empty()) ++s.visits;
        s.value += sale.total_value;
        s.paid += sale.total_paid;
    }
    s.savings = s.value - s.paid;
    if (file.project) s.project_target = file.project->target;
    const int uc = core::consumption_units_tenths(file.composition.members, today);
    const auto usage = credit_usage_on(store, bareme, file.sales_code, uc, store.access().periods_of(file.id), today);
    s.month_credit = core::credit_left(bareme.credit, uc, usage).month_credit;
    s.month_used = usage.used_this_month;
    s.visits_this_month = usage.visits_this_month;
    return s;
}

bool matches_member_name(const core::HouseholdFile& file, const std::string& needle_lower) {
    auto has = [&](const std::string& text) {
        std::string l(text);
        for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return l.find(needle_lower) != std::string::npos;
    };
    for (const auto& m : file.composition.members)
        if (has(m.first_name) || has(m.last_name)) return true;
    return has(file.pseudonym);
}

const core::AccessPeriod* period_on(const std::vector<core::AccessPeriod>& periods, core::Date on) {
    for (const auto& p : periods)
        if (p.start <= on && on <= core::effective_end(p)) return &p;
    return nullptr;
}

} // namespace cabas::services::households
