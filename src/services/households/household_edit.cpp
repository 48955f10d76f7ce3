// Creating (the referral) and updating household files: validated field by field, stored and
// logged in one transaction, then compared with the other épiceries of the CCAS.
#include "services/households/household_service.hpp"

#include "services/households/access_log_texts.hpp"
#include "services/households/household_validation.hpp"
#include "storage/store.hpp"

namespace cabas::services::households {

std::int64_t HouseholdService::create(const core::HouseholdFile& file) {
    require(Capability::EditFile);
    validate_household_file(file, m_clock.today());
    const std::int64_t id = m_store.transaction([&] {
        const std::int64_t id = m_store.households().add(file);
        m_store.households().touch_contact(id, m_clock.today());
        log("create_file", id, log_text::created(file.referral.on, file.referral.referred_by));
        return id;
    });
    check_other_sites(id);
    return id;
}

void HouseholdService::update(const core::HouseholdFile& file) {
    require(Capability::EditFile, file.id);
    validate_household_file(file, m_clock.today());
    m_store.transaction([&] {
        load(file.id);  // an unknown id is a ValidationError, before anything is written
        m_store.households().update(file);
        m_store.households().touch_contact(file.id, m_clock.today());
        log("update_file", file.id, log_text::updated());
    });
    check_other_sites(file.id);
}

} // namespace cabas::services::households
