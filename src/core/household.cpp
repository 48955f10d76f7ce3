// Household sizes (persons, consumption units, CAF parts) and the text codes and French labels
// of the household enums.
#include "core/household.hpp"

#include "core/enum_codes.hpp"
#include "core/messages.hpp"

#include <algorithm>

namespace cabas::core {

using detail::code_of;
using detail::label_in_language;
using detail::parse_code;

int consumption_units_tenths(const std::vector<Member>& members, Date on) {
    if (members.empty()) return 0;
    // The "first adult" is the eldest member: which adult takes the 1,0 does not change the sum,
    // and taking the eldest also covers a household of minors only (the eldest still gets 1,0,
    // as INSEE does for a household's reference person).
    auto eldest = std::min_element(members.begin(), members.end(),
                                   [](const Member& a, const Member& b) { return a.birth_date < b.birth_date; });
    int tenths = 10;
    for (auto it = members.begin(); it != members.end(); ++it) {
        if (it == eldest) continue;
        tenths += age_at(it->birth_date, on) >= 14 ? 5 : 3;
    }
    return tenths;
}

int caf_parts_halves(const std::vector<Member>& members) {
    // Parents count 2 parts whether one or two: the CAF convention (docs/design/domain.md §1.3),
    // unlike the income-tax rule that gives a single parent an extra half part.
    int halves = 4;
    int children = 0;
    for (const auto& m : members) {
        if (m.relationship != Relationship::Child) continue;
        ++children;
        halves += children == 3 ? 2 : 1;
        if (m.disabled) ++halves;
    }
    return halves;
}

int count_younger_than(const std::vector<Member>& members, Date on, int age) {
    return static_cast<int>(std::count_if(members.begin(), members.end(),
                                          [&](const Member& m) { return age_at(m.birth_date, on) < age; }));
}

namespace {

constexpr std::array<std::pair<Sex, const char*>, 3> sex_codes{{
    {Sex::Female, "f"}, {Sex::Male, "m"}, {Sex::Unspecified, "x"}}};

constexpr std::array<std::pair<Relationship, const char*>, 5> relationship_codes{{
    {Relationship::Applicant, "demandeur"}, {Relationship::Spouse, "conjoint"}, {Relationship::Child, "enfant"},
    {Relationship::OtherRelative, "parent"}, {Relationship::Other, "autre"}}};

constexpr std::array<std::pair<HouseholdType, const char*>, 5> household_type_codes{{
    {HouseholdType::Single, "seul"}, {HouseholdType::Couple, "couple"},
    {HouseholdType::CoupleWithChildren, "couple_enfants"}, {HouseholdType::SingleParent, "monoparental"},
    {HouseholdType::Other, "autre"}}};

constexpr std::array<std::pair<MainResource, const char*>, 9> main_resource_codes{{
    {MainResource::Wages, "salaire"}, {MainResource::Unemployment, "chomage"}, {MainResource::Rsa, "rsa"},
    {MainResource::Aah, "aah"}, {MainResource::Pension, "retraite"},
    {MainResource::FamilyBenefitsOnly, "prestations_familiales"}, {MainResource::StudentGrant, "bourse"},
    {MainResource::None, "aucune"}, {MainResource::Other, "autre"}}};

constexpr std::array<std::pair<Housing, const char*>, 7> housing_codes{{
    {Housing::Tenant, "locataire"}, {Housing::SocialTenant, "locataire_social"}, {Housing::Owner, "proprietaire"},
    {Housing::Hosted, "heberge"}, {Housing::Emergency, "hebergement_urgence"}, {Housing::Homeless, "sans_domicile"},
    {Housing::Other, "autre"}}};

constexpr std::array<std::pair<ResourceKind, const char*>, 12> resource_codes{{
    {ResourceKind::Wages, "salaire"}, {ResourceKind::Unemployment, "chomage"},
    {ResourceKind::DailyAllowance, "indemnites_journalieres"}, {ResourceKind::Rsa, "rsa"},
    {ResourceKind::ActivityBonus, "prime_activite"}, {ResourceKind::Aah, "aah"},
    {ResourceKind::Pension, "retraite"}, {ResourceKind::FamilyBenefits, "prestations_familiales"},
    {ResourceKind::HousingBenefit, "aide_logement"}, {ResourceKind::MaintenanceReceived, "pension_alimentaire_recue"},
    {ResourceKind::StudentGrant, "bourse"}, {ResourceKind::Other, "autre"}}};

constexpr std::array<std::pair<ResourceKind, const char*>, 12> resource_labels{{
    {ResourceKind::Wages, to_translate("Salaire")}, {ResourceKind::Unemployment, to_translate("Allocation chômage (ARE, ASS)")},
    {ResourceKind::DailyAllowance, to_translate("Indemnités journalières")}, {ResourceKind::Rsa, to_translate("RSA")},
    {ResourceKind::ActivityBonus, to_translate("Prime d'activité")}, {ResourceKind::Aah, to_translate("AAH")},
    {ResourceKind::Pension, to_translate("Retraite, pension, ASPA")}, {ResourceKind::FamilyBenefits, to_translate("Prestations familiales")},
    {ResourceKind::HousingBenefit, to_translate("Aide au logement")}, {ResourceKind::MaintenanceReceived, to_translate("Pension alimentaire reçue")},
    {ResourceKind::StudentGrant, to_translate("Bourse d'études")}, {ResourceKind::Other, to_translate("Autre ressource")}}};

constexpr std::array<std::pair<ChargeKind, const char*>, 15> charge_codes{{
    {ChargeKind::Rent, "loyer"}, {ChargeKind::ServiceCharges, "charges_locatives"}, {ChargeKind::Energy, "energie"},
    {ChargeKind::Water, "eau"}, {ChargeKind::HomeInsurance, "assurance_habitation"},
    {ChargeKind::HealthInsurance, "mutuelle"}, {ChargeKind::Childcare, "garde_enfants"},
    {ChargeKind::MaintenancePaid, "pension_alimentaire_versee"}, {ChargeKind::DebtPlan, "plan_apurement"},
    {ChargeKind::Transport, "transport"}, {ChargeKind::PhoneInternet, "telephone_internet"},
    {ChargeKind::ConsumerLoan, "credit_conso"}, {ChargeKind::VehicleInsurance, "assurance_vehicule"},
    {ChargeKind::IncomeTax, "impots"}, {ChargeKind::Other, "autre"}}};

constexpr std::array<std::pair<ChargeKind, const char*>, 15> charge_labels{{
    {ChargeKind::Rent, to_translate("Loyer")}, {ChargeKind::ServiceCharges, to_translate("Charges locatives")},
    {ChargeKind::Energy, to_translate("Énergie (électricité, gaz)")}, {ChargeKind::Water, to_translate("Eau")},
    {ChargeKind::HomeInsurance, to_translate("Assurance habitation")}, {ChargeKind::HealthInsurance, to_translate("Mutuelle")},
    {ChargeKind::Childcare, to_translate("Frais de garde")}, {ChargeKind::MaintenancePaid, to_translate("Pension alimentaire versée")},
    {ChargeKind::DebtPlan, to_translate("Plan d'apurement, surendettement")}, {ChargeKind::Transport, to_translate("Transport")},
    {ChargeKind::PhoneInternet, to_translate("Téléphone, internet")}, {ChargeKind::ConsumerLoan, to_translate("Crédit à la consommation")},
    {ChargeKind::VehicleInsurance, to_translate("Assurance véhicule")}, {ChargeKind::IncomeTax, to_translate("Impôts")},
    {ChargeKind::Other, to_translate("Autre charge")}}};

} // namespace

std::string to_code(Sex v) { return code_of(sex_codes, v); }
std::string to_code(Relationship v) { return code_of(relationship_codes, v); }
std::string to_code(HouseholdType v) { return code_of(household_type_codes, v); }
std::string to_code(MainResource v) { return code_of(main_resource_codes, v); }
std::string to_code(Housing v) { return code_of(housing_codes, v); }
std::string to_code(ResourceKind v) { return code_of(resource_codes, v); }
std::string to_code(ChargeKind v) { return code_of(charge_codes, v); }
std::string label_of(ResourceKind v) { return label_in_language(resource_labels, v); }
std::string label_of(ChargeKind v) { return label_in_language(charge_labels, v); }

std::optional<Sex> sex_from_code(std::string_view s) { return parse_code(sex_codes, s); }
std::optional<Relationship> relationship_from_code(std::string_view s) { return parse_code(relationship_codes, s); }
std::optional<HouseholdType> household_type_from_code(std::string_view s) { return parse_code(household_type_codes, s); }
std::optional<MainResource> main_resource_from_code(std::string_view s) { return parse_code(main_resource_codes, s); }
std::optional<Housing> housing_from_code(std::string_view s) { return parse_code(housing_codes, s); }
std::optional<ResourceKind> resource_kind_from_code(std::string_view s) { return parse_code(resource_codes, s); }
std::optional<ChargeKind> charge_kind_from_code(std::string_view s) { return parse_code(charge_codes, s); }

const std::vector<ResourceKind>& all_resource_kinds() {
    static const std::vector<ResourceKind> kinds = [] {
        std::vector<ResourceKind> v;
        for (const auto& [k, code] : resource_codes) v.push_back(k);
        return v;
    }();
    return kinds;
}

const std::vector<ChargeKind>& all_charge_kinds() {
    static const std::vector<ChargeKind> kinds = [] {
        std::vector<ChargeKind> v;
        for (const auto& [k, code] : charge_codes) v.push_back(k);
        return v;
    }();
    return kinds;
}

} // namespace cabas::core
