// The card check service reads usage from stored sales: credit left falls with each basket,
// the weekly visit limit turns the card red, and a revoked card is logged.
#include "service_fixtures.hpp"

#include "core/error.hpp"
#include "services/card_check_service.hpp"
#include "services/card_service.hpp"
#include "services/enrolment_service.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using services::testing::TempStore;

namespace {

const core::Date kToday = core::Date::from_ymd(2026, 11, 23);  // a Monday

class CountingSerials final : public services::SerialSource {
public:
    std::uint64_t next_serial(std::uint64_t) override { return ++m_next; }

private:
    std::uint64_t m_next = 1000;
};

/// A single parent with one child under 14 (UC 1,3: credit 115 €, week 29 €), rights from
/// 2026-11-01 for three months, with a card.
services::EnrolmentResult enrol_single_parent(storage::Store& store, services::SerialSource& serials) {
    services::EnrolmentRequest request;
    request.file.file_number = "D-T-1";
    request.file.composition.type = core::HouseholdType::SingleParent;
    request.file.composition.members = {
        {"Fatou", "Diallo", core::Date::from_ymd(1990, 4, 2), core::Sex::Female, core::Relationship::Applicant, false},
        {"Awa", "Diallo", core::Date::from_ymd(2019, 6, 1), core::Sex::Female, core::Relationship::Child, false}};
    request.file.composition.resources = {{core::ResourceKind::Rsa, core::Money::from_euros(850), ""}};
    request.file.composition.charges = {{core::ChargeKind::Rent, core::Money::from_euros(500), ""}};
    request.access_start = core::Date::from_ymd(2026, 11, 1);
    request.access_end = core::period_end(*request.access_start, 3);
    request.decided_on = core::Date::from_ymd(2026, 10, 28);
    request.decided_by = "sophie";
    return services::enrol_household(store, request, serials);
}

void record_sale(storage::Store& store, const std::string& household_code, const std::string& sold_at,
                 core::Money value) {
    auto session = store.sales().open_session_of("caisse-1");
    std::int64_t session_id = session ? session->id
                                      : store.sales().open_session("caisse-1", "marie", sold_at, core::Money::from_euros(50));
    storage::SaleRecord sale;
    sale.session_id = session_id;
    sale.household_code = household_code;
    sale.sold_at = sold_at;
    sale.total_value = value;
    sale.total_paid = core::apply_rate(value, core::Rate::percent(10));
    auto product = store.catalogue().products().front();
    sale.lines.push_back({0, product.id, std::nullopt, 1, value, core::Rate::percent(10), sale.total_paid, true});
    sale.payments.push_back({core::PaymentMethod::Cash, sale.total_paid});
    store.sales().add_sale(sale);
}

void add_one_product(storage::Store& store) {
    core::Product p;
    p.name = "Panier test";
    p.retail_value = core::Money::from_euros(1);
    p.barcodes = {"3760000000017"};
    store.catalogue().add_product(p);
}

} // namespace

TEST_CASE("a new card is green with the full credit of its household size", "[card]") {
    TempStore store;
    CountingSerials serials;
    auto enrolled = enrol_single_parent(*store, serials);
    REQUIRE(enrolled.card_number.size() == 13);
    auto answer = services::check_card(*store, services::testing::acting(core::Role::Volunteer, "marie"), enrolled.card_number, kToday);
    REQUIRE(answer.result.green());
    CHECK(answer.result.display_name == "Fatou");
    CHECK(answer.result.valid_until == core::Date::from_ymd(2027, 1, 31));
    CHECK(answer.result.month_credit == core::Money::from_euros(115));
    CHECK(answer.result.month_left == core::Money::from_euros(115));
    CHECK(answer.result.week_left == core::Money::from_cents(2900));
    CHECK(answer.result.visits_left == 1);
    CHECK(answer.result.rate == core::Rate::percent(10));
    CHECK(services::describe_card_answer(answer) == "Carte valide — Fatou — valable jusqu'au 31/01/2027");
}

TEST_CASE("last week's basket lowers the month's credit; this week's uses the visit", "[card]") {
    TempStore store;
    CountingSerials serials;
    add_one_product(*store);
    auto enrolled = enrol_single_parent(*store, serials);
    const std::string code = store->households().get(enrolled.household_id)->sales_code;

    record_sale(*store, code, "2026-11-18T15:00:00Z", core::Money::from_cents(2340));  // last week
    auto after_last_week = services::check_card(*store, services::testing::acting(core::Role::Volunteer, "marie"), enrolled.card_number, kToday);
    REQUIRE(after_last_week.result.green());
    CHECK(after_last_week.result.month_left == core::Money::from_cents(11500 - 2340));
    CHECK(after_last_week.result.week_left == core::Money::from_cents(2900));

    record_sale(*store, code, "2026-11-23T10:00:00Z", core::Money::from_cents(1500));  // today
    auto after_today = services::check_card(*store, services::testing::acting(core::Role::Volunteer, "marie"), enrolled.card_number, kToday);
    CHECK_FALSE(after_today.result.green());
    CHECK(after_today.result.refusal == core::CardRefusal::VisitLimitReached);

    // Next Monday the weekly visit is available again.
    auto next_week = services::check_card(*store, services::testing::acting(core::Role::Volunteer, "marie"), enrolled.card_number, kToday.plus_days(7));
    CHECK(next_week.result.green());
    CHECK(next_week.result.month_left == core::Money::from_cents(11500 - 2340 - 1500));
}

TEST_CASE("a replaced card is refused, logged, and its replacement is green", "[card]") {
    TempStore store;
    CountingSerials serials;
    auto enrolled = enrol_single_parent(*store, serials);
    const std::string replacement = services::replace_card(*store, enrolled.card_number, kToday, "Carte perdue", serials);
    CHECK(replacement != enrolled.card_number);

    auto old_card = services::check_card(*store, services::testing::acting(core::Role::Volunteer, "marie"), enrolled.card_number, kToday);
    CHECK(old_card.result.refusal == core::CardRefusal::Revoked);
    CHECK(old_card.result.display_name.empty());
    auto log = store->access_log().list();
    REQUIRE(log.size() >= 1);
    CHECK(log.front().action == "revoked_card_presented");
    CHECK(log.front().user_login == "marie");

    CHECK(services::check_card(*store, services::testing::acting(core::Role::Volunteer, "marie"), replacement, kToday).result.green());
}

TEST_CASE("a card number with a wrong check digit is reported as misread, not unknown", "[card]") {
    TempStore store;
    auto answer = services::check_card(*store, services::testing::acting(core::Role::Volunteer, "marie"), "2900000000017", kToday);
    CHECK(answer.misread);
    CHECK_FALSE(answer.result.green());
    auto unknown = services::check_card(*store, services::testing::acting(core::Role::Volunteer, "marie"), "2900000000018", kToday);
    CHECK_FALSE(unknown.misread);
    CHECK(unknown.result.refusal == core::CardRefusal::Unknown);
}

TEST_CASE("enrolment refuses a period longer than the rolling maximum and writes nothing", "[card]") {
    TempStore store;
    CountingSerials serials;
    services::EnrolmentRequest request;
    request.file.file_number = "D-T-2";
    request.file.composition.members = {
        {"Jean", "Petit", core::Date::from_ymd(1960, 1, 1), core::Sex::Male, core::Relationship::Applicant, false}};
    request.access_start = core::Date::from_ymd(2026, 1, 1);
    request.access_end = core::Date::from_ymd(2027, 6, 30);
    request.decided_on = request.access_start.value();
    CHECK_THROWS_AS(services::enrol_household(*store, request, serials), ValidationError);
    CHECK(store->households().count() == 0);
}
