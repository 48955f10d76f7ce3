// Demo household generation. Amounts are drawn in plausible 2026 ranges for the main resource
// so that eligibility outcomes spread over every band.
#include "services/demo/demo_households.hpp"

#include "services/demo/demo_people.hpp"

#include <algorithm>
#include <cstdio>

namespace cabas::services::demo {

using core::Money;

const std::vector<std::pair<DemoState, int>>& demo_state_plan() {
    static const std::vector<std::pair<DemoState, int>> plan = {
        {DemoState::Active, 60},         {DemoState::Expiring, 12},       {DemoState::Expired, 15},
        {DemoState::WaitingPeriod, 8},   {DemoState::Suspended, 6},       {DemoState::NotYetValid, 4},
        {DemoState::Pending, 8},         {DemoState::Exited, 5},          {DemoState::RevokedReplaced, 4},
        {DemoState::RevokedPending, 2},  {DemoState::Renewed, 6},
    };
    return plan;
}

namespace {

core::Member person(DemoRandom& rng, core::Date today, int min_age, int max_age, core::Sex sex, core::Relationship rel,
                    const std::string& last_name) {
    core::Member m;
    m.sex = sex;
    m.relationship = rel;
    m.first_name = sex == core::Sex::Female ? rng.pick(female_first_names()) : rng.pick(male_first_names());
    m.last_name = last_name;
    int age = static_cast<int>(rng.between(min_age, max_age));
    m.birth_date = today.plus_months(-12 * age - static_cast<int>(rng.between(1, 11))).plus_days(-static_cast<int>(rng.between(0, 27)));
    return m;
}

core::Sex any_sex(DemoRandom& rng) { return rng.chance(50) ? core::Sex::Female : core::Sex::Male; }

void add_children(core::HouseholdFile& f, DemoRandom& rng, core::Date today, int count, const std::string& last) {
    for (int c = 0; c < count; ++c) {
        core::Member child = person(rng, today, 0, 17, any_sex(rng), core::Relationship::Child, last);
        child.disabled = rng.chance(4);
        f.composition.members.push_back(child);
    }
}

void add_resource(core::HouseholdFile& f, core::ResourceKind kind, std::int64_t low, std::int64_t high, DemoRandom& rng) {
    f.composition.resources.push_back({kind, Money::from_euros(rng.between(low, high)), ""});
}

void add_main_resources(core::HouseholdFile& f, DemoRandom& rng) {
    using K = core::ResourceKind;
    switch (f.main_resource) {
    case core::MainResource::Wages: add_resource(f, K::Wages, 800, 1500, rng); add_resource(f, K::ActivityBonus, 80, 250, rng); break;
    case core::MainResource::Unemployment: add_resource(f, K::Unemployment, 650, 1100, rng); break;
    case core::MainResource::Rsa: add_resource(f, K::Rsa, 570, 980, rng); break;
    case core::MainResource::Aah: add_resource(f, K::Aah, 900, 1016, rng); break;
    case core::MainResource::Pension: add_resource(f, K::Pension, 750, 1100, rng); break;
    case core::MainResource::FamilyBenefitsOnly: add_resource(f, K::FamilyBenefits, 250, 700, rng); break;
    case core::MainResource::StudentGrant: add_resource(f, K::StudentGrant, 300, 600, rng); break;
    case core::MainResource::Other: add_resource(f, K::MaintenanceReceived, 150, 450, rng); break;
    case core::MainResource::None: break;
    }
}

void add_charges(core::HouseholdFile& f, DemoRandom& rng) {
    using K = core::ChargeKind;
    auto charge = [&](K kind, std::int64_t low, std::int64_t high) {
        f.composition.charges.push_back({kind, Money::from_euros(rng.between(low, high)), ""});
    };
    const bool pays_rent = f.housing == core::Housing::Tenant || f.housing == core::Housing::SocialTenant;
    if (pays_rent) {
        charge(K::Rent, f.housing == core::Housing::SocialTenant ? 320 : 480, f.housing == core::Housing::SocialTenant ? 560 : 780);
        charge(K::ServiceCharges, 30, 90);
        f.composition.resources.push_back({core::ResourceKind::HousingBenefit, Money::from_euros(rng.between(120, 330)), ""});
    }
    if (f.housing != core::Housing::Homeless && f.housing != core::Housing::Emergency) {
        charge(K::Energy, 50, 150);
        charge(K::Water, 15, 45);
        charge(K::HomeInsurance, 10, 25);
    }
    charge(K::HealthInsurance, 0, 70);
    if (rng.chance(20)) charge(K::ConsumerLoan, 40, 150);
    if (rng.chance(15)) charge(K::DebtPlan, 30, 120);
    if (rng.chance(30)) charge(K::PhoneInternet, 15, 40);
}

} // namespace

core::HouseholdFile make_demo_household(int index, DemoRandom& rng, core::Date today) {
    static const core::HouseholdType types[] = {core::HouseholdType::Single, core::HouseholdType::SingleParent,
                                                core::HouseholdType::CoupleWithChildren, core::HouseholdType::Couple,
                                                core::HouseholdType::Other};
    static const core::MainResource resources[] = {
        core::MainResource::Rsa, core::MainResource::Wages, core::MainResource::Unemployment, core::MainResource::Aah,
        core::MainResource::Pension, core::MainResource::FamilyBenefitsOnly, core::MainResource::StudentGrant,
        core::MainResource::None, core::MainResource::Other};
    static const core::Housing housings[] = {core::Housing::SocialTenant, core::Housing::Tenant, core::Housing::Hosted,
                                             core::Housing::SocialTenant, core::Housing::Emergency, core::Housing::Owner,
                                             core::Housing::Homeless, core::Housing::Tenant, core::Housing::Other};
    static const core::ProjectType projects[] = {core::ProjectType::Energy, core::ProjectType::Housing,
                                                 core::ProjectType::Debt, core::ProjectType::Health,
                                                 core::ProjectType::Equipment, core::ProjectType::DrivingLicence,
                                                 core::ProjectType::Childhood, core::ProjectType::Other};
    core::HouseholdFile f;
    char number[32];
    std::snprintf(number, sizeof number, "D-%04d-%04d", today.year(), index + 1);
    f.file_number = number;
    f.composition.type = types[index % 5];
    f.main_resource = resources[index % 9];
    f.housing = housings[(index / 2) % 9];
    f.neighbourhood = rng.pick(neighbourhoods());
    f.address = std::to_string(rng.between(1, 120)) + " rue " + rng.pick(std::vector<std::string>{
        "des Lilas", "Jean-Jaurès", "Victor-Hugo", "de la République", "Pasteur", "du Moulin"});
    const std::string last = rng.pick(last_names());
    const bool older = f.main_resource == core::MainResource::Pension;
    const bool student = f.main_resource == core::MainResource::StudentGrant;
    const int min_age = older ? 62 : (student ? 18 : 21), max_age = older ? 88 : (student ? 26 : 60);
    auto& members = f.composition.members;
    switch (f.composition.type) {
    case core::HouseholdType::Single:
        members.push_back(person(rng, today, min_age, max_age, any_sex(rng), core::Relationship::Applicant, last));
        break;
    case core::HouseholdType::SingleParent:
        members.push_back(person(rng, today, 20, 50, rng.chance(85) ? core::Sex::Female : core::Sex::Male,
                                 core::Relationship::Applicant, last));
        add_children(f, rng, today, static_cast<int>(rng.between(1, 3)), last);
        break;
    case core::HouseholdType::CoupleWithChildren:
        members.push_back(person(rng, today, 24, 50, core::Sex::Female, core::Relationship::Applicant, last));
        members.push_back(person(rng, today, 24, 55, core::Sex::Male, core::Relationship::Spouse, last));
        add_children(f, rng, today, static_cast<int>(rng.between(1, 4)), last);
        break;
    case core::HouseholdType::Couple:
        members.push_back(person(rng, today, min_age, max_age, core::Sex::Male, core::Relationship::Applicant, last));
        members.push_back(person(rng, today, min_age, max_age, core::Sex::Female, core::Relationship::Spouse, last));
        break;
    case core::HouseholdType::Other:
        members.push_back(person(rng, today, 25, 55, any_sex(rng), core::Relationship::Applicant, last));
        members.push_back(person(rng, today, 65, 85, core::Sex::Female, core::Relationship::OtherRelative, last));
        if (rng.chance(50)) add_children(f, rng, today, 1, last);
        break;
    }
    if (rng.chance(10)) f.pseudonym = "Client " + std::to_string(100 + index);
    add_main_resources(f, rng);
    if (members.size() > 2 || f.composition.type == core::HouseholdType::SingleParent)
        add_resource(f, core::ResourceKind::FamilyBenefits, 140, 420, rng);
    add_charges(f, rng);
    const auto& ref = demo_referrers()[static_cast<std::size_t>(rng.between(0, static_cast<std::int64_t>(demo_referrers().size()) - 1))];
    f.referrer = core::Referrer{0, ref.organisation, ref.social_worker, ref.kind};
    f.project = core::Project{projects[index % 8], "", Money::from_euros(rng.between(2, 30) * 50)};
    f.fse.disability = rng.chance(8);
    f.fse.homeless = f.housing == core::Housing::Homeless;
    f.fse.nationality = rng.chance(70) ? core::NationalityClass::French
                        : rng.chance(50) ? core::NationalityClass::ThirdCountry : core::NationalityClass::EuropeanUnion;
    f.notes = "Dossier de démonstration.";
    return f;
}

core::Referral make_demo_referral(int index, const core::HouseholdFile& file, core::Date first_decision,
                                  core::Date today) {
    static const char* const reasons[] = {"Rupture de ressources", "Dettes de loyer", "Séparation",
                                          "Perte d'emploi", "Arrivée dans la commune", "", "Facture d'énergie"};
    core::Referral r;
    r.on = std::min(today, first_decision.plus_days(-(3 + (index * 7) % 19)));
    r.referred_by = file.referrer ? file.referrer->organisation + " — " + file.referrer->social_worker
                                  : std::string("non renseigné");
    r.reason = reasons[index % 7];
    return r;
}

std::vector<core::AccessPeriod> make_demo_periods(DemoState state, DemoRandom& rng, core::Date today) {
    auto period = [](core::Date start, int months, bool renewal) {
        core::AccessPeriod p;
        p.start = start;
        p.end = core::period_end(start, months);
        p.renewal = renewal;
        return p;
    };
    auto days = [&](int low, int high) { return static_cast<std::int32_t>(rng.between(low, high)); };
    std::vector<core::AccessPeriod> periods;
    switch (state) {
    case DemoState::Active:
    case DemoState::RevokedReplaced:
    case DemoState::RevokedPending:
        periods.push_back(period(today.plus_days(-days(0, 70)), 3, false));
        break;
    case DemoState::Expiring:
        periods.push_back(period(today.plus_months(-3).plus_days(days(2, 12)), 3, false));
        break;
    case DemoState::Expired: {
        core::Date end = today.plus_days(-days(5, 60));
        periods.push_back(period(end.plus_days(1).plus_months(-3), 3, false));
        break;
    }
    case DemoState::WaitingPeriod: {
        core::Date start = today.plus_days(-days(5, 60)).plus_days(1).plus_months(-12);
        for (int i = 0; i < 4; ++i) periods.push_back(period(start.plus_months(3 * i), 3, i > 0));
        break;
    }
    case DemoState::Suspended: {
        auto p = period(today.plus_days(-days(20, 60)), 3, false);
        p.suspensions.push_back({today.plus_days(-days(1, 10)), std::nullopt, "Absences répétées sans nouvelles"});
        periods.push_back(p);
        break;
    }
    case DemoState::NotYetValid:
        periods.push_back(period(today.plus_days(days(3, 14)), 3, false));
        break;
    case DemoState::Pending:
        break;
    case DemoState::Exited: {
        static const core::ExitReason reasons[] = {core::ExitReason::GoalReached, core::ExitReason::Moved,
                                                   core::ExitReason::Reoriented, core::ExitReason::DroppedOut,
                                                   core::ExitReason::EndOfRights};
        auto p = period(today.plus_days(-days(40, 80)), 3, false);
        p.exit = core::PeriodExit{today.plus_days(-days(3, 30)), reasons[rng.between(0, 4)], ""};
        periods.push_back(p);
        break;
    }
    case DemoState::Renewed: {
        core::Date start = today.plus_days(-days(95, 150));
        periods.push_back(period(start, 3, false));
        periods.push_back(period(core::period_end(start, 3).plus_days(1), 3, true));
        break;
    }
    }
    return periods;
}

} // namespace cabas::services::demo
