// Every value of the core enums that core lists nowhere (it offers all_*() only for resource
// and charge kinds), and the code parser shared by CSV and JSON readers. Internal to
// services/io. When an enum in core grows, its list here must grow too.
#pragma once

#include "core/bareme.hpp"
#include "core/error.hpp"
#include "core/household.hpp"
#include "core/household_file.hpp"
#include "core/messages.hpp"
#include "services/io/csv_reader.hpp"

#include <string>
#include <vector>

namespace cabas::services::io::detail {

inline const std::vector<core::HouseholdType> k_household_types = {
    core::HouseholdType::Single, core::HouseholdType::Couple, core::HouseholdType::CoupleWithChildren,
    core::HouseholdType::SingleParent, core::HouseholdType::Other};
inline const std::vector<core::Relationship> k_relationships = {
    core::Relationship::Applicant, core::Relationship::Spouse, core::Relationship::Child,
    core::Relationship::OtherRelative, core::Relationship::Other};
inline const std::vector<core::Housing> k_housings = {
    core::Housing::Tenant, core::Housing::SocialTenant, core::Housing::Owner, core::Housing::Hosted,
    core::Housing::Emergency, core::Housing::Homeless, core::Housing::Other};
inline const std::vector<core::MainResource> k_main_resources = {
    core::MainResource::Wages, core::MainResource::Unemployment, core::MainResource::Rsa, core::MainResource::Aah,
    core::MainResource::Pension, core::MainResource::FamilyBenefitsOnly, core::MainResource::StudentGrant,
    core::MainResource::None, core::MainResource::Other};
inline const std::vector<core::ProjectType> k_project_types = {
    core::ProjectType::Housing, core::ProjectType::Energy, core::ProjectType::Childhood, core::ProjectType::Health,
    core::ProjectType::Debt, core::ProjectType::Equipment, core::ProjectType::DrivingLicence, core::ProjectType::Other};
inline const std::vector<core::EligibilityMode> k_eligibility_modes = {
    core::EligibilityMode::RavPerPersonDay, core::EligibilityMode::RavPerUcDay, core::EligibilityMode::QuotientFamilial,
    core::EligibilityMode::MonthlyRav};
inline const std::vector<core::HousingBenefitMode> k_housing_benefit_modes = {
    core::HousingBenefitMode::AsResource, core::HousingBenefitMode::DeductedFromRent};
inline const std::vector<core::RatePolicy> k_rate_policies = {
    core::RatePolicy::Flat, core::RatePolicy::ByRavBand, core::RatePolicy::PerHousehold};

/// "seul, couple, couple_enfants, ...": the codes of `values`, for error messages.
template <class Enum>
std::string codes_list(const std::vector<Enum>& values) {
    std::string out;
    for (Enum e : values) out += (out.empty() ? "" : ", ") + to_code(e);
    return out;
}

/// Parses an enum code after normalise_key ("Couple Enfants" -> "couple_enfants"). Throws
/// ValidationError (empty field) listing the allowed codes when the code is unknown.
template <class Enum, class FromCode>
Enum parse_code(const std::string& text, FromCode from_code, const std::vector<Enum>& all) {
    if (auto value = from_code(normalise_key(text))) return *value;
    throw ValidationError("", core::tr("code inconnu « {0} » (attendu : {1})", text, codes_list(all)));
}

/// parse_code as a one-argument function, for cell readers. `all` must outlive it (the lists
/// above are static).
template <class Enum, class FromCode>
auto code_parser(FromCode from_code, const std::vector<Enum>& all) {
    return [from_code, &all](const std::string& text) { return parse_code(text, from_code, all); };
}

} // namespace cabas::services::io::detail
