// Tests of household files in SQLite: a full round trip, sales codes, referrers shared between
// files, updates, and the all-or-nothing rule when something fails half-way.
#include "test_store.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace cabas;
using namespace cabas::storage;
using cabas::storage::testing::TestStore;
using core::Date;
using core::Money;

namespace {

core::HouseholdFile sample_household(const std::string& file_number = "D-2026-0042") {
    core::HouseholdFile f;
    f.file_number = file_number;
    f.pseudonym = "";
    f.composition.type = core::HouseholdType::CoupleWithChildren;
    f.composition.members = {
        {"Amina", "Benali", Date::from_ymd(1985, 3, 14), core::Sex::Female, core::Relationship::Applicant, false},
        {"Karim", "Benali", Date::from_ymd(1982, 7, 2), core::Sex::Male, core::Relationship::Spouse, false},
        {"Yanis", "Benali", Date::from_ymd(2020, 5, 30), core::Sex::Male, core::Relationship::Child, true},
        {"Sofia", "Benali", Date::from_ymd(2011, 1, 9), core::Sex::Female, core::Relationship::Child, false},
    };
    f.composition.resources = {{core::ResourceKind::Wages, Money::from_euros(1400), "Salaire M."},
                               {core::ResourceKind::ActivityBonus, Money::from_euros(250), ""},
                               {core::ResourceKind::HousingBenefit, Money::from_cents(30050), "APL"}};
    f.composition.charges = {{core::ChargeKind::Rent, Money::from_euros(750), "Loyer HLM"},
                             {core::ChargeKind::ConsumerLoan, Money::from_euros(80), ""}};
    f.composition.attested_qf = Money::from_euros(612);
    f.neighbourhood = "Les Aubiers";
    f.address = "12 rue des Lilas, 33000 Bordeaux";
    f.housing = core::Housing::SocialTenant;
    f.main_resource = core::MainResource::Wages;
    f.referrer = core::Referrer{0, "CCAS de Bordeaux", "Mme Durand", "ccas"};
    f.referral = core::Referral{Date::from_ymd(2026, 3, 2), "CCAS de Bordeaux — Mme Durand", "Rupture de ressources"};
    f.project = core::Project{core::ProjectType::DrivingLicence, "Permis B pour un emploi", Money::from_euros(1200)};
    f.fse = {true, core::NationalityClass::ThirdCountry, false};
    f.commission_rate = core::Rate{2000};
    f.notes = "Suivi budgétaire en cours.";
    return f;
}

void require_same(const core::HouseholdFile& a, const core::HouseholdFile& b) {
    CHECK(a.file_number == b.file_number);
    CHECK(a.pseudonym == b.pseudonym);
    CHECK(a.composition.type == b.composition.type);
    REQUIRE(a.composition.members.size() == b.composition.members.size());
    for (std::size_t i = 0; i < a.composition.members.size(); ++i) {
        const auto &x = a.composition.members[i], &y = b.composition.members[i];
        CHECK(x.first_name == y.first_name);
        CHECK(x.last_name == y.last_name);
        CHECK(x.birth_date == y.birth_date);
        CHECK(x.sex == y.sex);
        CHECK(x.relationship == y.relationship);
        CHECK(x.disabled == y.disabled);
    }
    REQUIRE(a.composition.resources.size() == b.composition.resources.size());
    for (std::size_t i = 0; i < a.composition.resources.size(); ++i) {
        CHECK(a.composition.resources[i].kind == b.composition.resources[i].kind);
        CHECK(a.composition.resources[i].monthly == b.composition.resources[i].monthly);
        CHECK(a.composition.resources[i].label == b.composition.resources[i].label);
    }
    REQUIRE(a.composition.charges.size() == b.composition.charges.size());
    for (std::size_t i = 0; i < a.composition.charges.size(); ++i) {
        CHECK(a.composition.charges[i].kind == b.composition.charges[i].kind);
        CHECK(a.composition.charges[i].monthly == b.composition.charges[i].monthly);
        CHECK(a.composition.charges[i].label == b.composition.charges[i].label);
    }
    CHECK(a.composition.attested_qf == b.composition.attested_qf);
    CHECK(a.neighbourhood == b.neighbourhood);
    CHECK(a.address == b.address);
    CHECK(a.housing == b.housing);
    CHECK(a.main_resource == b.main_resource);
    CHECK(a.referral.on == b.referral.on);
    CHECK(a.referral.referred_by == b.referral.referred_by);
    CHECK(a.referral.reason == b.referral.reason);
    REQUIRE(a.referrer.has_value() == b.referrer.has_value());
    if (a.referrer) {
        CHECK(a.referrer->organisation == b.referrer->organisation);
        CHECK(a.referrer->social_worker == b.referrer->social_worker);
        CHECK(a.referrer->kind == b.referrer->kind);
    }
    REQUIRE(a.project.has_value() == b.project.has_value());
    if (a.project) {
        CHECK(a.project->type == b.project->type);
        CHECK(a.project->description == b.project->description);
        CHECK(a.project->target == b.project->target);
    }
    CHECK(a.fse.disability == b.fse.disability);
    CHECK(a.fse.nationality == b.fse.nationality);
    CHECK(a.fse.homeless == b.fse.homeless);
    CHECK(a.commission_rate == b.commission_rate);
    CHECK(a.notes == b.notes);
}

} // namespace

TEST_CASE("a household file comes back exactly as it was stored", "[storage]") {
    TestStore store;
    const auto original = sample_household();
    const auto id = store.households().add(original);
    auto loaded = store.households().get(id);
    REQUIRE(loaded);
    CHECK(loaded->id == id);
    require_same(*loaded, original);
    CHECK(loaded->referrer->id > 0);
    CHECK(loaded->display_name() == "Amina");
}

TEST_CASE("a household without referrer, project, QF or rate keeps those fields empty", "[storage]") {
    TestStore store;
    auto f = sample_household();
    f.referrer.reset();
    f.project.reset();
    f.composition.attested_qf.reset();
    f.commission_rate.reset();
    f.pseudonym = "Soleil";
    const auto id = store.households().add(f);
    auto loaded = store.households().get(id);
    REQUIRE(loaded);
    require_same(*loaded, f);
    CHECK(loaded->display_name() == "Soleil");
}

TEST_CASE("a household gets a random 16-hex-digit sales code unless one is given", "[storage]") {
    TestStore store;
    auto& repo = store.households();
    const auto a = repo.get(repo.add(sample_household("D-1")));
    const auto b = repo.get(repo.add(sample_household("D-2")));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->sales_code.size() == 16);
    CHECK(a->sales_code.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(a->sales_code != b->sales_code);

    auto given = sample_household("D-3");
    given.sales_code = "0123456789abcdef";
    repo.add(given);
    CHECK(repo.find_by_sales_code("0123456789abcdef")->file_number == "D-3");
    auto clash = sample_household("D-4");
    clash.sales_code = "0123456789abcdef";
    CHECK_THROWS_AS(repo.add(clash), ValidationError);
}

TEST_CASE("households are found by file number and listed with the name the till may show", "[storage]") {
    TestStore store;
    auto& repo = store.households();
    auto second = sample_household("D-2");
    second.pseudonym = "Mimosa";
    repo.add(second);
    repo.add(sample_household("D-1"));
    CHECK(repo.count() == 2);
    CHECK(repo.find_by_file_number("D-2")->pseudonym == "Mimosa");
    CHECK_FALSE(repo.find_by_file_number("D-9").has_value());
    CHECK_FALSE(repo.get(999).has_value());
    auto list = repo.list();
    REQUIRE(list.size() == 2);
    CHECK(list[0].file_number == "D-1");
    CHECK(list[0].display_name == "Amina");
    CHECK(list[1].display_name == "Mimosa");
    CHECK_FALSE(list[0].last_contact_on.has_value());
}

TEST_CASE("a file number already in use is refused and nothing is written", "[storage]") {
    TestStore store;
    store.households().add(sample_household("D-1"));
    CHECK_THROWS_AS(store.households().add(sample_household("D-1")), ValidationError);
    CHECK(store.households().count() == 1);
    CHECK(store.query_int("SELECT COUNT(*) FROM members") == 4);
}

TEST_CASE("a household whose last charge is invalid is not stored at all, members included", "[storage]") {
    TestStore store;
    auto f = sample_household();
    f.composition.charges.push_back({core::ChargeKind::Water, Money::from_cents(-100), "négatif"});
    try {
        store.households().add(f);
        FAIL("negative charge accepted");
    } catch (const StorageError& e) {
        CHECK(storage::testing::is_check_violation(e));
    }
    auto& db = store;
    CHECK(store.households().count() == 0);
    CHECK(db.query_int("SELECT COUNT(*) FROM members") == 0);
    CHECK(db.query_int("SELECT COUNT(*) FROM resources") == 0);
    CHECK(db.query_int("SELECT COUNT(*) FROM charges") == 0);
    CHECK(db.query_int("SELECT COUNT(*) FROM referrers") == 0);
}

TEST_CASE("a service transaction that fails after adding a household leaves no trace of it", "[storage]") {
    TestStore store;
    CHECK_THROWS_AS(store.transaction([&] {
        store.households().add(sample_household());
        throw std::runtime_error("la carte n'a pas pu être émise");
    }),
                    std::runtime_error);
    CHECK(store.households().count() == 0);
    CHECK(store.query_int("SELECT COUNT(*) FROM members") == 0);
}

TEST_CASE("households referred by the same social worker share one referrer", "[storage]") {
    TestStore store;
    auto& repo = store.households();
    const auto a = repo.get(repo.add(sample_household("D-1")));
    const auto b = repo.get(repo.add(sample_household("D-2")));
    auto other = sample_household("D-3");
    other.referrer->social_worker = "M. Martin";
    const auto c = repo.get(repo.add(other));
    CHECK(a->referrer->id == b->referrer->id);
    CHECK(c->referrer->id != a->referrer->id);
    CHECK(store.query_int("SELECT COUNT(*) FROM referrers") == 2);
}

TEST_CASE("updating a household rewrites its composition but never its sales code", "[storage]") {
    TestStore store;
    auto& repo = store.households();
    const auto id = repo.add(sample_household());
    auto f = *repo.get(id);
    const std::string code = f.sales_code;
    f.file_number = "D-2026-0043";
    f.composition.members.pop_back();
    f.composition.resources = {{core::ResourceKind::Rsa, Money::from_cents(60735), "RSA"}};
    f.project.reset();
    f.referrer = core::Referrer{0, "EDS Est", "", "departement"};
    f.sales_code = "changé";
    repo.update(f);
    auto loaded = repo.get(id);
    REQUIRE(loaded);
    f.sales_code = code;
    require_same(*loaded, f);
    CHECK(loaded->sales_code == code);
    CHECK(store.query_int("SELECT COUNT(*) FROM members") == 3);

    auto unknown = f;
    unknown.id = 999;
    CHECK_THROWS_AS(repo.update(unknown), ValidationError);
    repo.add(sample_household("D-9"));
    auto taken = *repo.get(id);
    taken.file_number = "D-9";
    CHECK_THROWS_AS(repo.update(taken), ValidationError);
}

TEST_CASE("the last contact date only moves forward", "[storage]") {
    TestStore store;
    auto& repo = store.households();
    const auto id = repo.add(sample_household());
    repo.touch_contact(id, Date::from_ymd(2026, 11, 20));
    repo.touch_contact(id, Date::from_ymd(2026, 10, 1));
    CHECK(repo.list().front().last_contact_on == Date::from_ymd(2026, 11, 20));
}
