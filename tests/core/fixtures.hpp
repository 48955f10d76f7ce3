// Small builders shared by the core tests: dates, amounts and the worked-example household of
// docs/design/domain.md §1, so every test reads as the rule it checks.
#pragma once

#include "core/bareme.hpp"
#include "core/date.hpp"
#include "core/household.hpp"
#include "core/money.hpp"

#include <string>

namespace cabas::test {

using namespace cabas::core;

inline Date d(const char* iso) { return parse_date(iso); }
inline Money eur(std::int64_t euros, std::int64_t cents = 0) { return Money::from_cents(euros * 100 + cents); }
inline Money cents(std::int64_t c) { return Money::from_cents(c); }

inline Member member(Relationship rel, const char* birth, std::string first_name = "X", bool disabled = false) {
    Member m;
    m.first_name = std::move(first_name);
    m.relationship = rel;
    m.birth_date = d(birth);
    m.disabled = disabled;
    return m;
}

/// Date of the computation in the worked example: the children are 6 and 15 on it.
inline Date worked_example_date() { return d("2026-03-01"); }

/// docs/design/domain.md §1 worked check: couple + 2 children aged 6 and 15, resources 2 100 €,
/// charges 1 065 € of which 80 € consumer loan.
inline HouseholdComposition worked_example() {
    HouseholdComposition h;
    h.type = HouseholdType::CoupleWithChildren;
    h.members = {member(Relationship::Applicant, "1985-05-10", "Samia"), member(Relationship::Spouse, "1983-09-01"),
                 member(Relationship::Child, "2019-06-01"), member(Relationship::Child, "2010-06-01")};
    h.resources = {{ResourceKind::Wages, eur(1400), ""},
                   {ResourceKind::ActivityBonus, eur(250), ""},
                   {ResourceKind::FamilyBenefits, eur(150), ""},
                   {ResourceKind::HousingBenefit, eur(300), ""}};
    h.charges = {{ChargeKind::Rent, eur(750), ""},          {ChargeKind::Energy, eur(120), ""},
                 {ChargeKind::Water, eur(35), ""},          {ChargeKind::HomeInsurance, eur(20), ""},
                 {ChargeKind::HealthInsurance, eur(60), ""}, {ChargeKind::ConsumerLoan, eur(80), ""}};
    return h;
}

/// `persons` adults whose reste à vivre is exactly `rav`: one resource line, or a rent alone
/// when `rav` is negative.
inline HouseholdComposition adults_with_rav(int persons, Money rav) {
    HouseholdComposition h;
    h.type = persons == 1 ? HouseholdType::Single : HouseholdType::Other;
    for (int i = 0; i < persons; ++i)
        h.members.push_back(member(i == 0 ? Relationship::Applicant : Relationship::OtherRelative, "1970-01-01"));
    if (rav.is_negative())
        h.charges = {{ChargeKind::Rent, -rav, ""}};
    else
        h.resources = {{ResourceKind::Other, rav, ""}};
    return h;
}

} // namespace cabas::test
