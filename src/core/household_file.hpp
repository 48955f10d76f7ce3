// The household file (dossier) as stored: identity of the file, composition, social
// situation, referrer and project. Only social workers and admins see all of it.
#pragma once

#include "core/household.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace cabas::core {

enum class ProjectType { Housing, Energy, Childhood, Health, Debt, Equipment, DrivingLicence, Other };
enum class NationalityClass { French, EuropeanUnion, ThirdCountry, Unknown };

struct Referrer {
    std::int64_t id = 0;
    std::string organisation;   ///< "CCAS de Montreuil", "EDS Est"
    std::string social_worker;  ///< "Mme Durand"
    std::string kind;           ///< "ccas", "departement", "caf", "association", "autre"
};

struct Project {
    ProjectType type = ProjectType::Other;
    std::string description;
    Money target;
};

/// Aggregate-only flags used for FSE+ figures.
struct FseFlags {
    bool disability = false;
    NationalityClass nationality = NationalityClass::Unknown;
    bool homeless = false;
};

struct HouseholdFile {
    std::int64_t id = 0;
    std::string file_number;       ///< "D-2026-0042": the épicerie's own file number, unique
    std::string pseudonym;         ///< shown at the till instead of the first name when set
    std::string sales_code;        ///< random code sales refer to, never the name
    HouseholdComposition composition;
    std::string neighbourhood;
    std::string address;
    Housing housing = Housing::Other;
    MainResource main_resource = MainResource::Other;
    std::optional<Referrer> referrer;
    std::optional<Project> project;
    FseFlags fse;
    std::optional<Rate> commission_rate;  ///< rate set by the commission (PerHousehold policy)
    std::string notes;                    ///< social notes: never shown at the till

    /// Name the till may show: pseudonym if set, else the applicant's first name.
    std::string display_name() const;
};

std::string to_code(ProjectType);
std::optional<ProjectType> project_type_from_code(std::string_view);
std::string to_code(NationalityClass);
std::optional<NationalityClass> nationality_from_code(std::string_view);

} // namespace cabas::core
