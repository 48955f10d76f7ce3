// Household services test support: a real database, a fixed day, counting card serials, one
// logged user per role, and the worked-check household of docs/design/domain.md §1.
#pragma once

#include "service_fixtures.hpp"

#include "services/card_service.hpp"
#include "services/clock.hpp"
#include "services/households/household_service.hpp"

#include <memory>

namespace cabas::services::testing {

inline const core::Date kHouseholdDay = core::Date::from_ymd(2026, 11, 23);

class CountingSerials final : public SerialSource {
public:
    std::uint64_t next_serial(std::uint64_t) override { return ++m_next; }

private:
    std::uint64_t m_next = 7000;
};

inline services::LoggedUser user_with(core::Role role) {
    switch (role) {
    case core::Role::Volunteer: return {1, "marie", "Marie", role};
    case core::Role::Manager: return {2, "paul", "Paul", role};
    case core::Role::SocialWorker: return {3, "sophie", "Sophie", role};
    case core::Role::Admin: return {4, "admin", "Admin", role};
    }
    return {};
}

/// The couple with two children (6 and 15 on the day) of the worked check: 9,29 €/person/day
/// with the default charges. No referrer's social worker name ever reaches the commission.
inline core::HouseholdFile worked_check_file(const std::string& number = "D-2026-0100") {
    core::HouseholdFile f;
    f.file_number = number;
    f.pseudonym = "";
    auto& c = f.composition;
    c.type = core::HouseholdType::CoupleWithChildren;
    c.members = {
        {"Karim", "Benali", core::Date::from_ymd(1985, 3, 1), core::Sex::Male, core::Relationship::Applicant, false},
        {"Nadia", "Benali", core::Date::from_ymd(1987, 7, 9), core::Sex::Female, core::Relationship::Spouse, false},
        {"Yanis", "Benali", core::Date::from_ymd(2020, 5, 4), core::Sex::Male, core::Relationship::Child, false},
        {"Lina", "Benali", core::Date::from_ymd(2011, 2, 14), core::Sex::Female, core::Relationship::Child, false}};
    c.resources = {{core::ResourceKind::Wages, core::Money::from_euros(1400), ""},
                   {core::ResourceKind::ActivityBonus, core::Money::from_euros(250), ""},
                   {core::ResourceKind::FamilyBenefits, core::Money::from_euros(150), ""},
                   {core::ResourceKind::HousingBenefit, core::Money::from_euros(300), ""}};
    c.charges = {{core::ChargeKind::Rent, core::Money::from_euros(750), ""},
                 {core::ChargeKind::Energy, core::Money::from_euros(120), ""},
                 {core::ChargeKind::Water, core::Money::from_euros(35), ""},
                 {core::ChargeKind::HomeInsurance, core::Money::from_euros(20), ""},
                 {core::ChargeKind::HealthInsurance, core::Money::from_euros(60), ""},
                 {core::ChargeKind::ConsumerLoan, core::Money::from_euros(80), ""}};
    f.neighbourhood = "Bel-Air";
    f.address = "12 rue des Lilas";
    f.housing = core::Housing::SocialTenant;
    f.main_resource = core::MainResource::Wages;
    f.referrer = core::Referrer{0, "CCAS de Montreuil", "Mme Durand", "ccas"};
    f.referral = core::Referral{kHouseholdDay.plus_days(-10), "CCAS de Montreuil — Mme Durand", "Perte d'emploi"};
    f.project = core::Project{core::ProjectType::Debt, "Dette d'énergie", core::Money::from_euros(800)};
    f.notes = "Difficultés depuis la perte d'emploi de Mme.";
    return f;
}

/// Number of access-log entries of `store` with `action`.
inline int logged_count(storage::Store& store, const std::string& action) {
    storage::AccessLogFilter all;
    all.limit = -1;
    int n = 0;
    for (const auto& e : store.access_log().list(all)) n += e.action == action ? 1 : 0;
    return n;
}

/// A database with the default barème and services for each role on kHouseholdDay.
struct HouseholdWorld {
    TempStore store;
    FixedClock clock{kHouseholdDay};
    CountingSerials serials;

    households::HouseholdService as(core::Role role) {
        return households::HouseholdService(*store, clock, user_with(role), serials);
    }
    /// A referred file, stored by a social worker; returns its id.
    std::int64_t referral(const std::string& number = "D-2026-0100") {
        return as(core::Role::SocialWorker).create(worked_check_file(number));
    }
    /// A referred file accepted today for three months, with a card.
    std::int64_t accepted(const std::string& number = "D-2026-0100") {
        const auto id = referral(number);
        households::DecisionRequest d;
        d.decision = core::Decision::Accepted;
        d.issue_card = true;
        as(core::Role::SocialWorker).decide(id, d);
        return id;
    }
    /// Number of access-log entries with `action`.
    int logged(const std::string& action) { return logged_count(*store, action); }
};

} // namespace cabas::services::testing
