// The household file (dossier) as stored: identity of the file, composition, social
// situation, referrer and project. Only social workers and admins see all of it.
#pragma once

#include "core/household.hpp"

#include <cstddef>
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

/// The referral (orientation): the day the household was sent to the épicerie, who sent it and
/// why. A file is pending from this day until the commission decides (domain.md §2.1), and the
/// reports' referral-to-decision delay counts from it. Social data: never shown at the till.
struct Referral {
    Date on;
    std::string referred_by;   ///< who referred, as written: "CCAS — Mme Durand"; required
    std::string reason;        ///< short, optional: "rupture de ressources"
};

/// Bounds of a referral, in characters; no referral before this year.
inline constexpr std::size_t kReferredByMaxChars = 120;
inline constexpr std::size_t kReferralReasonMaxChars = 300;
inline constexpr int kEarliestReferralYear = 2000;

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
    std::optional<Referrer> referrer;     ///< the structured referrer the reports count by kind
    Referral referral;
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
