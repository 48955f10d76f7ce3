// The duplicate check with the other épiceries of the CCAS, run by the household service after
// a file is created, changed, decided or renewed (cross_site_check.hpp): the adults' keyed
// hashes go to the register, the other sites' ends of rights come back, the lookup is logged.
#include "services/households/household_service.hpp"

#include "services/households/access_log_texts.hpp"
#include "storage/store.hpp"

namespace cabas::services::households {

void HouseholdService::check_other_sites(std::int64_t household_id) {
    if (!m_cross_site) return;
    const core::Date today = m_clock.today();
    const auto [file, periods] = m_store.transaction([&] {
        return std::make_pair(load(household_id), m_store.access().periods_of(household_id));
    });
    std::optional<core::Date> rights_until;
    for (const auto& p : periods) {
        const core::Date end = core::effective_end(p);
        if (end >= p.start && (!rights_until || end > *rights_until)) rights_until = end;
    }
    std::vector<const core::Member*> adults;
    for (const auto& m : file.composition.members)
        if (core::age_at(m.birth_date, today) >= 18) adults.push_back(&m);

    CrossSiteResult result;
    const auto found = m_cross_site->compare(household_id, adults, rights_until, today);
    if (!found) {
        result.unavailable_reason = m_cross_site->unavailable_reason();
        m_cross_site_result = result;
        return;
    }
    result.available = true;
    result.adults_compared = static_cast<int>(adults.size());
    for (const core::Member* m : adults)
        if (auto it = found->find(m); it != found->end()) result.warnings.push_back(followed_elsewhere_text(*m, it->second));
    m_cross_site_result = result;
    m_store.transaction([&] {
        log("controle_doublons_ccas", household_id, log_text::cross_site_checked(result.adults_compared, result.warnings.size()));
    });
}

} // namespace cabas::services::households
