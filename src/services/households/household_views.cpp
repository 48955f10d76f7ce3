// Labels (in the process language) and codes of the household list filters and commission decisions.
#include "services/households/household_views.hpp"

#include "core/messages.hpp"

#include <array>
#include <utility>

namespace cabas::services::households {

namespace {

constexpr std::array<std::pair<AccessFilter, const char*>, 7> filter_codes{{
    {AccessFilter::All, "tous"},
    {AccessFilter::Active, "actifs"},
    {AccessFilter::ExpiringWithin, "expirent"},
    {AccessFilter::Expired, "expires"},
    {AccessFilter::WaitingPeriod, "carence"},
    {AccessFilter::Suspended, "suspendus"},
    {AccessFilter::Pending, "en_attente"},
}};

} // namespace

std::string decision_label_french(core::Decision d) {
    switch (d) {
    case core::Decision::Accepted: return core::to_translate("acceptée");
    case core::Decision::Refused: return core::to_translate("refusée");
    case core::Decision::Postponed: return core::to_translate("ajournée");
    case core::Decision::Derogation: return core::to_translate("dérogation");
    }
    return "?";
}

std::string decision_label(core::Decision d) { return core::tr(decision_label_french(d)); }

std::string label_of(AccessFilter f) {
    switch (f) {
    case AccessFilter::All: return core::tr("Tous les foyers");
    case AccessFilter::Active: return core::tr("Droits ouverts");
    case AccessFilter::ExpiringWithin: return core::tr("Droits expirant bientôt");
    case AccessFilter::Expired: return core::tr("Droits expirés");
    case AccessFilter::WaitingPeriod: return core::tr("Carence");
    case AccessFilter::Suspended: return core::tr("Suspendus");
    case AccessFilter::Pending: return core::tr("En attente de commission");
    }
    return "?";
}

std::string to_code(AccessFilter f) {
    for (const auto& [value, code] : filter_codes)
        if (value == f) return code;
    return "tous";
}

std::optional<AccessFilter> access_filter_from_code(std::string_view code) {
    for (const auto& [value, text] : filter_codes)
        if (code == text) return value;
    return std::nullopt;
}

} // namespace cabas::services::households
