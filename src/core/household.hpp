// A household as the rules see it: members with birth dates, itemised monthly resources and
// charges, and the derived sizes (persons, consumption units, CAF parts).
#pragma once

#include "core/date.hpp"
#include "core/money.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cabas::core {

enum class Sex { Female, Male, Unspecified };
enum class Relationship { Applicant, Spouse, Child, OtherRelative, Other };
enum class HouseholdType { Single, Couple, CoupleWithChildren, SingleParent, Other };
enum class MainResource { Wages, Unemployment, Rsa, Aah, Pension, FamilyBenefitsOnly, StudentGrant, None, Other };
enum class Housing { Tenant, SocialTenant, Owner, Hosted, Emergency, Homeless, Other };

/// Kinds of monthly resources. HousingBenefit is special: counted once (see Bareme).
enum class ResourceKind {
    Wages, Unemployment, DailyAllowance, Rsa, ActivityBonus, Aah, Pension, FamilyBenefits,
    HousingBenefit, MaintenanceReceived, StudentGrant, Other
};

/// Kinds of monthly charges. Which ones count is a barème setting.
enum class ChargeKind {
    Rent, ServiceCharges, Energy, Water, HomeInsurance, HealthInsurance, Childcare, MaintenancePaid,
    DebtPlan, Transport, PhoneInternet, ConsumerLoan, VehicleInsurance, IncomeTax, Other
};

struct Member {
    std::string first_name;
    std::string last_name;
    Date birth_date;
    Sex sex = Sex::Unspecified;
    Relationship relationship = Relationship::Other;
    bool disabled = false;  ///< counts for the CAF parts (+0,5 per disabled child) and FSE+ figures
};

struct ResourceLine {
    ResourceKind kind = ResourceKind::Other;
    Money monthly;          ///< >= 0
    std::string label;      ///< free text shown in the working ("Salaire Mme")
};

struct ChargeLine {
    ChargeKind kind = ChargeKind::Other;
    Money monthly;          ///< >= 0
    std::string label;
};

/// Everything the eligibility computation needs about a household.
struct HouseholdComposition {
    HouseholdType type = HouseholdType::Single;
    std::vector<Member> members;
    std::vector<ResourceLine> resources;
    std::vector<ChargeLine> charges;
    std::optional<Money> attested_qf;  ///< QF printed on the CAF/MSA attestation, if any
};

/// Consumption units in tenths (OECD-modified scale): 10 for the first person aged 14+,
/// 5 for each other person aged 14+, 3 for each child under 14. 2,3 UC -> 23.
int consumption_units_tenths(const std::vector<Member>& members, Date on);

/// CAF parts in halves: parents 2 parts; 1st and 2nd child 0,5 each; 3rd child 1; further
/// children 0,5 each; +0,5 per disabled child. Children are members whose relationship is Child.
int caf_parts_halves(const std::vector<Member>& members);

/// Number of persons aged under `age` on a date (children counts for profiles).
int count_younger_than(const std::vector<Member>& members, Date on, int age);

// Stable text codes for enums: used in storage, CSV, JSON and CLI (French, lowercase, ASCII).
std::string to_code(Sex);
std::string to_code(Relationship);
std::string to_code(HouseholdType);
std::string to_code(MainResource);
std::string to_code(Housing);
std::string to_code(ResourceKind);
std::string to_code(ChargeKind);
/// Human French labels for the working and reports ("Loyer", "Aide au logement").
std::string label_of(ResourceKind);
std::string label_of(ChargeKind);

/// Parsers of the codes above. Return nullopt for an unknown code (callers name the field).
std::optional<Sex> sex_from_code(std::string_view);
std::optional<Relationship> relationship_from_code(std::string_view);
std::optional<HouseholdType> household_type_from_code(std::string_view);
std::optional<MainResource> main_resource_from_code(std::string_view);
std::optional<Housing> housing_from_code(std::string_view);
std::optional<ResourceKind> resource_kind_from_code(std::string_view);
std::optional<ChargeKind> charge_kind_from_code(std::string_view);

/// Every value of each enum, for validation messages ("attendu : seul, couple, ...").
const std::vector<ResourceKind>& all_resource_kinds();
const std::vector<ChargeKind>& all_charge_kinds();

} // namespace cabas::core
