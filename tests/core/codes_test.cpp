// Stable text codes of every enum: round trip, case-insensitive parsing, lowercase ASCII,
// uniqueness; and a few French labels that must keep their accents.
#include "fixtures.hpp"

#include "core/access.hpp"
#include "core/card_check.hpp"
#include "core/credit.hpp"
#include "core/eligibility.hpp"
#include "core/household_file.hpp"
#include "core/pricing.hpp"
#include "core/product.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace cabas::test;

namespace {

std::string upper(std::string s) {
    for (auto& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return s;
}

bool plain_code(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

/// Every value from 0 to `count - 1`: to_code, parse back (also in upper case), unique codes.
template <typename E, typename Parse>
void check_codes(int count, Parse parse) {
    std::set<std::string> seen;
    for (int i = 0; i < count; ++i) {
        const auto value = static_cast<E>(i);
        const std::string code = to_code(value);
        CAPTURE(code);
        CHECK(plain_code(code));
        CHECK(seen.insert(code).second);
        CHECK(parse(code) == std::optional<E>(value));
        CHECK(parse(upper(code)) == std::optional<E>(value));
    }
    CHECK_FALSE(parse("pas_un_code").has_value());
    CHECK_FALSE(parse("").has_value());
}

/// For enums that are only written (outcomes, refusals): codes are plain and unique.
template <typename E>
void check_unique_codes(int count) {
    std::set<std::string> seen;
    for (int i = 0; i < count; ++i) {
        const std::string code = to_code(static_cast<E>(i));
        CAPTURE(code);
        CHECK(plain_code(code));
        CHECK(seen.insert(code).second);
        CHECK_FALSE(label_of(static_cast<E>(i)).empty());
    }
}

} // namespace

TEST_CASE("every household enum has a stable code parsed back case-insensitively", "[codes]") {
    check_codes<Sex>(3, sex_from_code);
    check_codes<Relationship>(5, relationship_from_code);
    check_codes<HouseholdType>(5, household_type_from_code);
    check_codes<MainResource>(9, main_resource_from_code);
    check_codes<Housing>(7, housing_from_code);
    check_codes<ResourceKind>(12, resource_kind_from_code);
    check_codes<ChargeKind>(15, charge_kind_from_code);
    check_codes<ProjectType>(8, project_type_from_code);
    check_codes<NationalityClass>(4, nationality_from_code);
}

TEST_CASE("every rule enum has a stable code parsed back case-insensitively", "[codes]") {
    check_codes<EligibilityMode>(4, eligibility_mode_from_code);
    check_codes<HousingBenefitMode>(2, housing_benefit_mode_from_code);
    check_codes<RatePolicy>(3, rate_policy_from_code);
    check_codes<ExitReason>(6, exit_reason_from_code);
    check_codes<Origin>(6, origin_from_code);
    check_codes<SaleUnit>(2, sale_unit_from_code);
}

TEST_CASE("codes agreed with storage do not change", "[codes]") {
    CHECK(to_code(Sex::Unspecified) == "x");
    CHECK(to_code(Relationship::OtherRelative) == "parent");
    CHECK(to_code(HouseholdType::CoupleWithChildren) == "couple_enfants");
    CHECK(to_code(MainResource::FamilyBenefitsOnly) == "prestations_familiales");
    CHECK(to_code(Housing::Emergency) == "hebergement_urgence");
    CHECK(to_code(ResourceKind::MaintenanceReceived) == "pension_alimentaire_recue");
    CHECK(to_code(ChargeKind::DebtPlan) == "plan_apurement");
    CHECK(to_code(ChargeKind::ConsumerLoan) == "credit_conso");
    CHECK(to_code(Origin::SupermarketPickup) == "ramasse");
    CHECK(to_code(Origin::FsePlus) == "fse");
    CHECK(to_code(ExitReason::DroppedOut) == "abandon");
    CHECK(to_code(EligibilityMode::MonthlyRav) == "rav_mensuel");
    CHECK(all_resource_kinds().size() == 12);
    CHECK(all_charge_kinds().size() == 15);
}

TEST_CASE("outcome, state and refusal enums have distinct codes and French labels", "[codes]") {
    check_unique_codes<EligibilityOutcome>(4);
    check_unique_codes<AccessState>(7);
    check_unique_codes<OpenRefusal>(5);
    check_unique_codes<LineRefusal>(7);
    check_unique_codes<CardRefusal>(11);
    for (int i = 0; i < 5; ++i) CHECK(plain_code(to_code(static_cast<RateSource>(i))));
    CHECK(label_of(ChargeKind::Energy) == "Énergie (électricité, gaz)");
    CHECK(label_of(ResourceKind::ActivityBonus) == "Prime d'activité");
    CHECK(label_of(EligibilityOutcome::Eligible) == "Éligible");
    CHECK(label_of(AccessState::Expired) == "Droits expirés");
    CHECK(label_of(ExitReason::Moved) == "Déménagement");
    CHECK(label_of(Origin::FoodBank) == "Banque Alimentaire");
    CHECK(label_of(LineRefusal::CreditMonthExceeded) == "Crédit du mois dépassé");
}
