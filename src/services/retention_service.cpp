// Retention (see retention_service.hpp).
#include "services/retention_service.hpp"

#include "core/error.hpp"
#include "services/access_log_text.hpp"
#include "storage/store.hpp"

#include <algorithm>

namespace cabas::services {

core::Date retention_cutoff(core::Date today) {
    const int year = today.year() - kRetentionMonths / 12;
    const unsigned last_day = core::Date::from_ymd(year, today.month(), 1).month_end().day();
    return core::Date::from_ymd(year, today.month(), std::min(today.day(), last_day));
}

std::vector<storage::RetentionCandidate> retention_due(storage::Store& store, const services::LoggedUser& by,
                                                       core::Date today) {
    require(store, by, Capability::ApplyRetention);
    return store.households().retention_candidates(retention_cutoff(today));
}

std::vector<storage::RetentionCandidate> apply_retention(storage::Store& store, const services::LoggedUser& by,
                                                         core::Date today) {
    require(store, by, Capability::ApplyRetention);
    return store.transaction([&] {
        const auto due = store.households().retention_candidates(retention_cutoff(today));
        for (const auto& file : due) {
            store.households().anonymise(file.id, today);
            // The old file number is not repeated here: the log outlives the file's identity.
            store.access_log().append(by.login, "anonymise", file.id,
                                      log_text::anonymised(file.last_contact));
        }
        return due;
    });
}

} // namespace cabas::services
