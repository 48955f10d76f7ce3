// French labels and codes of the household list filters and commission decisions.
#include "services/households/household_views.hpp"

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

std::string decision_label(core::Decision d) {
    switch (d) {
    case core::Decision::Accepted: return "acceptée";
    case core::Decision::Refused: return "refusée";
    case core::Decision::Postponed: return "ajournée";
    case core::Decision::Derogation: return "dérogation";
    }
    return "?";
}

std::string label_of(AccessFilter f) {
    switch (f) {
    case AccessFilter::All: return "Tous les foyers";
    case AccessFilter::Active: return "Droits ouverts";
    case AccessFilter::ExpiringWithin: return "Droits expirant bientôt";
    case AccessFilter::Expired: return "Droits expirés";
    case AccessFilter::WaitingPeriod: return "Carence";
    case AccessFilter::Suspended: return "Suspendus";
    case AccessFilter::Pending: return "En attente de commission";
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
