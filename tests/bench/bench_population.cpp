// The épicerie before its first sale: barème, users, the demo catalogue and the households with
// their commission decisions, access periods (rules of the barème respected) and cards.
#include "bench/bench_world.hpp"

#include "core/access.hpp"
#include "services/bareme_service.hpp"
#include "services/card_service.hpp"
#include "services/demo/demo_catalogue.hpp"
#include "services/demo/demo_households.hpp"
#include "storage/store.hpp"

namespace cabas::bench {

namespace {

using services::demo::DemoRandom;

/// Spells of rights: up to four 3-month periods in a row (12 months, the window maximum), then
/// the 3-month waiting period, then maybe another spell. Every period is checked against the
/// barème's rules as the enrolment service does, so the card check sees lawful histories.
std::vector<core::AccessPeriod> plan_periods(const core::AccessRules& rules, core::Date first, core::Date end, int spells,
                                             DemoRandom& rng) {
    std::vector<core::AccessPeriod> periods;
    core::Date start = first;
    for (int spell = 0; spell < spells && start <= end; ++spell) {
        const int renewals = static_cast<int>(rng.between(2, 3));
        for (int n = 0; n <= renewals && start <= end; ++n) {
            core::AccessPeriod p;
            p.start = start;
            p.end = core::period_end(start, n == 0 ? rules.initial_months : rules.renewal_months);
            p.renewal = n > 0;
            const core::OpenCheck check = core::check_new_period(periods, rules, p.start, p.end);
            if (!check.allowed()) break;
            periods.push_back(p);
            start = p.end.plus_days(1);
        }
        start = start.plus_months(rules.waiting_months);
    }
    return periods;
}

} // namespace

bool BenchHousehold::active_on(core::Date day) const {
    for (const auto& [from, until] : periods)
        if (from <= day && day <= until) return true;
    return false;
}

void World::create_population() {
    storage::Store& store = *m_store;
    const core::Date end = m_first_day.plus_days(7 * m_scale.weeks);
    services::ensure_default_bareme(store, m_first_day.plus_days(-400));
    const core::Bareme bareme = services::bareme_in_force(store, m_first_day);
    store.users().add("caisse", "Bénévole de la caisse", core::Role::Volunteer, "1111");
    store.users().add("resp", "Responsable", core::Role::Manager, "2222");
    services::demo::DemoSerials serials(m_rng);
    store.transaction([&] {
        m_products = services::demo::seed_demo_catalogue(store, m_rng);
        for (int i = 0; i < m_scale.households; ++i) {
            core::HouseholdFile file = services::demo::make_demo_household(i, m_rng, end);
            file.referral = services::demo::make_demo_referral(i, file, m_first_day, end);
            BenchHousehold h;
            h.id = store.households().add(file);
            // small: everyone is there from the start; large: arrivals spread over the years.
            const int arrival_week = m_scale.households_arrive_over_time
                                         ? static_cast<int>(m_rng.between(-26, m_scale.weeks - 13))
                                         : static_cast<int>(m_rng.between(-13, 0));
            const int spells = m_scale.households_arrive_over_time ? static_cast<int>(m_rng.between(1, 3)) : 20;
            const auto periods = plan_periods(bareme.access, m_first_day.plus_days(7 * arrival_week), end, spells, m_rng);
            for (const auto& p : periods) {
                if (!p.renewal)
                    store.access().add_decision({0, h.id, p.start.plus_days(-7), core::Decision::Accepted,
                                                 "Reste à vivre dans le barème", "resp", bareme.version});
                store.access().add_period(h.id, p);
                h.periods.emplace_back(p.start, p.end);
            }
            if (!periods.empty()) h.card = services::issue_card(store, h.id, periods.front().start.plus_days(-7), serials);
            m_households.push_back(std::move(h));
        }
    });
}

} // namespace cabas::bench
