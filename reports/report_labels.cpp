// French labels for report categories. One table per enum keeps label and order together.
#include "reports/report_labels.hpp"

#include "core/access.hpp"
#include "core/pricing.hpp"

#include <array>
#include <utility>

namespace cabas::reports {

namespace {

template <class E, std::size_t N>
std::string find(const std::array<std::pair<E, const char*>, N>& table, E v) {
    for (const auto& [e, label] : table)
        if (e == v) return label;
    return "Autre";
}

template <class E, std::size_t N>
std::vector<std::string> all(const std::array<std::pair<E, const char*>, N>& table) {
    std::vector<std::string> out;
    for (const auto& entry : table) out.push_back(entry.second);
    return out;
}

using core::HouseholdType;
using core::Housing;
using core::MainResource;
using core::ProjectType;
using core::Sex;

constexpr std::array<std::pair<HouseholdType, const char*>, 5> kTypes{{
    {HouseholdType::Single, "Personne seule"}, {HouseholdType::Couple, "Couple sans enfant"},
    {HouseholdType::CoupleWithChildren, "Couple avec enfants"}, {HouseholdType::SingleParent, "Famille monoparentale"},
    {HouseholdType::Other, "Autre"}}};
constexpr std::array<std::pair<Housing, const char*>, 7> kHousing{{
    {Housing::Tenant, "Locataire (parc privé)"}, {Housing::SocialTenant, "Locataire (parc social)"},
    {Housing::Owner, "Propriétaire"}, {Housing::Hosted, "Hébergé(e) par un tiers"},
    {Housing::Emergency, "Hébergement d'urgence"}, {Housing::Homeless, "Sans domicile"}, {Housing::Other, "Autre"}}};
constexpr std::array<std::pair<MainResource, const char*>, 9> kResources{{
    {MainResource::Wages, "Salaire"}, {MainResource::Unemployment, "ARE / ASS"}, {MainResource::Rsa, "RSA"},
    {MainResource::Aah, "AAH"}, {MainResource::Pension, "Retraite / ASPA"},
    {MainResource::FamilyBenefitsOnly, "Prestations familiales seules"}, {MainResource::StudentGrant, "Bourse d'études"},
    {MainResource::None, "Aucune ressource"}, {MainResource::Other, "Autre"}}};
constexpr std::array<std::pair<Sex, const char*>, 3> kSexes{
    {{Sex::Female, "Femmes"}, {Sex::Male, "Hommes"}, {Sex::Unspecified, "Non précisé"}}};
constexpr std::array<std::pair<ProjectType, const char*>, 8> kProjects{{
    {ProjectType::Housing, "Logement"}, {ProjectType::Energy, "Énergie"}, {ProjectType::Childhood, "Enfance"},
    {ProjectType::Health, "Santé"}, {ProjectType::Debt, "Dettes"}, {ProjectType::Equipment, "Équipement"},
    {ProjectType::DrivingLicence, "Permis de conduire"}, {ProjectType::Other, "Autre"}}};

} // namespace

std::string label_of(HouseholdType v) { return find(kTypes, v); }
std::string label_of(Housing v) { return find(kHousing, v); }
std::string label_of(MainResource v) { return find(kResources, v); }
std::string label_of(Sex v) { return find(kSexes, v); }
std::string label_of(ProjectType v) { return find(kProjects, v); }

std::string payment_label(const std::string& code) {
    if (code == "cash") return "Espèces";
    if (code == "card") return "Carte bancaire";
    if (code == "cheque") return "Chèque";
    if (code == "free") return "Gratuit";
    return code;
}

std::string origin_label(const std::string& code) {
    if (code.empty()) return "Sans lot";
    if (auto o = core::origin_from_code(code)) return core::label_of(*o);
    return code;
}

std::string decision_label(const std::string& code) {
    if (code == "accepted") return "Accepté";
    if (code == "refused") return "Refusé";
    if (code == "postponed") return "Ajourné";
    if (code == "derogation") return "Dérogation";
    return code;
}

std::vector<std::string> household_type_labels() { return all(kTypes); }
std::vector<std::string> housing_labels() { return all(kHousing); }
std::vector<std::string> main_resource_labels() { return all(kResources); }
std::vector<std::string> sex_labels() { return all(kSexes); }
std::vector<std::string> project_labels() {
    auto out = all(kProjects);
    out.push_back("Sans projet");
    return out;
}
std::vector<std::string> exit_labels() {
    std::vector<std::string> out;
    for (auto r : {core::ExitReason::EndOfRights, core::ExitReason::GoalReached, core::ExitReason::Moved,
                   core::ExitReason::Reoriented, core::ExitReason::Exclusion, core::ExitReason::DroppedOut})
        out.push_back(core::label_of(r));
    return out;
}
std::vector<std::string> decision_labels() { return {"Accepté", "Refusé", "Ajourné", "Dérogation"}; }
std::vector<std::string> age_band_labels() {
    return {"0–2 ans", "3–13 ans", "14–17 ans", "18–29 ans", "30–64 ans", "65 ans et plus"};
}
std::vector<std::string> size_labels() { return {"1 personne", "2 personnes", "3 personnes", "4 personnes", "5 personnes", "6 personnes et plus"}; }
std::vector<std::string> rav_band_labels() {
    return {"moins de 2,00 €", "2,00–4,99 €", "5,00–7,99 €", "8,00–10,00 €", "10,01–12,00 €", "plus de 12,00 €",
            "Non calculable"};
}

std::string rav_band_label(core::Money rav) {
    const auto c = rav.cents();
    const auto labels = rav_band_labels();
    if (c < 200) return labels[0];
    if (c < 500) return labels[1];
    if (c < 800) return labels[2];
    if (c <= 1000) return labels[3];
    if (c <= 1200) return labels[4];
    return labels[5];
}

std::string age_band_label(int age) {
    const auto labels = age_band_labels();
    if (age <= 2) return labels[0];
    if (age <= 13) return labels[1];
    if (age <= 17) return labels[2];
    if (age <= 29) return labels[3];
    if (age <= 64) return labels[4];
    return labels[5];
}

} // namespace cabas::reports
