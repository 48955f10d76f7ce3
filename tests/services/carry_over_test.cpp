// Carry-over everywhere credit is shown, on both engines: over several months (a first month of
// rights, a partial use, a month with no visit, a renewal that follows on, a new period after a
// gap), the till's banner, the receipt's "crédit restant", the household's view and the monthly
// report's credit granted all equal the core rule (core/carry_over.hpp), with a barème that
// carries unused credit over and with one that does not.
#include "till_fixtures.hpp"

#include "core/carry_over.hpp"
#include "core/household.hpp"
#include "services/households/household_service.hpp"
#include "services/reports/monthly_report.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services;
using namespace cabas::services::testing;
using core::Date;
using core::Money;

namespace {

ReportOptions internal_report() {
    ReportOptions options;
    options.internal = true;
    return options;
}

struct Step {
    Date day;
    int rice = 0;                 ///< pieces bought that day (2 € each), 0: the card is only checked
    bool had_rights_before = false;  ///< rights on the last day of the previous month
    Money used_last_month;        ///< what the previous month consumed
};

const Money kMonthly = Money::from_euros(115);  // single parent with one child under 14

} // namespace

TEST_CASE("carry-over is the core rule's at the banner, on the receipt, in the household view and in the report",
          "[services][credit][carry_over]") {
    const std::vector<Step> steps = {
        {Date::from_ymd(2026, 11, 10), 10, false, Money()},                    // first month of rights
        {Date::from_ymd(2026, 12, 7), 5, true, Money::from_euros(20)},         // partial use in November
        {Date::from_ymd(2027, 1, 11), 0, true, Money::from_euros(10)},         // January: checked, no visit
        {Date::from_ymd(2027, 2, 8), 1, true, Money()},                        // renewal from 1 February
        {Date::from_ymd(2027, 6, 7), 1, false, Money()},                       // new period after a gap
    };
    for (const bool carry : {true, false}) {
        INFO("carry-over " << (carry ? "on" : "off"));
        TillWorld w;
        core::Bareme bareme = bareme_in_force(*w.store, kTillDay);
        bareme.credit.carry_over = carry;
        bareme.effective_from = Date::from_ymd(2026, 1, 1);
        add_bareme(*w.store, bareme);
        const auto household = w.store->households().find_by_file_number("D-TILL-1");
        REQUIRE(household);
        core::AccessPeriod renewal;
        renewal.start = Date::from_ymd(2027, 2, 1);
        renewal.end = Date::from_ymd(2027, 4, 30);
        renewal.renewal = true;
        core::AccessPeriod later;
        later.start = Date::from_ymd(2027, 6, 1);
        later.end = Date::from_ymd(2027, 8, 31);
        w.store->access().add_period(household->id, renewal);
        w.store->access().add_period(household->id, later);

        for (const auto& step : steps) {
            INFO("on " << step.day.iso());
            const Money carried = core::carried_over(bareme.credit, core::consumption_units_tenths(household->composition.members, step.day),
                                                    {step.had_rights_before, step.used_last_month});
            const Money expected_credit = kMonthly + carried;
            CHECK(carried == (carry && step.had_rights_before ? kMonthly - step.used_last_month : Money()));

            FixedClock clock(step.day);
            till::TillService till(*w.store, clock, "caisse-1", w.marie);
            till.open_session(Money::from_euros(50));
            till.scan(w.card);
            REQUIRE(till.card());
            REQUIRE(till.card()->result.green());
            CHECK(till.card()->result.month_credit == expected_credit);  // the banner
            CHECK(till.card()->result.month_left == expected_credit);    // nothing bought yet this month

            Money used;
            if (step.rice > 0) {
                till.add_product(w.product.at("riz"), step.rice);
                const auto sale = till.validate({{core::PaymentMethod::Cash, Money::from_euros(5)}}, "carry-" + step.day.iso());
                REQUIRE(sale.recorded);
                used = Money::from_euros(2 * step.rice);
                CHECK(till.receipt(sale.sale_id, false).credit_left_month == expected_credit - used);
            }
            till.close_session(Money::from_euros(50));

            households::HouseholdService files(*w.store, clock, acting(core::Role::Manager, "paul"), w.serials);
            const auto view = files.open(household->id);
            CHECK(view.savings.month_credit == expected_credit);
            CHECK(view.savings.month_used == used);

            const auto report = build_monthly_report(*w.store, acting(core::Role::Admin), reports::Month::of(step.day),
                                                     internal_report());
            CHECK(report.current.credit_granted == expected_credit);
            CHECK(report.current.credit_used == used);
        }
    }
}
