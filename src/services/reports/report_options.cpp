// Resolving report options and checking who may ask them (see report_options.hpp).
#include "services/reports/report_options.hpp"

#include "core/error.hpp"
#include "services/settings_service.hpp"
#include "storage/store.hpp"

#include <charconv>

namespace cabas::services {

reports::ResolvedOptions resolve_report_options(storage::Store& store, const ReportOptions& o) {
    reports::ResolvedOptions r;
    r.shop_name = shop_identity(store).name;
    if (auto t = store.settings().get(keys::report_threshold)) {
        int v = 0;
        auto res = std::from_chars(t->data(), t->data() + t->size(), v);
        if (res.ec != std::errc() || res.ptr != t->data() + t->size() || v < 2)
            throw ValidationError(keys::report_threshold, "seuil de secret invalide dans les paramètres : « " + *t + " »");
        r.threshold = v;
    }
    if (auto i = store.settings().get(keys::report_internal)) r.internal = (*i == "1" || *i == "oui" || *i == "true");
    if (o.threshold) {
        if (*o.threshold < 2) throw ValidationError("seuil", "le seuil de secret doit être au moins 2");
        r.threshold = *o.threshold;
    }
    if (o.internal) r.internal = *o.internal;
    return r;
}

void require_report_rights(storage::Store& store, const LoggedUser& user, const ReportOptions& options) {
    require(store, user, Capability::BuildReports);
    const bool lifts = options.internal.value_or(false) ||
                       (options.threshold && *options.threshold < kDefaultReportThreshold);
    if (lifts) require(store, user, Capability::MakeReportInternal);
}

} // namespace cabas::services
