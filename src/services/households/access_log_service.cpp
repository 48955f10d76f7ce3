// Reading and exporting the access log, admins only.
#include "services/households/access_log_service.hpp"

#include "services/households/access_log_texts.hpp"
#include "storage/store.hpp"

namespace cabas::services::households {

namespace {

std::string csv_field(const std::string& text) {
    if (text.find_first_of(";\"\n\r") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

} // namespace

std::vector<storage::AccessLogEntry> access_log_entries(HouseholdService& service,
                                                        const storage::AccessLogFilter& filter) {
    service.require(Capability::ReadAccessLog);
    return service.store().access_log().list(filter);
}

std::string export_access_log_csv(HouseholdService& service, storage::AccessLogFilter filter) {
    service.require(Capability::ReadAccessLog);
    auto& store = service.store();
    return store.transaction([&] {
        service.log("export_access_log", filter.household_id, log_text::exported_access_log());
        std::string csv = "id;horodatage;utilisateur;action;foyer;detail\r\n";
        for (const auto& e : store.access_log().list(filter)) {
            csv += std::to_string(e.id) + ";" + csv_field(e.at) + ";" + csv_field(e.user_login) + ";" +
                   csv_field(e.action) + ";" + (e.household_id ? std::to_string(*e.household_id) : std::string()) +
                   ";" + csv_field(e.detail) + "\r\n";
        }
        return csv;
    });
}

} // namespace cabas::services::households
