// The household's own data, gathered for the household (docs/design/domain.md §6: "a household can
// get an export of its data"). It is read in one transaction so the parts agree with each other,
// and the export is written to the access log with them.
#include "services/households/household_service.hpp"
#include "services/households/access_log_texts.hpp"
#include "services/settings_service.hpp"

#include "storage/store.hpp"

#include <limits>

namespace cabas::services::households {

HouseholdDataExport HouseholdService::export_data(std::int64_t household_id) {
    require(Capability::ExportHouseholdData, household_id);
    return m_store.transaction([&] {
        HouseholdDataExport out;
        out.shop_name = shop_identity(m_store).name;
        out.view = open(household_id);
        out.finances = finances(household_id);
        out.visits = visits(household_id);
        storage::AccessLogFilter filter;
        filter.household_id = household_id;
        filter.limit = std::numeric_limits<int>::max();
        out.accesses = m_store.access_log().list(filter);
        out.produced_by = m_user.display_name;
        out.produced_on = m_clock.today();
        log("export_file", household_id, log_text::exported_file());
        return out;
    });
}

} // namespace cabas::services::households
