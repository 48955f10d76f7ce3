// The household file: the name the till may show, and the codes of project types and
// nationality classes.
#include "core/household_file.hpp"

#include "core/enum_codes.hpp"

#include <algorithm>

namespace cabas::core {

using detail::code_of;
using detail::parse_code;

std::string HouseholdFile::display_name() const {
    // A chosen pseudonym always wins: some households do not want their name spoken at the till.
    if (!pseudonym.empty()) return pseudonym;
    const auto& members = composition.members;
    auto applicant = std::find_if(members.begin(), members.end(),
                                  [](const Member& m) { return m.relationship == Relationship::Applicant; });
    if (applicant != members.end()) return applicant->first_name;
    return members.empty() ? std::string() : members.front().first_name;
}

namespace {

constexpr std::array<std::pair<ProjectType, const char*>, 8> project_codes{{
    {ProjectType::Housing, "logement"}, {ProjectType::Energy, "energie"}, {ProjectType::Childhood, "enfance"},
    {ProjectType::Health, "sante"}, {ProjectType::Debt, "dette"}, {ProjectType::Equipment, "equipement"},
    {ProjectType::DrivingLicence, "permis"}, {ProjectType::Other, "autre"}}};

constexpr std::array<std::pair<NationalityClass, const char*>, 4> nationality_codes{{
    {NationalityClass::French, "francaise"}, {NationalityClass::EuropeanUnion, "ue"},
    {NationalityClass::ThirdCountry, "hors_ue"}, {NationalityClass::Unknown, "inconnue"}}};

} // namespace

std::string to_code(ProjectType v) { return code_of(project_codes, v); }
std::optional<ProjectType> project_type_from_code(std::string_view s) { return parse_code(project_codes, s); }
std::string to_code(NationalityClass v) { return code_of(nationality_codes, v); }
std::optional<NationalityClass> nationality_from_code(std::string_view s) { return parse_code(nationality_codes, s); }

} // namespace cabas::core
